// The graph with every edge undirected, for Louvain, which refuses mixed graphs. The copy costs
// time and memory, so it is made once per graph and dropped when the graph's nodes or edges change
// (edge attributes too: weights feed Louvain).
import { toUndirected } from 'graphology-library/operators';
import type { KnowledgeGraph } from '../types';
import { cachedPerGraph } from './graph-cache';

export const undirectedView = cachedPerGraph(
  ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared', 'edgeAttributesUpdated'],
  (graph) => toUndirected(graph) as KnowledgeGraph,
);
