// The shortest path between two entities, with the relations and evidence along it.
import { bidirectional } from 'graphology-library/shortest-path';
import type { KnowledgeGraph } from '../types';
import { resolveEntity } from './find';
import { entityOf, relationOf } from './records';
import type { Entity, Relation } from './types';

export interface PathStep {
  from: string;
  to: string;
  /** Every relation between the two entities of the step, so no evidence is hidden. */
  relations: Relation[];
}

export interface PathAnswer {
  nodes: Entity[];
  steps: PathStep[];
}

export interface PathOptions {
  /** Follow directed edges only from subject to object; by default a connection is a connection either way. */
  directed?: boolean;
}

/**
 * The graph with every edge walked either way, for graphology-shortest-path, which follows
 * `outboundNeighbors` / `inboundNeighbors` and so, on a mixed graph, directed edges one way only.
 * The view answers both with all neighbours and shares everything else with the graph: copying
 * it with toUndirected would cost longer than loading it (about 20 s for 500k edges).
 */
function eitherWay(graph: KnowledgeGraph): KnowledgeGraph {
  const all = (node: unknown): string[] => graph.neighbors(node);
  return Object.assign(Object.create(graph) as KnowledgeGraph, { outboundNeighbors: all, inboundNeighbors: all });
}

/** The shortest path from `from` to `to` (names), or null when none exists. Unknown names throw QUERY_UNKNOWN_ENTITY. */
export function shortestPath(graph: KnowledgeGraph, from: string, to: string, options: PathOptions = {}): PathAnswer | null {
  const source = resolveEntity(graph, from).key;
  const target = resolveEntity(graph, to).key;
  const directed = options.directed ?? false;
  const keys = bidirectional(directed ? graph : eitherWay(graph), source, target);
  if (!keys) return null;
  const steps: PathStep[] = [];
  for (let i = 1; i < keys.length; i++) {
    const a = keys[i - 1] as string;
    const b = keys[i] as string;
    const usable = graph.edges(a, b).filter((edge) => !directed || graph.isUndirected(edge) || graph.source(edge) === a);
    steps.push({ from: a, to: b, relations: usable.map((edge) => relationOf(graph, edge)) });
  }
  return { nodes: keys.map((key) => entityOf(graph, key)), steps };
}
