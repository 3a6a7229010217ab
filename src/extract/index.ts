// The extraction driver: the entity passes (entities/index.ts, numbered there), the relation
// passes over the context they leave, then the article's metadata and the dates of the evidence.
import { describeArticle, type DescribeOptions } from '../article/metadata';
import { dateEvidence } from './dates';
import { extractEntities } from './entities';
import { extractRelations } from './relations';
import type { Extraction } from './types';

export { extractEntities };

/** `article` says what the input knows of the article (its record's or front matter's fields). */
export function extractArticle(text: string, articleId = 'article', article: DescribeOptions = {}): Extraction {
  // 1. Entities and their mentions: structure, sentences, names, coreference.
  const context = extractEntities(text, articleId);
  // 2. Relations between them, with evidence sentences.
  const relations = extractRelations(context);
  const extraction: Extraction = { article: articleId, entities: context.entities, relations, mentions: context.mentions };
  // 3. Title, date, outlet and words, from the input's fields and the text.
  extraction.metadata = describeArticle(text, articleId, article);
  // 4. The day of each piece of evidence, resolved against the article's date.
  dateEvidence(extraction, extraction.metadata.date);
  return extraction;
}
