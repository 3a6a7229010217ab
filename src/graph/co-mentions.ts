// The co-mention layer: entities named in one sentence are joined by an undirected
// `mentioned-with` edge, so the layout can keep the entities of one story together even where no
// typed relation was found. It states nothing; typed queries and exports leave it out unless asked.
//
// Size. A sentence naming k entities gives k(k-1)/2 pairs, and a list of twenty countries would
// add 190 edges; so only the first ENTITIES_PER_SENTENCE distinct entities of a sentence are
// paired (at most 15 pairs), and an edge keeps its first EVIDENCE_PER_EDGE sentences while its
// weight counts them all.
import { sentenceOf } from '../extract/mention-sentences';
import type { Extraction, Sentence } from '../extract/types';
import { CO_MENTION } from '../schema';
import type { Evidence, KnowledgeGraph } from '../types';

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
 * Pairs of nodes named in one sentence, in order of first appearance. `keyOf` maps an article's
 * entity to its node (as mergeEntities does); `sentences` holds each article's sentences by id
 * (splitSentences of its text, or only those naming two entities: sentencesNamingTwo), each
 * mention found in the one holding its offsets. Articles without sentences add no pairs.
 */
export function coMentions(
  extractions: readonly Extraction[],
  keyOf: (article: string, entity: string) => string | undefined,
  sentencesByArticle: ReadonlyMap<string, readonly Sentence[]>,
): CoMention[] {
  const pairs: Pairs = { bySource: new Map(), inOrder: [] };
  for (const extraction of extractions) {
    const sentences = sentencesByArticle.get(extraction.article);
    if (sentences === undefined || extraction.mentions === undefined) continue;
    for (const [sentence, keys] of nodesBySentence(extraction, sentences, keyOf)) {
      const evidence: Evidence = { article: extraction.article, sentence: sentence.text, start: sentence.start, end: sentence.end };
      const named = keys.slice(0, CO_MENTION_LIMITS.entitiesPerSentence);
      for (let i = 0; i < named.length; i++) {
        for (let j = i + 1; j < named.length; j++) addPair(pairs, named[i] as string, named[j] as string, evidence);
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

/** Each sentence with the distinct nodes it names, in the order the text names them. */
function nodesBySentence(
  extraction: Extraction,
  sentences: readonly Sentence[],
  keyOf: (article: string, entity: string) => string | undefined,
): Map<Sentence, string[]> {
  const found = new Map<Sentence, string[]>();
  for (const mention of extraction.mentions ?? []) {
    const key = keyOf(extraction.article, mention.entity);
    const sentence = sentenceOf(mention, sentences);
    if (key === undefined || sentence === undefined) continue;
    const keys = found.get(sentence);
    if (keys === undefined) found.set(sentence, [key]);
    else if (!keys.includes(key)) keys.push(key);
  }
  return found;
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
