// Derived data kept per graph (indexes, projections) that costs a scan or a copy to make: made on
// first use, then dropped when one of the given graph events says it may be stale.
import type { KnowledgeGraph } from '../types';

type GraphEvent = 'nodeAdded' | 'nodeDropped' | 'nodeAttributesUpdated' | 'edgeAdded' | 'edgeDropped' | 'edgeAttributesUpdated' | 'edgesCleared' | 'cleared';

export function cachedPerGraph<T>(events: readonly GraphEvent[], make: (graph: KnowledgeGraph) => T): (graph: KnowledgeGraph) => T {
  const cache = new WeakMap<KnowledgeGraph, T>();
  return (graph) => {
    if (cache.has(graph)) return cache.get(graph) as T;
    const value = make(graph);
    cache.set(graph, value);
    const drop = (): void => {
      cache.delete(graph);
      for (const event of events) graph.removeListener(event, drop);
    };
    for (const event of events) graph.on(event, drop);
    return value;
  };
}
