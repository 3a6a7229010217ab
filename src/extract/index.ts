// The extraction driver: the entity passes (entities/index.ts, numbered there), then the
// relation passes over the context they leave.
import { extractEntities } from './entities';
import { extractRelations } from './relations';
import type { Extraction } from './types';

export { extractEntities };

export function extractArticle(text: string, articleId = 'article'): Extraction {
  // 1. Entities and their mentions: structure, sentences, names, coreference.
  const context = extractEntities(text, articleId);
  // 2. Relations between them, with evidence sentences.
  const relations = extractRelations(context);
  return { article: articleId, entities: context.entities, relations, mentions: context.mentions };
}
