// Builds a checked graph from parsed graph.json data: the shape graphology needs, then the
// contract. No file access, so the viewer bundles it for the browser.
import type { SerializedGraph } from 'graphology-types';
import { KgError } from '../errors';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../types';
import { createKnowledgeGraph } from './create';
import { checkSerializedGraph } from './serialized';
import { validateGraph } from './validate';

/** Builds a checked graph from parsed JSON; `source` names where it came from in errors. */
export function parseGraph(data: unknown, source: string): KnowledgeGraph {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new KgError('GRAPH_INVALID', `${source}: not a graph (expected graphology JSON with "nodes" and "edges")`, source);
  }
  checkSerializedGraph(data as Record<string, unknown>, source);
  const graph = createKnowledgeGraph();
  try {
    graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch (error) {
    throw new KgError('GRAPH_INVALID', `${source}: ${(error as Error).message}`, source);
  }
  validateGraph(graph, source);
  return graph;
}
