// Filters, hover, selection and colours as display overrides: the right nodes hidden or dimmed,
// the graph untouched.
import { join } from 'node:path';
import { loadGraph } from '../../src/graph/load';
import type { KnowledgeGraph } from '../../src/types';
import { computeVisibility } from '../../viewer/app/filters';
import { Metrics } from '../../viewer/app/metrics';
import type { LabelSide } from '../../viewer/app/labels';
import { focusOf, reduceEdge, reduceNode, type ReducerContext } from '../../viewer/app/reducers';
import { COLORS, EDGE_SIZE } from '../../viewer/app/settings';
import { initialState, type ViewState } from '../../viewer/app/state';

const graph = loadGraph(join(__dirname, '..', 'fixtures', 'graphs', 'small.json'));

function contextFor(on: KnowledgeGraph, patch: Partial<ViewState>, labels: ReadonlyMap<string, LabelSide> = new Map()): ReducerContext {
  const state = { ...initialState(), ...patch };
  const metrics = new Metrics(on);
  const visibility = computeVisibility(on, state, metrics);
  return { graph: on, state, visibility, sizes: metrics.sizesBy(state.sizeBy), colors: null, focus: focusOf(on, state, visibility), labels };
}

function displays(patch: Partial<ViewState>, labels?: ReadonlyMap<string, LabelSide>) {
  const context = contextFor(graph, patch, labels);
  return {
    nodes: new Map(graph.mapNodes((key, a) => [key, reduceNode(context, key, a)] as const)),
    edges: new Map(graph.mapEdges((key, a) => [key, reduceEdge(context, key, a)] as const)),
  };
}

const hiddenNodes = (d: ReturnType<typeof displays>) => [...d.nodes].filter(([, v]) => v.visibility === 'hidden').map(([k]) => k).sort();
const hiddenEdges = (d: ReturnType<typeof displays>) => [...d.edges].filter(([, v]) => v.visibility === 'hidden').map(([k]) => k).sort();
const dimmedNodes = (d: ReturnType<typeof displays>) => [...d.nodes].filter(([, v]) => v.color === COLORS.dimmedNode).map(([k]) => k).sort();

describe('reducers', () => {
  it('show everything, undimmed, with no hover, selection or filter', () => {
    const d = displays({});
    expect(hiddenNodes(d)).toEqual([]);
    expect(hiddenEdges(d)).toEqual([]);
    expect(dimmedNodes(d)).toEqual([]);
  });

  it('hide the nodes of a filtered kind and every edge touching them', () => {
    const d = displays({ hiddenKinds: new Set(['city']) });
    expect(hiddenNodes(d)).toEqual(['kestrel-bay', 'port-vella']);
    expect(hiddenEdges(d)).toEqual(graph.filterEdges((_k, _a, s, t) => [s, t].some((n) => graph.getNodeAttribute(n, 'kind') === 'city')).sort());
  });

  it('hide the edges of a filtered relation, and the nodes left with none of their edges', () => {
    const d = displays({ hiddenRelations: new Set(['met-with', 'visited']) });
    expect(hiddenEdges(d)).toEqual(graph.filterEdges((_k, a) => a.relation === 'met-with' || a.relation === 'visited').sort());
    // Dana Price took part only in meetings; Norland, in nothing at all, is unconnected and stays.
    expect(hiddenNodes(d)).toEqual(['dana-price']);
  });

  it('dim everything outside the hovered node and its neighbours', () => {
    const d = displays({ hoveredNode: 'dana-price' });
    expect(dimmedNodes(d)).toEqual(graph.filterNodes((k) => !['dana-price', 'alma-torres', 'bren-okafor'].includes(k)).sort());
    expect(d.nodes.get('alma-torres')?.depth).toBe('topNodes');
    expect(d.edges.get('dana-price|met-with|alma-torres')?.size).toBe(EDGE_SIZE.focused);
    expect(d.edges.get('port-vella|sister-city|kestrel-bay')?.color).toBe(COLORS.dimmedEdge);
  });

  it('leave out neighbours reached only through a filtered relation', () => {
    const d = displays({ hoveredNode: 'bren-okafor', hiddenRelations: new Set(['quoted-by']) });
    expect(hiddenNodes(d)).toContain('daily-lantern');
    expect(dimmedNodes(d)).not.toContain('institute-of-tide-studies');
  });

  it('let hover take over from the selection, and fall back to it', () => {
    expect(dimmedNodes(displays({ selectedNode: 'norland-province', hoveredNode: 'dana-price' }))).toContain('norland-province');
    const selected = displays({ selectedNode: 'norland-province' });
    expect(dimmedNodes(selected)).toEqual(graph.filterNodes((k) => k !== 'norland-province' && k !== 'kestrel-bay').sort());
    expect(selected.nodes.get('norland-province')?.highlighted).toBe(true);
  });

  it('spotlight a selected edge and its two ends', () => {
    const d = displays({ selectedEdge: 'bren-okafor|quoted-by|daily-lantern' });
    expect(dimmedNodes(d)).toEqual(graph.filterNodes((k) => k !== 'bren-okafor' && k !== 'daily-lantern').sort());
    expect(d.edges.get('bren-okafor|quoted-by|daily-lantern')?.size).toBe(EDGE_SIZE.selected);
  });

  it('size nodes by degree or by mentions', () => {
    const largest = (d: ReturnType<typeof displays>) => [...d.nodes].sort((a, b) => (b[1].size ?? 0) - (a[1].size ?? 0))[0]![0];
    // Alma Torres has the most edges (5); Bren Okafor the most mentions (4).
    expect(largest(displays({ sizeBy: 'degree' }))).toBe('alma-torres');
    expect(largest(displays({ sizeBy: 'mentions' }))).toBe('bren-okafor');
  });

  it('draw exactly the labels placed, and none of hidden nodes', () => {
    const d = displays({ hiddenKinds: new Set(['city']) }, new Map([['alma-torres', 'right'], ['port-vella', 'right']]));
    expect([...d.nodes].filter(([, v]) => v.labelVisibility === 'visible').map(([k]) => k)).toEqual(['alma-torres']);
  });

  it('draw each label on the side it was placed', () => {
    const d = displays({}, new Map([['alma-torres', 'left'], ['bren-okafor', 'right']]));
    expect([d.nodes.get('alma-torres')?.labelPosition, d.nodes.get('bren-okafor')?.labelPosition]).toEqual(['left', 'right']);
  });

  it('hide the co-mention layer unless it is on, and draw it faint then', () => {
    const layered = graph.copy() as KnowledgeGraph;
    layered.addUndirectedEdgeWithKey('co', 'dana-price', 'daily-lantern', { relation: 'mentioned-with', evidence: [], weight: 1 });
    const edgeDisplay = (coMentions: boolean) => reduceEdge(contextFor(layered, { coMentions }), 'co', layered.getEdgeAttributes('co'));
    expect(edgeDisplay(false).visibility).toBe('hidden');
    expect(edgeDisplay(true)).toEqual({ size: EDGE_SIZE.faint });
  });

  it('never write to the graph', () => {
    const before = JSON.stringify(graph.export());
    displays({ hoveredNode: 'alma-torres', selectedNode: 'port-vella', hiddenKinds: new Set(['region']), hiddenRelations: new Set(['visited']), sizeBy: 'pagerank', colorBy: 'community', topN: 3 });
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
