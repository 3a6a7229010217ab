// Counts of entities by kind and relations by type.
import { CO_MENTION, ENTITY_KINDS, TYPED_RELATIONS } from '../schema';
import type { EntityKind, KnowledgeGraph, TypedRelation } from '../types';

export interface GraphStats {
  nodes: number;
  edges: number;
  byKind: Record<EntityKind, number>;
  /** Every typed relation; `mentioned-with` only when the graph holds co-mentions. */
  byRelation: Record<TypedRelation, number> & { [CO_MENTION]?: number };
  /** Relations stated as planned rather than done. */
  planned: number;
  /** Pieces of evidence (sentences) behind all relations. */
  evidence: number;
  /** Distinct articles that mention at least one entity. */
  articles: number;
}

export function graphStats(graph: KnowledgeGraph): GraphStats {
  const byKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
  const byRelation: GraphStats['byRelation'] = Object.fromEntries(TYPED_RELATIONS.map((r) => [r, 0])) as Record<TypedRelation, number>;
  const articles = new Set<string>();
  graph.forEachNode((_key, a) => {
    byKind[a.kind] += 1;
    for (const article of a.articles) articles.add(article);
  });
  let planned = 0;
  let evidence = 0;
  graph.forEachEdge((_edge, a) => {
    byRelation[a.relation] = (byRelation[a.relation] ?? 0) + 1;
    if (a.status === 'planned') planned += 1;
    evidence += a.evidence.length;
  });
  return { nodes: graph.order, edges: graph.size, byKind, byRelation, planned, evidence, articles: articles.size };
}
