// The graph with every edge undirected, for Louvain, which refuses mixed graphs. The copy costs
// time and memory, so it is made once per graph and dropped when the graph's nodes or edges change.
import { toUndirected } from 'graphology-library/operators';
import type { KnowledgeGraph } from '../types';

const projections = new WeakMap<KnowledgeGraph, KnowledgeGraph>();
const GRAPH_EVENTS = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared', 'edgeAttributesUpdated'] as const;

export function undirectedView(graph: KnowledgeGraph): KnowledgeGraph {
  let view = projections.get(graph);
  if (!view) {
    view = toUndirected(graph) as KnowledgeGraph;
    projections.set(graph, view);
    const drop = (): void => {
      projections.delete(graph);
      for (const event of GRAPH_EVENTS) graph.removeListener(event, drop);
    };
    for (const event of GRAPH_EVENTS) graph.on(event, drop);
  }
  return view;
}
