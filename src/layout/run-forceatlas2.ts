// Runs ForceAtlas2's iterations on a graph and assigns the positions, as the library's `assign`
// does, with one difference for large graphs under Barnes-Hut: a full garbage collection whenever
// the heap has grown by 64 MB since the last. Each Barnes-Hut iteration of
// graphology-layout-forceatlas2 builds its quadtree in a new array grown element by element (83 MB
// allocated in one iteration of 8,580 nodes), and V8 promotes the array it finds live at each minor
// collection: the old generation filled with dead trees up to its limit, and with the extractor's
// lexicons live a 30 MB article's layout added 135 MB. Collected every ten iterations, it added
// 50 MB for about a fifth more time; collected by the heap's growth, as often as needed and no more.
import { getHeapStatistics } from 'node:v8';
import type Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults.js';
import { assignLayoutChanges, graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { collectGarbage } from '../collect-garbage';

/** How far the heap may grow past what the last collection left before the trees are collected. */
const COLLECT_AFTER_BYTES = 64 * 2 ** 20;
/** Nodes from which the trees are worth collecting (about 20 MB allocated per iteration); a
 * smaller graph, such as the new nodes of an incremental layout, leaves little to collect. */
const COLLECT_FROM_ORDER = 2_000;

/** Runs `iterations` iterations of ForceAtlas2 with `settings` (weights from the edges' `weight`) and sets `x` and `y`. */
export function runForceAtlas2(graph: Graph, iterations: number, settings: ForceAtlas2Settings): void {
  if (settings.barnesHutOptimize !== true || graph.order < COLLECT_FROM_ORDER) {
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
    return;
  }
  const all = { ...DEFAULT_SETTINGS, ...settings };
  const { nodes, edges } = graphToByteArrays(graph, (_edge, attributes) => attributes.weight as number);
  // Also before the first iteration, so that what the caller let go (a long article's
  // extraction) goes first, and after the last, so that the write starts from what is live.
  collectGarbage();
  let left = getHeapStatistics().used_heap_size;
  for (let i = 1; i <= iterations; i++) {
    iterate(all, nodes, edges);
    if (i === iterations || getHeapStatistics().used_heap_size > left + COLLECT_AFTER_BYTES) {
      collectGarbage();
      left = getHeapStatistics().used_heap_size;
    }
  }
  assignLayoutChanges(graph, nodes, null);
}
