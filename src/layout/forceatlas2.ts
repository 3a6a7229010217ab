// Positions nodes with ForceAtlas2, deterministically: start positions are seeded from the node
// keys (never all at 0, where the forces cancel out), settings come from `inferSettings`, and the
// number of iterations depends only on the graph's size. Same graph in, same positions out.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../types';
import { layoutEdgeWeight } from './edge-weight';
import { seededRandom } from './random';

export interface LayoutOptions {
  /** Changes every start position; the default gives the project's published layout. */
  seed?: number;
  /** Overrides the size-based default of `iterationsFor`. */
  iterations?: number;
}

const DEFAULT_SEED = 1;

/** Many iterations settle a small graph; large graphs get fewer, each being costlier. */
export function iterationsFor(order: number): number {
  return Math.round(Math.min(500, Math.max(50, 50_000 / Math.max(order, 1))));
}

/** Sets `x` and `y` on every node. */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  const seed = options.seed ?? DEFAULT_SEED;
  // The start area grows with the graph so that density, not size, decides the first forces.
  const spread = 10 * Math.sqrt(graph.order);
  graph.forEachNode((key) => {
    const random = seededRandom(hashString(key) ^ seed);
    graph.mergeNodeAttributes(key, { x: (random() * 2 - 1) * spread, y: (random() * 2 - 1) * spread });
  });
  forceAtlas2.assign(graph, {
    iterations: options.iterations ?? iterationsFor(graph.order),
    settings: forceAtlas2.inferSettings(graph),
    getEdgeWeight: layoutEdgeWeight,
  });
}

/** FNV-1a: a node's start position depends on its key alone, not on the order of nodes. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
