// The co-mention layer: entities named in one sentence are joined by an undirected
// `mentioned-with` edge, so the layout can keep the entities of one story together even where no
// typed relation was found. It states nothing; typed queries and exports leave it out unless asked.
//
// Size. A sentence naming k entities gives k(k-1)/2 pairs, and a list of twenty countries would
// add 190 edges; so only the first ENTITIES_PER_SENTENCE distinct entities of a sentence are
// paired (at most 15 pairs), and an edge keeps its first EVIDENCE_PER_EDGE sentences while its
// weight counts them all.
import { CO_MENTION } from '../schema';
import type { Evidence, KnowledgeGraph } from '../types';
import type { ArticleDigest } from './digest';

export const CO_MENTION_LIMITS = { entitiesPerSentence: 6, evidencePerEdge: 3 } as const;

export interface CoMention {
  /** Node keys, `source` < `target`. */
  source: string;
  target: string;
  /** Sentences naming both. */
  weight: number;
  /** The first of those sentences, in article order. */
  evidence: Evidence[];
}

/**
 * Pairs of nodes named in one sentence, in order of first appearance. `keyAt` maps the `entity`th
 * entity of the `article`th digest to its node (as mergeDigests does); each article's naming
 * sentences (digest.ts) give the pairs, an entity of no node left out.
 */
export function coMentions(digests: readonly ArticleDigest[], keyAt: (article: number, entity: number) => string | undefined): CoMention[] {
  const pairs: Pairs = { bySource: new Map(), inOrder: [] };
  for (let n = 0; n < digests.length; n++) {
    const { article, naming } = digests[n] as ArticleDigest;
    for (const sentence of naming) {
      const keys = nodesNamed(n, sentence.entities, keyAt);
      if (keys.length < 2) continue;
      const evidence: Evidence = { article, sentence: sentence.text, start: sentence.start, end: sentence.end };
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) addPair(pairs, keys[i] as string, keys[j] as string, evidence);
      }
    }
  }
  return pairs.inOrder;
}

/** Each pair by its source then target (no string is made to look a pair up), and in order of first appearance. */
interface Pairs {
  bySource: Map<string, Map<string, CoMention>>;
  inOrder: CoMention[];
}

/** The first ENTITIES_PER_SENTENCE distinct nodes of a sentence's entities, in order. */
function nodesNamed(article: number, entities: readonly number[], keyAt: (article: number, entity: number) => string | undefined): string[] {
  const keys: string[] = [];
  for (const entity of entities) {
    const key = keyAt(article, entity);
    if (key === undefined || keys.includes(key)) continue;
    keys.push(key);
    if (keys.length === CO_MENTION_LIMITS.entitiesPerSentence) break;
  }
  return keys;
}

function addPair(pairs: Pairs, a: string, b: string, evidence: Evidence): void {
  const source = a < b ? a : b;
  const target = a < b ? b : a;
  let byTarget = pairs.bySource.get(source);
  if (byTarget === undefined) pairs.bySource.set(source, (byTarget = new Map()));
  const pair = byTarget.get(target);
  if (pair === undefined) {
    const added = { source, target, weight: 1, evidence: [evidence] };
    byTarget.set(target, added);
    pairs.inOrder.push(added);
    return;
  }
  pair.weight += 1;
  if (pair.evidence.length < CO_MENTION_LIMITS.evidencePerEdge) pair.evidence.push(evidence);
}

export function hasCoMentions(graph: KnowledgeGraph): boolean {
  return graph.someEdge((_key, attributes) => attributes.relation === CO_MENTION);
}

/**
 * The graph of typed relations: the same graph when it has no co-mention, else a copy without
 * them, made of the typed edges alone (co-mentions outnumber them many times over in a corpus).
 */
export function withoutCoMentions(graph: KnowledgeGraph): KnowledgeGraph {
  if (!hasCoMentions(graph)) return graph;
  const typed = graph.emptyCopy() as KnowledgeGraph;
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    if (attributes.relation === CO_MENTION) return;
    if (undirected) typed.addUndirectedEdgeWithKey(key, source, target, { ...attributes });
    else typed.addDirectedEdgeWithKey(key, source, target, { ...attributes });
  });
  return typed;
}
