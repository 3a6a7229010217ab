// A read-only window onto the viewer for the browser tests and the benchmark: what is loaded,
// what sigma currently shows, and when the first frame was painted. It changes nothing.
import type { GraphView } from './graph-view';
import type { Store } from './state';

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
  /** Where a node sits on screen, in CSS pixels from the top left of the graph area. */
  nodeOnScreen(key: string): { x: number; y: number } | null;
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

export function installTestHook(source: HookSource): void {
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
    nodeOnScreen(key) {
      const view = source.view();
      if (view === null || !view.graph.hasNode(key)) return null;
      const { x, y } = view.graph.getNodeAttributes(key);
      return x === undefined || y === undefined ? null : view.renderer.graphToViewport({ x, y });
    },
  };
  Object.defineProperty(window, '__kgViewer', { value: Object.freeze(hook), writable: false, configurable: false });
}
