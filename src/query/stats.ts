// Counts of entities by kind and relations by type.
import { ENTITY_KINDS, RELATION_TYPES } from '../schema';
import type { EntityKind, KnowledgeGraph, RelationType } from '../types';

export interface GraphStats {
  nodes: number;
  edges: number;
  byKind: Record<EntityKind, number>;
  byRelation: Record<RelationType, number>;
  /** Relations stated as planned rather than done. */
  planned: number;
  /** Pieces of evidence (sentences) behind all relations. */
  evidence: number;
  /** Distinct articles that mention at least one entity. */
  articles: number;
}

export function graphStats(graph: KnowledgeGraph): GraphStats {
  const byKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  const byRelation = Object.fromEntries(RELATION_TYPES.map((r) => [r, 0])) as Record<RelationType, number>;
  const articles = new Set<string>();
  graph.forEachNode((_key, a) => {
    byKind[a.kind] += 1;
    for (const article of a.articles) articles.add(article);
  });
  let planned = 0;
  let evidence = 0;
  graph.forEachEdge((_edge, a) => {
    byRelation[a.relation] += 1;
    if (a.status === 'planned') planned += 1;
    evidence += a.evidence.length;
  });
  return { nodes: graph.order, edges: graph.size, byKind, byRelation, planned, evidence, articles: articles.size };
}
