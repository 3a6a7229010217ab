// Camera moves: fit the visible nodes, zoom in and out around the centre, reset to the whole
// graph. Sigma frames the whole graph, hidden nodes included, so fitting what is visible is
// computed here from the nodes' positions on screen.
import type { CameraState, Coordinates } from 'sigma/types';
import type { Renderer } from './graph-view';
import { CAMERA } from './settings';

/** Whether the system asks for reduced motion: for readers whom motion unsettles, the view jumps. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How long a camera move takes: none under reduced motion. */
export function moveDuration(ms: number = CAMERA.duration): number {
  return prefersReducedMotion() ? 0 : ms;
}

/** A node's position in sigma's framed coordinates (the camera's), or null when it has none. */
export type FramedPosition = (key: string) => Coordinates | null;

/**
 * The camera that shows every one of `nodes` (their discs) inside the canvas with a margin, or
 * null when none has a position. Positions on screen scale with 1 / ratio around the centre, so
 * the ratio follows from the nodes' spread at ratio 1; node radii grow as the camera zooms in,
 * so it is refined once with the radius at the first guess.
 */
export function fitState(renderer: Renderer, nodes: Iterable<string>, position: FramedPosition, sizes: ReadonlyMap<string, number>): CameraState | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  let largest = 0;
  for (const key of nodes) {
    const at = position(key);
    if (at === null) continue;
    x1 = Math.min(x1, at.x);
    x2 = Math.max(x2, at.x);
    y1 = Math.min(y1, at.y);
    y2 = Math.max(y2, at.y);
    largest = Math.max(largest, sizes.get(key) ?? 0);
  }
  if (!Number.isFinite(x1)) return null;
  const centre = { x: (x1 + x2) / 2, y: (y1 + y2) / 2, angle: 0 };
  const atOne = { ...centre, ratio: 1 };
  const a = renderer.framedGraphToViewport({ x: x1, y: y1 }, { cameraState: atOne });
  const b = renderer.framedGraphToViewport({ x: x2, y: y2 }, { cameraState: atOne });
  const spreadX = Math.abs(b.x - a.x);
  const spreadY = Math.abs(b.y - a.y);
  const { width, height } = renderer.getDimensions();
  const ratioFor = (radius: number): number => {
    const room = (extent: number): number => Math.max(extent - 2 * (CAMERA.fitPadding + radius), 1);
    return Math.max(spreadX / room(width), spreadY / room(height), CAMERA.minFitRatio);
  };
  let ratio = ratioFor(renderer.scaleSize(largest, 1));
  ratio = ratioFor(renderer.scaleSize(largest, ratio));
  return { ...centre, ratio: renderer.getCamera().getBoundedRatio(ratio) };
}

export function fitCamera(renderer: Renderer, nodes: Iterable<string>, position: FramedPosition, sizes: ReadonlyMap<string, number>, animate: boolean): Promise<void> {
  const state = fitState(renderer, nodes, position, sizes);
  const camera = renderer.getCamera();
  const duration = animate ? moveDuration() : 0;
  if (state === null) return camera.reset({ duration });
  if (duration === 0) {
    camera.setState(state);
    return Promise.resolve();
  }
  return camera.animate(state, { duration });
}

export function zoomCamera(renderer: Renderer, direction: 'in' | 'out'): Promise<void> {
  const camera = renderer.getCamera();
  const options = { duration: moveDuration(), factor: CAMERA.zoomFactor };
  return direction === 'in' ? camera.zoomIn(options) : camera.zoomOut(options);
}

/** The camera sigma starts with: the whole graph, hidden nodes included. */
export function resetCamera(renderer: Renderer): Promise<void> {
  return renderer.getCamera().reset({ duration: moveDuration() });
}
