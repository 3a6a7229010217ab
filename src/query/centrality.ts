// The most central entities by degree, PageRank or betweenness (graphology-metrics).
import { centrality } from 'graphology-library/metrics';
import type { EntityKind, KnowledgeGraph } from '../types';
import { entityOf } from './records';
import type { Entity } from './types';

export type CentralityMeasure = 'degree' | 'pagerank' | 'betweenness';
export const CENTRALITY_MEASURES: readonly CentralityMeasure[] = ['degree', 'pagerank', 'betweenness'];

export interface Ranked {
  entity: Entity;
  score: number;
  /** How many relations the entity takes part in: the evidence a score rests on. */
  degree: number;
  /** Of those, how many pieces of evidence (sentences) support them. */
  evidence: number;
}

export interface TopOptions {
  measure?: CentralityMeasure;
  kind?: EntityKind;
  limit?: number;
}

/**
 * Scores for every node. graphology-metrics accepts the mixed multi graph as it is: PageRank walks
 * undirected edges both ways and directed ones from subject to object, weighted by evidence count;
 * betweenness counts shortest paths the same way. Degree counts every edge, parallel ones included.
 */
function scores(graph: KnowledgeGraph, measure: CentralityMeasure): Record<string, number> {
  if (measure === 'pagerank') return centrality.pagerank(graph, { getEdgeWeight: 'weight' });
  if (measure === 'betweenness') return centrality.betweenness(graph);
  const degree: Record<string, number> = {};
  graph.forEachNode((key) => {
    degree[key] = graph.degree(key);
  });
  return degree;
}

/** The `limit` (default 10) highest-scoring entities, optionally of one kind; ties broken by label. */
export function topEntities(graph: KnowledgeGraph, options: TopOptions = {}): Ranked[] {
  if (graph.order === 0) return [];
  const byNode = scores(graph, options.measure ?? 'degree');
  const keys = graph.filterNodes((_key, a) => options.kind === undefined || a.kind === options.kind);
  return keys
    .map((key) => ({ key, score: byNode[key] ?? 0, label: graph.getNodeAttribute(key, 'label') }))
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, options.limit ?? 10)
    .map(({ key, score }) => ({
      entity: entityOf(graph, key),
      score,
      degree: graph.degree(key),
      evidence: graph.reduceEdges(key, (sum, _edge, a) => sum + a.evidence.length, 0),
    }));
}
