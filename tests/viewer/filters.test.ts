// What the filters leave visible, counted independently from the graph itself.
import { generateGraph } from '../../bench/generate-graph';
import { CO_MENTION } from '../../src/schema';
import { AUTO_HIDE_UNCONNECTED_ABOVE, computeVisibility } from '../../viewer/app/filters';
import { Metrics } from '../../viewer/app/metrics';
import { initialState, type ViewState } from '../../viewer/app/state';

const graph = generateGraph(500, 1, 3, { isolated: 0.6, coMentionsPerNode: 1 });
const metrics = new Metrics(graph);
const visible = (patch: Partial<ViewState>) => computeVisibility(graph, { ...initialState(), ...patch }, metrics);
const typedDegree = (key: string) => graph.edges(key).filter((edge) => graph.getEdgeAttribute(edge, 'relation') !== CO_MENTION).length;
const connected = graph.filterNodes((key) => typedDegree(key) > 0);

describe('filters', () => {
  it('hide the unconnected entities of a graph above the threshold, and count them', () => {
    expect(graph.order).toBeGreaterThan(AUTO_HIDE_UNCONNECTED_ABOVE);
    const v = visible({});
    expect([...v.nodes].sort()).toEqual([...connected].sort());
    expect(v.hidingUnconnected).toBe(true);
    expect(v.unconnected).toBe(graph.order - connected.length);
    expect(v.unconnected).toBeGreaterThanOrEqual(300);
  });

  it('show them on request, and on small graphs by default', () => {
    expect(visible({ unconnected: 'shown' }).nodes.size).toBe(graph.order);
    const small = generateGraph(AUTO_HIDE_UNCONNECTED_ABOVE, 1, 3, { isolated: 0.6 });
    expect(computeVisibility(small, initialState(), new Metrics(small)).nodes.size).toBe(small.order);
  });

  it('count an entity joined only by co-mentions as connected while the layer is on', () => {
    const v = visible({ coMentions: true });
    const withAny = graph.filterNodes((key) => graph.degree(key) > 0);
    expect([...v.nodes].sort()).toEqual(withAny.sort());
  });

  it.each([1, 2, 3])('keep exactly the entities with at least %i visible edges', (minDegree) => {
    const v = visible({ minDegree, unconnected: 'shown' });
    expect([...v.nodes].sort()).toEqual(graph.filterNodes((key) => typedDegree(key) >= minDegree).sort());
  });

  it.each([['degree' as const], ['mentions' as const], ['pagerank' as const]])('keep exactly the top N by %s', (topBy) => {
    const v = visible({ topN: 40, topBy });
    expect(v.nodes.size).toBe(40);
    const value = topBy === 'degree' ? typedDegree : (key: string) => metrics.measure(topBy).get(key) ?? 0;
    const lowestShown = Math.min(...[...v.nodes].map(value));
    const highestLeft = Math.max(...connected.filter((key) => !v.nodes.has(key)).map(value));
    expect(lowestShown).toBeGreaterThanOrEqual(highestLeft);
  });

  it('show an ego network of one or two steps, whatever the other filters say', () => {
    const centre = connected.reduce((best, key) => (typedDegree(key) > typedDegree(best) ? key : best));
    const one = visible({ ego: { node: centre, depth: 1 }, topN: 5 });
    expect([...one.nodes].sort()).toEqual([centre, ...graph.filterNeighbors(centre, (n) => graph.edges(centre, n).concat(graph.edges(n, centre)).some((e) => graph.getEdgeAttribute(e, 'relation') !== CO_MENTION))].sort());
    const two = visible({ ego: { node: centre, depth: 2 } });
    expect(two.nodes.size).toBeGreaterThan(one.nodes.size);
    for (const key of one.nodes) expect(two.nodes.has(key)).toBe(true);
  });
});
