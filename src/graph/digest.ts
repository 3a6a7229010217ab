// What the graph reads of one article's extraction, and nothing more: its entities and relations
// (without the rules behind them), the role titles each entity is named with, and the sentences
// naming two entities or more with the entities they name. An article's mentions (most of an
// extraction) are read only to make it, so a corpus store keeps each article's digest beside its
// extraction and a warm build reads the digests alone: one JSON text per article, not a row per
// mention, and a heap for the merge a fraction of the extractions' size.
import { sentenceOf } from '../extract/mention-sentences';
import type { ExtractedEntity, ExtractedRelation, Extraction, Sentence } from '../extract/types';
import type { ArticleMetadata } from '../types';

export type DigestEntity = Omit<ExtractedEntity, 'rule'>;
export type DigestRelation = Omit<ExtractedRelation, 'rule'>;

/**
 * A sentence naming two entities or more: where it is, and the entities it names (by their place
 * in the digest's entities, which looks them up without a string), in the order named, each once.
 */
export interface NamingSentence {
  text: string;
  start: number;
  end: number;
  entities: number[];
}

export interface ArticleDigest {
  article: string;
  metadata?: ArticleMetadata;
  entities: DigestEntity[];
  relations: DigestRelation[];
  /** Entity id → the role titles glued to its mentions, in the order named, each once; only entities that have one. */
  titles: Array<[entity: string, titles: string[]]>;
  /**
   * The sentences naming two entities or more, in order of their first mention (the co-mention
   * layer's order); empty when the article's sentences were not given.
   */
  naming: NamingSentence[];
}

/**
 * The digest of an extraction. `sentences` are the article's sentences (all, or only those naming
 * two entities: sentencesNamingTwo); without them the article adds no co-mentions.
 */
export function digestOf(extraction: Extraction, sentences?: readonly Sentence[]): ArticleDigest {
  const digest: ArticleDigest = {
    article: extraction.article,
    entities: extraction.entities.map(({ rule: _rule, ...entity }) => entity),
    relations: extraction.relations.map(({ rule: _rule, ...relation }) => relation),
    titles: titlesOf(extraction),
    naming: sentences === undefined ? [] : namingSentences(extraction, sentences),
  };
  if (extraction.metadata !== undefined) digest.metadata = extraction.metadata;
  return digest;
}

function titlesOf(extraction: Extraction): ArticleDigest['titles'] {
  let known: Set<string> | undefined;
  const titles = new Map<string, string[]>();
  for (const mention of extraction.mentions ?? []) {
    if (mention.title === undefined) continue;
    known ??= new Set(extraction.entities.map((e) => e.id));
    if (!known.has(mention.entity)) continue;
    const list = titles.get(mention.entity);
    if (list === undefined) titles.set(mention.entity, [mention.title]);
    else if (!list.includes(mention.title)) list.push(mention.title);
  }
  return [...titles];
}

/** Each sentence holding mentions of two distinct entities or more, found by the mentions' offsets. */
function namingSentences(extraction: Extraction, sentences: readonly Sentence[]): NamingSentence[] {
  const found = new Map<Sentence, number[]>();
  const indexOf = entityIndex(extraction, Infinity);
  for (const mention of extraction.mentions ?? []) {
    const sentence = sentenceOf(mention, sentences);
    const entity = indexOf(mention.entity);
    if (sentence === undefined || entity === -1) continue;
    const named = found.get(sentence);
    if (named === undefined) found.set(sentence, [entity]);
    else if (!named.includes(entity)) named.push(entity);
  }
  const naming: NamingSentence[] = [];
  for (const [{ text, start, end }, entities] of found) if (entities.length > 1) naming.push({ text, start, end, entities });
  return naming;
}

/**
 * Finds an entity's place among an article's entities by its id (-1 for none; the first, should
 * two share an id): by reading them, for the few `lookups` of a short article, else by an index.
 */
export function entityIndex(digest: { entities: ReadonlyArray<{ id: string }> }, lookups = 1): (id: string) => number {
  const { entities } = digest;
  if (lookups * entities.length <= 512) return (id) => entities.findIndex((e) => e.id === id);
  const index = new Map<string, number>();
  entities.forEach((e, i) => {
    if (!index.has(e.id)) index.set(e.id, i);
  });
  return (id) => index.get(id) ?? -1;
}
