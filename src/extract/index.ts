// The extraction driver: the entity passes (entities/index.ts, numbered there), the relation
// passes over the context they leave (a very long article in windows: windows.ts), then the
// article's metadata and the dates of the evidence.
import { describeArticle, type DescribeOptions } from '../article/metadata';
import { readStructure, type ArticleStructure } from '../article/structure';
import { dateEvidence } from './dates';
import { extractEntities } from './entities';
import { extractRelations } from './relations';
import type { Extraction } from './types';
import { joinWindows, splitWindows, type WindowFindings } from './windows';

export { extractEntities };

/** `article` says what the input knows of the article (its record's or front matter's fields). */
export function extractArticle(text: string, articleId = 'article', article: DescribeOptions = {}): Extraction {
  // 1. Entities and their mentions (structure, sentences, names, coreference), then relations
  // between them with evidence sentences; a very long article a window at a time.
  const windows = splitWindows(text);
  // The headline, datelines and credits, read once for the entities and the metadata.
  const structure = readStructure(text);
  const found = windows.length === 1 ? findIn(text, articleId, structure) : joinWindows(text, windows, (windowText) => findIn(windowText, articleId));
  const extraction: Extraction = { article: articleId, entities: found.entities, relations: found.relations, mentions: found.mentions };
  // 2. Title, date, outlet and words, from the input's fields and the text.
  extraction.metadata = describeArticle(text, articleId, article, structure);
  // 3. The day of each piece of evidence, resolved against the article's date.
  dateEvidence(extraction, extraction.metadata.date);
  return extraction;
}

function findIn(text: string, articleId: string, structure?: ArticleStructure): WindowFindings {
  const context = extractEntities(text, articleId, structure);
  const relations = extractRelations(context);
  return { entities: context.entities, mentions: context.mentions, relations, sentences: context.sentences.length };
}
