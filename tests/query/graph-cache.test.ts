import { createKnowledgeGraph } from '../../src/graph/build';
import { cachedPerGraph } from '../../src/query/graph-cache';
import type { KnowledgeGraph } from '../../src/types';

function person(graph: KnowledgeGraph, key: string): void {
  graph.addNode(key, { label: key, kind: 'person', aliases: [], mentions: 1, articles: ['a-1'] });
}

describe('cachedPerGraph', () => {
  it('makes the value once per graph and again after a listed event', () => {
    let made = 0;
    const order = cachedPerGraph(['nodeAdded'], (graph) => (made++, graph.order));
    const graph = createKnowledgeGraph();
    person(graph, 'ida-brenn');
    expect(order(graph)).toBe(1);
    expect(order(graph)).toBe(1);
    expect(made).toBe(1);
    person(graph, 'ole-varga');
    expect(order(graph)).toBe(2);
    expect(made).toBe(2);
  });

  it('keeps the value through events it was not told about', () => {
    let made = 0;
    const order = cachedPerGraph(['nodeAdded'], (graph) => (made++, graph.order));
    const graph = createKnowledgeGraph();
    person(graph, 'ida-brenn');
    order(graph);
    graph.setNodeAttribute('ida-brenn', 'mentions', 3);
    order(graph);
    expect(made).toBe(1);
  });

  it('keeps one value per graph and stops listening once dropped', () => {
    const order = cachedPerGraph(['nodeAdded'], (graph) => graph.order);
    const one = createKnowledgeGraph();
    const two = createKnowledgeGraph();
    person(two, 'ida-brenn');
    expect([order(one), order(two)]).toEqual([0, 1]);
    person(one, 'ole-varga');
    expect(one.listenerCount('nodeAdded')).toBe(0);
    expect(two.listenerCount('nodeAdded')).toBe(1);
  });
});
