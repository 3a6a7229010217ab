// Placeholder until the relation passes land: the driver calls this after the entity passes.
import type { ArticleContext, ExtractedRelation } from '../types';

export function extractRelations(context: ArticleContext): ExtractedRelation[] {
  void context;
  return [];
}
