// Types for the parts of graphology-layout-forceatlas2 that its `assign` is made of, which
// run-forceatlas2.ts drives itself (the package types its entry point only).
declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  import type { Attributes } from 'graphology-types';

  /** Ten floats per node (x, y, forces, mass, size, fixed) and three per edge (ends, weight). */
  export function graphToByteArrays(graph: Graph, getEdgeWeight: (edge: string, attributes: Attributes) => number): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  const defaults: Required<ForceAtlas2Settings>;
  export = defaults;
}

declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  /** One iteration: moves the nodes of the matrices in place. */
  function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
  export = iterate;
}
