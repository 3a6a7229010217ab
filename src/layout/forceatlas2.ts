// Positions nodes with ForceAtlas2, deterministically and within a bounded cost:
//   1. nodes with no edge are left out of the simulation and placed afterwards (place-isolated.ts),
//      since they only feel the repulsion and gravity and cost as much as any other node;
//   2. when most nodes have a position from the previous layout (an incremental build), those
//      stay where they were and only the new ones move, starting beside their placed neighbours:
//      the picture a reader knows is kept, and an unchanged graph keeps every position. Only the
//      new nodes and their neighbours are simulated, so the cost follows what changed, not the
//      size of the graph (the new nodes feel no repulsion from the rest of it);
//   3. otherwise every node starts at a position seeded from its key (never all at 0, where the
//      forces cancel out) or the previous one, and ForceAtlas2 runs with `inferSettings`
//      (Barnes-Hut above 2,000 nodes) for a number of iterations that depends only on the graph's
//      size and a work budget. Same graph and start in, same positions out: no clock decides.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../types';
import { layoutEdgeWeight } from './edge-weight';
import { placeIsolated } from './place-isolated';
import { seededRandom } from './random';

export interface Position {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** Changes every start position; the default gives the project's published layout. */
  seed?: number;
  /** Overrides the size-based default of `iterationsFor`. */
  iterations?: number;
  /** Positions of an earlier layout by node key: those nodes start there. */
  previous?: ReadonlyMap<string, Position>;
}

const DEFAULT_SEED = 1;
/** Work units (about n log n + edges per Barnes-Hut iteration) one layout may spend: ~10 s on one core. */
const WORK_BUDGET = 5e7;
/** Share of nodes with a previous position from which on the layout only places the new ones. */
const WARM_SHARE = 0.8;

/**
 * Many iterations settle a small graph; large graphs get fewer, each being costlier (Barnes-Hut:
 * about n log n + edges per iteration), within the work budget.
 */
export function iterationsFor(order: number, size = 0): number {
  const bySize = Math.min(500, Math.max(50, 50_000 / Math.max(order, 1)));
  const perIteration = order * Math.log2(Math.max(order, 2)) + size;
  return Math.round(Math.max(5, Math.min(bySize, WORK_BUDGET / Math.max(perIteration, 1))));
}

/** Sets `x` and `y` on every node. */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  const seed = options.seed ?? DEFAULT_SEED;
  const connected = new Graph({ type: 'undirected' });
  graph.forEachNode((key) => {
    if (graph.degree(key) > 0) connected.addNode(key);
  });
  // The start area grows with the graph so that density, not size, decides the first forces.
  const spread = 10 * Math.sqrt(Math.max(connected.order, 1));
  let reused = 0;
  connected.forEachNode((key) => {
    const start = options.previous?.get(key);
    if (start !== undefined) reused++;
    const random = seededRandom(hashString(key) ^ seed);
    connected.mergeNodeAttributes(key, start ?? { x: (random() * 2 - 1) * spread, y: (random() * 2 - 1) * spread });
  });
  // One simulated edge per pair, pulling as hard as all the pair's edges together.
  graph.forEachEdge((edge, attributes, source, target) => {
    const weight = layoutEdgeWeight(edge, attributes);
    if (connected.hasEdge(source, target)) connected.updateEdgeAttribute(source, target, 'weight', (w: number | undefined) => (w ?? 0) + weight);
    else connected.addEdge(source, target, { weight });
  });
  const warm = options.previous !== undefined && reused >= WARM_SHARE * connected.order;
  // The settings of the whole graph (its scale), also when only the new nodes are simulated.
  const settings = forceAtlas2.inferSettings(connected);
  if (warm) {
    if (connected.order > reused) {
      const local = newcomers(connected, options.previous as ReadonlyMap<string, Position>, seed);
      forceAtlas2.assign(local, { iterations: options.iterations ?? iterationsFor(local.order, local.size), settings, getEdgeWeight: 'weight' });
      local.forEachNode((key, a) => connected.mergeNodeAttributes(key, { x: a.x as number, y: a.y as number }));
    }
  } else {
    forceAtlas2.assign(connected, { iterations: options.iterations ?? iterationsFor(connected.order, connected.size), settings, getEdgeWeight: 'weight' });
  }
  connected.forEachNode((key, a) => graph.mergeNodeAttributes(key, { x: a.x as number, y: a.y as number }));
  placeIsolated(graph, (key) => graph.degree(key) === 0);
}

/**
 * In a warm layout, the graph to simulate: the nodes not placed before, each starting beside its
 * placed neighbours (not somewhere at random), and those neighbours, fixed where they were
 * (ForceAtlas2 leaves `fixed` nodes in place); with the edges that touch a new node.
 */
function newcomers(connected: Graph, previous: ReadonlyMap<string, Position>, seed: number): Graph {
  const local = new Graph({ type: 'undirected' });
  connected.forEachNode((key, a) => {
    if (previous.has(key)) return;
    local.mergeNode(key, { x: a.x as number, y: a.y as number });
    const placed: Position[] = [];
    connected.forEachNeighbor(key, (neighbour, n) => {
      const start = previous.get(neighbour);
      if (start === undefined) return;
      placed.push(start);
      local.mergeNode(neighbour, { x: n.x as number, y: n.y as number, fixed: true });
    });
    if (placed.length === 0) return;
    const random = seededRandom(hashString(key) ^ seed);
    local.mergeNodeAttributes(key, {
      x: placed.reduce((sum, p) => sum + p.x, 0) / placed.length + random() - 0.5,
      y: placed.reduce((sum, p) => sum + p.y, 0) / placed.length + random() - 0.5,
    });
  });
  connected.forEachEdge((_edge, attributes, source, target) => {
    if (local.hasNode(source) && local.hasNode(target) && !(previous.has(source) && previous.has(target))) local.addEdge(source, target, attributes);
  });
  return local;
}

/** FNV-1a: a node's start position depends on its key alone, not on the order of nodes. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
