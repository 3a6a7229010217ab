// Builds a checked graph from parsed graph.json data: the shape graphology needs, then the
// contract. No file access, so the viewer bundles it for the browser.
import type { SerializedGraph } from 'graphology-types';
import { KgError } from '../errors';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../types';
import { createKnowledgeGraph } from './create';
import { checkSerializedGraph } from './serialized';
import { validateGraph } from './validate';

/**
 * Graphs written before articles had metadata list their ids (`articles: ["a", "b"]`): each
 * becomes an article titled by its id, its word count unknown (0), so old files still open.
 */
function upgrade(data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>): SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const articles: unknown = data.attributes?.articles;
  if (!Array.isArray(articles) || !articles.every((id) => typeof id === 'string')) return data;
  const upgraded = Object.fromEntries(articles.map((id: string) => [id, { title: id, words: 0 }]));
  return { ...data, attributes: { ...data.attributes, articles: upgraded } };
}

/** Builds a checked graph from parsed JSON; `source` names where it came from in errors. */
export function parseGraph(data: unknown, source: string): KnowledgeGraph {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new KgError('GRAPH_INVALID', `${source}: not a graph (expected graphology JSON with "nodes" and "edges")`, source);
  }
  const upgraded = upgrade(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  checkSerializedGraph(upgraded as unknown as Record<string, unknown>, source);
  const graph = createKnowledgeGraph();
  try {
    graph.import(upgraded);
  } catch (error) {
    throw new KgError('GRAPH_INVALID', `${source}: ${(error as Error).message}`, source);
  }
  validateGraph(graph, source);
  return graph;
}
