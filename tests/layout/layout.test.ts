import { generateGraph } from '../../bench/generate-graph';
import { buildGraph } from '../../src/graph/build';
import { applyAppearance } from '../../src/layout/appearance';
import { iterationsFor, layoutGraph } from '../../src/layout/forceatlas2';
import { KIND_COLORS, RELATION_COLORS } from '../../src/schema';
import type { KnowledgeGraph } from '../../src/types';
import { extraction } from '../graph/extraction-fixture';

const text = 'Ada Quill met Bo Ferren in Port Vella. Ferren told the Vella Courier so.';
function smallGraph(): KnowledgeGraph {
  return buildGraph([
    extraction(
      'a',
      text,
      [
        { label: 'Ada Quill', kind: 'person', mentions: 4 },
        { label: 'Bo Ferren', kind: 'person', mentions: 1 },
        { label: 'Port Vella', kind: 'city', mentions: 1 },
        { label: 'Vella Courier', kind: 'institution', mentions: 1 },
        { label: 'Cass Orrin', kind: 'person', mentions: 1 },
      ],
      [
        { source: 'Ada Quill', target: 'Bo Ferren', relation: 'met-with', sentence: 'Ada Quill met Bo Ferren in Port Vella.' },
        { source: 'Bo Ferren', target: 'Vella Courier', relation: 'quoted-by', sentence: 'Ferren told the Vella Courier so.' },
      ],
    ),
  ]);
}

const positions = (graph: KnowledgeGraph) => graph.mapNodes((key, a) => [key, a.x, a.y]);

/** A generated 300-node graph laid out once (a layout of it takes seconds), read by two tests. */
let largerLaidOut: KnowledgeGraph | undefined;
function largerGraph(): KnowledgeGraph {
  if (largerLaidOut === undefined) {
    largerLaidOut = generateGraph(300, 3, 7);
    layoutGraph(largerLaidOut);
  }
  return largerLaidOut;
}

describe('layoutGraph', () => {
  it('gives the same positions for the same graph', () => {
    const first = smallGraph();
    const second = smallGraph();
    layoutGraph(first);
    layoutGraph(second);
    expect(positions(first)).toEqual(positions(second));
  });

  it('places every node at a finite position, not all at the origin, an isolated node included', () => {
    const graph = smallGraph();
    layoutGraph(graph);
    graph.forEachNode((_, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
    });
    expect(graph.someNode((_, a) => a.x !== 0 || a.y !== 0)).toBe(true);
    const distinct = new Set(graph.mapNodes((_, a) => `${a.x},${a.y}`));
    expect(distinct.size).toBe(graph.order);
  });

  it('starts from positions seeded by the seed', () => {
    const one = smallGraph();
    const two = smallGraph();
    layoutGraph(one, { seed: 1, iterations: 1 });
    layoutGraph(two, { seed: 2, iterations: 1 });
    expect(positions(one)).not.toEqual(positions(two));
  });

  it('is deterministic on a larger graph too, and uses fewer iterations there', () => {
    expect(iterationsFor(20)).toBeGreaterThan(iterationsFor(5000));
    const second = generateGraph(300, 3, 7);
    layoutGraph(second);
    expect(positions(largerGraph())).toEqual(positions(second));
  });

  it('leaves an empty graph alone', () => {
    const graph = buildGraph([]);
    expect(() => layoutGraph(graph)).not.toThrow();
  });
});

describe('applyAppearance', () => {
  it('sizes nodes by mentions, colours them by kind and labels and colours edges by relation', () => {
    const graph = smallGraph();
    applyAppearance(graph);
    expect(graph.getNodeAttribute('ada-quill', 'size')).toBeGreaterThan(graph.getNodeAttribute('bo-ferren', 'size') ?? Infinity);
    graph.forEachNode((_, a) => expect(a.color).toBe(KIND_COLORS[a.kind]));
    graph.forEachEdge((_, a) => {
      expect(a.label).toBe(a.relation);
      expect(a.color).toBe(RELATION_COLORS[a.relation]);
      expect(a).not.toHaveProperty('type');
    });
    graph.forEachNode((_, a) => expect(a).not.toHaveProperty('type'));
  });
});

