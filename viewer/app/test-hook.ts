// A read-only window onto the viewer for the browser tests and the benchmark: what is loaded,
// what sigma currently draws (nodes, edges, labels and where), the camera, and when the first
// frame was painted. It changes nothing.
import type { CameraState } from 'sigma/types';
import type { GraphView } from './graph-view';
import type { Box } from './labels';
import type { Store } from './state';

export interface LabelOnScreen extends Box {
  key: string;
}

export interface ViewerHook {
  readonly ready: boolean;
  /** ms since navigation start when the first frame with the graph was drawn. */
  readonly firstPaintMs: number | null;
  readonly lastError: string | null;
  order(): number;
  size(): number;
  /** Nodes sigma draws, read from its display data, not from the viewer's own filters. */
  visibleNodes(): string[];
  visibleEdges(): string[];
  selectedNode(): string | null;
  selectedEdge(): string | null;
  /** The node under the pointer, once sigma's picking (read back from the GPU a frame or more later) has found it. */
  hoveredNode(): string | null;
  /** Where a node sits on screen, in CSS pixels from the top left of the graph area. */
  nodeOnScreen(key: string): { x: number; y: number } | null;
  /** The on-screen radius sigma draws a node with, in CSS pixels. */
  nodeRadius(key: string): number | null;
  /** The labels sigma drew in its last frame, each with its box on screen as sigma measures and places it (none if this sigma build hides that). */
  drawnLabels(): LabelOnScreen[];
  camera(): CameraState | null;
  cameraMoving(): boolean;
  /** Frames sigma has drawn of this graph, after the one it draws when it starts. */
  framesDrawn(): number;
  canvasSize(): { width: number; height: number } | null;
}

export interface HookSource {
  view(): GraphView | null;
  store: Store;
  firstPaintMs(): number | null;
  lastError(): string | null;
}

declare global {
  interface Window {
    __kgViewer?: ViewerHook;
  }
}

/** Sigma's own label box, relative to the node, when this sigma build exposes it. */
type SigmaLabelBox = (data: unknown, radius: number) => { minX: number; maxX: number; minY: number; maxY: number } | null;

function sigmaLabelBox(view: GraphView): SigmaLabelBox | null {
  const internals = view.renderer as unknown as { labelRenderer?: { nodeLabelBox?: SigmaLabelBox } };
  const renderer = internals.labelRenderer;
  return typeof renderer?.nodeLabelBox === 'function' ? renderer.nodeLabelBox.bind(renderer) : null;
}

export function installTestHook(source: HookSource): void {
  const onScreen = (view: GraphView, key: string): { x: number; y: number; radius: number } | null => {
    const data = view.renderer.getNodeDisplayData(key);
    if (data === undefined) return null;
    return { ...view.renderer.framedGraphToViewport(data), radius: view.renderer.scaleSize(data.size) };
  };
  const hook: ViewerHook = {
    get ready() {
      return source.view() !== null && source.firstPaintMs() !== null;
    },
    get firstPaintMs() {
      return source.firstPaintMs();
    },
    get lastError() {
      return source.lastError();
    },
    order: () => source.view()?.graph.order ?? 0,
    size: () => source.view()?.graph.size ?? 0,
    visibleNodes() {
      const view = source.view();
      if (view === null) return [];
      return view.graph.filterNodes((key) => view.renderer.getNodeDisplayData(key)?.visibility === 'visible');
    },
    visibleEdges() {
      const view = source.view();
      if (view === null) return [];
      return view.graph.filterEdges((key) => view.renderer.getEdgeDisplayData(key)?.visibility === 'visible');
    },
    selectedNode: () => source.store.get().selectedNode,
    selectedEdge: () => source.store.get().selectedEdge,
    hoveredNode: () => source.store.get().hoveredNode,
    nodeOnScreen(key) {
      const view = source.view();
      if (view === null || !view.graph.hasNode(key)) return null;
      const point = onScreen(view, key);
      return point === null ? null : { x: point.x, y: point.y };
    },
    nodeRadius(key) {
      const view = source.view();
      return view === null || !view.graph.hasNode(key) ? null : (onScreen(view, key)?.radius ?? null);
    },
    drawnLabels() {
      const view = source.view();
      if (view === null) return [];
      const sigmaBox = sigmaLabelBox(view);
      const labels: LabelOnScreen[] = [];
      for (const key of view.renderer.getNodeDisplayedLabels()) {
        const data = view.renderer.getNodeDisplayData(key);
        const point = onScreen(view, key);
        if (data === undefined || point === null) continue;
        const box = sigmaBox?.(data, point.radius);
        if (box !== undefined && box !== null) labels.push({ key, x1: point.x + box.minX, x2: point.x + box.maxX, y1: point.y + box.minY, y2: point.y + box.maxY });
      }
      return labels;
    },
    camera: () => source.view()?.renderer.getCamera().getState() ?? null,
    cameraMoving: () => source.view()?.renderer.getCamera().isAnimating() ?? false,
    framesDrawn: () => source.view()?.framesDrawn ?? 0,
    canvasSize: () => source.view()?.renderer.getDimensions() ?? null,
  };
  Object.defineProperty(window, '__kgViewer', { value: Object.freeze(hook), writable: false, configurable: false });
}
