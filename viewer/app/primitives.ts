// The WebGL drawing primitives sigma compiles for the viewer: straight, curved (parallel edges)
// and loop paths, and arrow heads. Kept apart from settings.ts because creating them needs WebGL.
import { extremityArrow, layerPlain, pathCurved, pathLine, pathLoop } from 'sigma/rendering';

export const PRIMITIVES = {
  edges: {
    paths: [pathLine(), pathCurved(), pathLoop()],
    extremities: [extremityArrow()],
    layers: [layerPlain()],
  },
};
