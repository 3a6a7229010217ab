// The empty graph of the contract's shape, on its own so that readers of saved graphs (the
// viewer's bundle among them) need not load the builder and its merge passes.
import Graph from 'graphology';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../types';

/** An empty graph of the contract's shape: mixed, multi, no self-loops. */
export function createKnowledgeGraph(): KnowledgeGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false }) as KnowledgeGraph;
}