describe('layoutGraph at scale', () => {
  it('places nodes without edges on rings outside the simulated ones, each kind together', () => {
    const graph = smallGraph();
    layoutGraph(graph);
    const centre = { x: 0, y: 0 };
    const linked = graph.filterNodes((key) => graph.degree(key) > 0);
    for (const key of linked) {
      centre.x += graph.getNodeAttribute(key, 'x') as number;
      centre.y += graph.getNodeAttribute(key, 'y') as number;
    }
    centre.x /= linked.length;
    centre.y /= linked.length;
    const distance = (key: string) => Math.hypot((graph.getNodeAttribute(key, 'x') as number) - centre.x, (graph.getNodeAttribute(key, 'y') as number) - centre.y);
    const farthestLinked = Math.max(...linked.map(distance));
    expect(graph.degree('cass-orrin')).toBe(0);
    expect(distance('cass-orrin')).toBeGreaterThan(farthestLinked);
  });

  it('keeps the previous positions of a mostly known graph and places a new node beside its neighbour', () => {
    const previous = new Map(largerGraph().mapNodes((key, a) => [key, { x: a.x as number, y: a.y as number }] as const));
    const second = generateGraph(300, 3, 7);
    const [anchor] = second.nodes() as [string];
    second.addNode('newcomer', { label: 'Newcomer', kind: 'person', aliases: [], mentions: 1, articles: [] });
    second.addDirectedEdge('newcomer', anchor, { relation: 'visited', evidence: [], weight: 1 });
    layoutGraph(second, { previous });
    second.forEachNode((key, a) => {
      if (key === 'newcomer') return;
      if (second.degree(key) > 0) expect([a.x, a.y]).toEqual([previous.get(key)?.x, previous.get(key)?.y]);
    });
    const spread = Math.max(...[...previous.values()].map((p) => Math.hypot(p.x, p.y)));
    const gap = Math.hypot((second.getNodeAttribute('newcomer', 'x') as number) - (previous.get(anchor)?.x ?? 0), (second.getNodeAttribute('newcomer', 'y') as number) - (previous.get(anchor)?.y ?? 0));
    expect(gap).toBeLessThan(spread / 2);
  });

  it('simulates only the new nodes and their neighbours in a warm layout: the rest of the graph does not move them', () => {
    const previous = new Map(largerGraph().mapNodes((key, a) => [key, { x: a.x as number, y: a.y as number }] as const));
    const newcomerAt = (shiftOthers: number): [number, number] => {
      const graph = generateGraph(300, 3, 7);
      const [anchor] = graph.nodes() as [string];
      graph.addNode('newcomer', { label: 'Newcomer', kind: 'person', aliases: [], mentions: 1, articles: [] });
      graph.addDirectedEdge('newcomer', anchor, { relation: 'visited', evidence: [], weight: 1 });
      const shifted = new Map([...previous].map(([key, p]) => [key, key === anchor ? p : { x: p.x + shiftOthers, y: p.y - shiftOthers }]));
      layoutGraph(graph, { previous: shifted });
      return [graph.getNodeAttribute('newcomer', 'x') as number, graph.getNodeAttribute('newcomer', 'y') as number];
    };
    expect(newcomerAt(500)).toEqual(newcomerAt(0));
  });

  it('spends fewer iterations per node as the graph grows, within a work budget', () => {
    expect(iterationsFor(1_000)).toBe(50);
    expect(iterationsFor(100_000, 500_000)).toBeLessThan(iterationsFor(10_000, 50_000));
    expect(iterationsFor(1_000_000, 5_000_000)).toBeGreaterThanOrEqual(5);
  });
});
