// The WebGL drawing primitives sigma compiles for the viewer: straight paths, curved ones for
// parallel edges, and arrow heads. Kept apart from settings.ts because creating them needs WebGL.
// No loop path: the contract forbids self-loops. Sigma draws every edge with as many segments as
// the finest path declares, so the curve's 6 segments (not the default 16) halve the frame time.
import { extremityArrow, layerPlain, pathCurved, pathLine } from 'sigma/rendering';

export const PRIMITIVES = {
  edges: {
    paths: [pathLine(), pathCurved({ segments: 6 })],
    extremities: [extremityArrow()],
    layers: [layerPlain()],
  },
};
