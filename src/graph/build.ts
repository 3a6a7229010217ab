// Turns extractions into the knowledge graph of the contract: one node per real entity (see
// merge.ts), one edge per (source, target, relation) carrying all its evidence.
import { dateBounds } from '../dates';
import type { Extraction, Sentence } from '../extract/types';
import { CO_MENTION, RELATIONS } from '../schema';
import type { ArticleMetadata, EdgeAttributes, Evidence, GraphAttributes, KnowledgeGraph, NodeAttributes, RelationType } from '../types';
import { coMentions } from './co-mentions';
import { createKnowledgeGraph } from './create';
import { digestOf, entityIndex, type ArticleDigest, type DigestRelation } from './digest';
import { mergeDigests } from './merge';
import type { SurnameMemo } from './merge-surnames';
import { ownStrings } from './own-strings';

export { createKnowledgeGraph };

export interface BuildGraphOptions {
  /** Stored as the graph attribute `name`. */
  name?: string;
  /** Each article's sentences by id (splitSentences): when given, the co-mention layer (co-mentions.ts) is added. */
  sentences?: ReadonlyMap<string, readonly Sentence[]>;
  /**
   * The extractions' and sentences' strings are their own already, none a substring of an
   * article's text (parsed from JSON, or copied as collect.ts does): the graph need not copy
   * them, a walk over every string of a corpus graph.
   */
  stringsOwned?: boolean;
  /** The last build's decisions on bare names, and the names changed since (merge-surnames.ts); filled with this build's. */
  surnames?: SurnameMemo;
}


/**
 * Builds the graph, without layout. `met-with` and `sister-city` become undirected edges, the
 * others directed from subject to object. A repeated statement adds evidence (weight = number of
 * pieces); an edge stated as fact anywhere is fact, planned only when every statement is planned;
 * the first role stated is kept. A relation whose ends merged into one node is dropped. Each
 * edge's `firstSeen` and `lastSeen` bound its evidence dates. The graph attribute `articles` maps
 * each article id to its metadata (an extraction without any gets its id as title).
 */
export function buildGraph(extractions: readonly Extraction[], options: BuildGraphOptions = {}): KnowledgeGraph {
  const { sentences, ...rest } = options;
  const digests = extractions.map((e) => digestOf(e, sentences?.get(e.article)));
  return buildGraphFromDigests(digests, { ...rest, coMentions: sentences !== undefined });
}

/** buildGraph from the articles' digests (digest.ts); with `coMentions`, the co-mention layer from their naming sentences. */
export function buildGraphFromDigests(digests: readonly ArticleDigest[], options: Omit<BuildGraphOptions, 'sentences'> & { coMentions?: boolean } = {}): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const byId = new Map<string, ArticleMetadata>();
  for (const e of digests) if (!byId.has(e.article)) byId.set(e.article, { ...(e.metadata ?? { title: e.article, words: 0 }) });
  // fromEntries defines each id as an own property, so an id like "__proto__" stays data.
  const articles = Object.fromEntries(byId);
  graph.replaceAttributes(options.name === undefined ? { articles } : { name: options.name, articles });

  const merged = mergeDigests(digests, options.surnames);
  // Evidence already on each edge, so a repeated sentence is counted once (in linear time).
  const seen = new Map<string, Set<string>>();
  for (const { key, attributes } of merged.nodes) graph.addNode(key, attributes);

  digests.forEach((digest, n) => {
    if (digest.relations.length === 0) return;
    const indexOf = entityIndex(digest, 2 * digest.relations.length);
    for (const relation of digest.relations) {
      const source = merged.keyAt(n, indexOf(relation.source));
      const target = merged.keyAt(n, indexOf(relation.target));
      if (source === undefined || target === undefined || source === target) continue;
      addStatement(graph, seen, source, target, relation);
    }
  });
  if (options.coMentions === true) {
    for (const { source, target, weight, evidence } of coMentions(digests, merged.keyAt)) {
      // Naming two entities in one sentence happens on the article's day.
      for (const e of evidence) {
        const date = byId.get(e.article)?.date;
        if (date !== undefined) Object.assign(e, { date, dateSource: 'article' });
      }
      graph.addUndirectedEdgeWithKey(edgeKey(source, target, CO_MENTION), source, target, { relation: CO_MENTION, evidence, weight });
    }
  }
  graph.forEachEdge((_key, attributes) => setSeen(attributes));
  if (options.stringsOwned !== true) ownStrings(graph);
  return graph;
}

/** Sets (or clears) an edge's `firstSeen` and `lastSeen` from the dates of its evidence. */
export function setSeen(attributes: EdgeAttributes): void {
  const bounds = dateBounds(attributes.evidence.flatMap((e) => (e.date === undefined ? [] : [e.date])));
  if (bounds === undefined) {
    delete attributes.firstSeen;
    delete attributes.lastSeen;
  } else {
    attributes.firstSeen = bounds.first;
    attributes.lastSeen = bounds.last;
  }
}

/** The edge key: stable, and the same whichever way an undirected relation was stated. */
export function edgeKey(source: string, target: string, relation: RelationType): string {
  if (RELATIONS[relation].directed) return `${source}->${target}:${relation}`;
  const [a, b] = source < target ? [source, target] : [target, source];
  return `${a}--${b}:${relation}`;
}

function addStatement(
  graph: KnowledgeGraph,
  seen: Map<string, Set<string>>,
  source: string,
  target: string,
  relation: DigestRelation,
): void {
  const key = edgeKey(source, target, relation.relation);
  if (!graph.hasEdge(key)) {
    const attributes: EdgeAttributes = { relation: relation.relation, evidence: [], weight: 0 };
    if (relation.role !== undefined) attributes.role = relation.role;
    if (relation.status === 'planned') attributes.status = 'planned';
    if (RELATIONS[relation.relation].directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
  }
  const edge = graph.getEdgeAttributes(key);
  if (edge.role === undefined && relation.role !== undefined) edge.role = relation.role;
  if (relation.status !== 'planned') delete edge.status;
  const known = seen.get(key) ?? new Set<string>();
  seen.set(key, known);
  for (const evidence of relation.evidence) {
    const id = evidenceId(evidence);
    if (known.has(id)) continue;
    known.add(id);
    edge.evidence.push({ ...evidence });
  }
  edge.weight = edge.evidence.length;
}

function evidenceId(evidence: Evidence): string {
  return `${evidence.article}\u0000${evidence.start}\u0000${evidence.end}`;
}
