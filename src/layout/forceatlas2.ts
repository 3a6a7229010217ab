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
//      Large graphs collect their garbage as they go (run-forceatlas2.ts).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../types';
import { layoutEdgeWeight } from './edge-weight';
import { placeIsolated } from './place-isolated';
import { seededRandom } from './random';
import { runForceAtlas2 } from './run-forceatlas2';

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
  const linked = graph.filterNodes((key) => graph.degree(key) > 0);
  const previous = options.previous;
  const reused = previous === undefined ? 0 : linked.reduce((n, key) => (previous.has(key) ? n + 1 : n), 0);
  // The start area grows with the graph so that density, not size, decides the first forces.
  const spread = 10 * Math.sqrt(Math.max(linked.length, 1));
  // The settings of the whole graph (its scale), also when only the new nodes are simulated.
  const settings = forceAtlas2.inferSettings(linked.length);
  if (previous !== undefined && reused >= WARM_SHARE * linked.length) {
    for (const key of linked) {
      const placed = previous.get(key);
      if (placed !== undefined) graph.mergeNodeAttributes(key, { x: placed.x, y: placed.y });
    }
    if (reused < linked.length) {
      const local = newcomers(graph, linked, previous, seed, spread);
      runForceAtlas2(local, options.iterations ?? iterationsFor(local.order, local.size), settings);
      local.forEachNode((key, a) => {
        if (a.fixed !== true) graph.mergeNodeAttributes(key, { x: a.x as number, y: a.y as number });
      });
    }
  } else {
    const connected = new Graph({ type: 'undirected' });
    for (const key of linked) connected.addNode(key, previous?.get(key) ?? seededStart(key, seed, spread));
    // One simulated edge per pair, pulling as hard as all the pair's edges together.
    graph.forEachEdge((edge, attributes, source, target) => addPull(connected, source, target, layoutEdgeWeight(edge, attributes)));
    runForceAtlas2(connected, options.iterations ?? iterationsFor(connected.order, connected.size), settings);
    connected.forEachNode((key, a) => graph.mergeNodeAttributes(key, { x: a.x as number, y: a.y as number }));
  }
  placeIsolated(graph, (key) => graph.degree(key) === 0);
}

function seededStart(key: string, seed: number, spread: number): Position {
  const random = seededRandom(hashString(key) ^ seed);
  return { x: (random() * 2 - 1) * spread, y: (random() * 2 - 1) * spread };
}

function addPull(simulated: Graph, source: string, target: string, weight: number): void {
  if (simulated.hasEdge(source, target)) simulated.updateEdgeAttribute(source, target, 'weight', (w: number | undefined) => (w ?? 0) + weight);
  else simulated.addEdge(source, target, { weight });
}

/**
 * In a warm layout, the graph to simulate, made from the new nodes alone: each starts beside its
 * placed neighbours (not somewhere at random), and those neighbours are in it too, fixed where
 * they were (ForceAtlas2 leaves `fixed` nodes in place); with the edges that touch a new node.
 */
function newcomers(graph: KnowledgeGraph, linked: readonly string[], previous: ReadonlyMap<string, Position>, seed: number, spread: number): Graph {
  const local = new Graph({ type: 'undirected' });
  const fresh = linked.filter((key) => !previous.has(key));
  for (const key of fresh) {
    const placed: Position[] = [];
    for (const neighbour of new Set(graph.neighbors(key))) {
      const at = previous.get(neighbour);
      if (at === undefined) continue;
      placed.push(at);
      local.mergeNode(neighbour, { x: at.x, y: at.y, fixed: true });
    }
    const random = seededRandom(hashString(key) ^ seed);
    local.mergeNode(
      key,
      placed.length === 0
        ? seededStart(key, seed, spread)
        : {
            x: placed.reduce((sum, p) => sum + p.x, 0) / placed.length + random() - 0.5,
            y: placed.reduce((sum, p) => sum + p.y, 0) / placed.length + random() - 0.5,
          },
    );
  }
  const counted = new Set<string>();
  for (const key of fresh) {
    graph.forEachEdge(key, (edge, attributes, source, target) => {
      if (counted.has(edge)) return;
      counted.add(edge);
      addPull(local, source, target, layoutEdgeWeight(edge, attributes));
    });
  }
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
