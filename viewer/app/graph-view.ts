// One graph on screen: the sigma renderer with the viewer's styles and reducers, what the filters
// leave visible, the labels placed so that none overlap, pointer events turned into view-state
// changes, and camera moves. Built anew for each graph loaded.
import Sigma from 'sigma';
import type { Coordinates } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../../src/types';
import { fitCamera, moveDuration, prefersReducedMotion, resetCamera, zoomCamera } from './camera';
import { computeVisibility, type Visibility } from './filters';
import { LabelPlacer, type LabelSide } from './labels';
import { Metrics } from './metrics';
import { PRIMITIVES } from './primitives';
import { edgeIsShown, focusOf, reduceEdge, reduceNode, type ReducerContext } from './reducers';
import { CAMERA, COLORS, COMMUNITY_COLORS, LARGE_GRAPH_EDGES, REDUCED_MOTION_SETTINGS, SIGMA_SETTINGS, STYLES } from './settings';
import { filtersChanged, type Store, type ViewState } from './state';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphViewEvents {
  clickNode(key: string): void;
  clickEdge(key: string): void;
  clickStage(): void;
}

export class GraphView {
  readonly renderer: Renderer;
  readonly metrics: Metrics;
  private context: ReducerContext;
  /** Visible nodes, biggest first: the order labels are placed in. */
  private order: string[] = [];
  private readonly placer = new LabelPlacer();
  private frames = 0;
  /**
   * Sigma sizes itself only when it draws: a panel or table opening must make it draw. The
   * observer also reports the size it starts with, which sigma has already drawn at.
   */
  private readonly resizes = new ResizeObserver(([entry]) => {
    const { width, height } = this.renderer.getDimensions();
    const box = entry?.target as HTMLElement | undefined;
    if (box === undefined || box.offsetWidth !== width || box.offsetHeight !== height) this.renderer.scheduleRender();
  });

  constructor(container: HTMLElement, readonly graph: KnowledgeGraph, store: Store, events: GraphViewEvents) {
    this.metrics = new Metrics(graph);
    this.context = this.contextFor(store.get(), null);
    this.renderer = new Sigma(graph, container, {
      primitives: PRIMITIVES,
      styles: STYLES,
      settings: { ...SIGMA_SETTINGS, ...(prefersReducedMotion() ? REDUCED_MOTION_SETTINGS : {}), hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES, enableEdgeEvents: graph.size <= LARGE_GRAPH_EDGES },
      nodeReducer: (key, _data, attributes) => reduceNode(this.context, key, attributes),
      edgeReducer: (key, _data, attributes) => reduceEdge(this.context, key, attributes),
    }) as unknown as Renderer;
    this.renderer.on('afterRender', () => this.frames++);
    // The first frame already shows the visible nodes fitted, with their labels.
    void this.fit(false);
    this.context = { ...this.context, labels: this.placeLabels(this.context) };
    this.renderer.refresh();
    this.renderer.on('beforeRender', () => this.relabel());
    this.resizes.observe(container);
    this.renderer.on('enterNode', ({ node }) => store.set({ hoveredNode: node }));
    this.renderer.on('leaveNode', () => store.set({ hoveredNode: null }));
    this.renderer.on('clickNode', ({ node }) => events.clickNode(node));
    this.renderer.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.renderer.on('clickStage', () => events.clickStage());
  }

  /** Frames drawn after the one sigma draws when it starts. */
  get framesDrawn(): number {
    return this.frames;
  }

  get visibility(): Visibility {
    return this.context.visibility;
  }

  get sizes(): ReadonlyMap<string, number> {
    return this.context.sizes;
  }

  /** Re-reads the view state; the reducers apply it on the next frame. */
  update(state: ViewState, previous: ViewState): void {
    const context = this.contextFor(state, filtersChanged(state, previous) ? null : this.context, previous);
    this.context = { ...context, labels: this.placeLabels(context) };
    this.renderer.scheduleRefresh();
  }

  nodeIsVisible(key: string): boolean {
    return this.context.visibility.nodes.has(key);
  }

  edgeIsVisible(key: string): boolean {
    return edgeIsShown(this.graph, key, this.context.visibility);
  }

  fit(animate = true): Promise<void> {
    // The panel may just have opened or closed: fit the canvas as it is now, not as last drawn.
    this.renderer.resize();
    return fitCamera(this.renderer, this.context.visibility.nodes, this.framed, this.context.sizes, animate);
  }

  /**
   * Where a node is in the camera's coordinates, from its attributes: sigma's display data holds
   * raw positions between a refresh and the frame that processes it.
   */
  private readonly framed = (key: string): Coordinates | null => {
    const { x, y } = this.graph.getNodeAttributes(key);
    return x === undefined || y === undefined ? null : this.renderer.graphToFramedGraph({ x, y });
  };

  zoom(direction: 'in' | 'out'): Promise<void> {
    return zoomCamera(this.renderer, direction);
  }

  resetCamera(): Promise<void> {
    return resetCamera(this.renderer);
  }

  /** Moves the camera onto a node and zooms in enough to read its neighbourhood. */
  centreOn(key: string): Promise<void> {
    const at = this.framed(key);
    if (at === null) return Promise.resolve();
    const camera = this.renderer.getCamera();
    return camera.animate({ ...at, ratio: Math.min(camera.getState().ratio, 0.5) }, { duration: moveDuration(CAMERA.centreDuration) });
  }

  kill(): void {
    this.resizes.disconnect();
    this.renderer.kill();
  }

  /**
   * The reducers' inputs for `state`. Visibility is recomputed only when a filter changed
   * (`kept` is null), the label order only when visibility or sizes did.
   */
  private contextFor(state: ViewState, kept: ReducerContext | null, previous?: ViewState): ReducerContext {
    const visibility = kept?.visibility ?? computeVisibility(this.graph, state, this.metrics);
    const sizes = this.metrics.sizesBy(state.sizeBy);
    if (kept === null || previous === undefined || previous.sizeBy !== state.sizeBy) this.order = biggestFirst(visibility.nodes, sizes);
    const colors = kept !== null && previous?.colorBy === state.colorBy ? kept.colors : this.colorsFor(state);
    return { graph: this.graph, state, visibility, sizes, colors, focus: focusOf(this.graph, state, visibility), labels: kept?.labels ?? new Map() };
  }

  private colorsFor(state: ViewState): ReadonlyMap<string, string> | null {
    if (state.colorBy !== 'community') return null;
    const colors = new Map<string, string>();
    for (const [key, rank] of this.metrics.communities().of) colors.set(key, COMMUNITY_COLORS[rank] ?? COLORS.fallback);
    return colors;
  }

  private placeLabels(context: ReducerContext): Map<string, LabelSide> {
    const forced = new Set(context.focus?.nodes ?? []);
    if (context.state.selectedNode !== null && context.visibility.nodes.has(context.state.selectedNode)) forced.add(context.state.selectedNode);
    return this.placer.place(this.renderer, this.graph, this.framed, this.order, forced, context.sizes);
  }

  /**
   * Before each frame (the camera or the layout may have moved nodes): re-place the labels and
   * update the nodes whose label comes or goes, so the frame about to be drawn shows them. Sigma
   * sizes its canvas in the same frame, after this: read the size first. The render this would
   * schedule is the one already under way, which cancels it.
   */
  private relabel(): void {
    this.renderer.resize();
    const labels = this.placeLabels(this.context);
    const previous = this.context.labels;
    const changed = [...labels].filter(([key, side]) => previous.get(key) !== side).map(([key]) => key);
    for (const key of previous.keys()) if (!labels.has(key)) changed.push(key);
    if (changed.length === 0) return;
    this.context = { ...this.context, labels };
    this.renderer.scheduleRefresh({ partialGraph: { nodes: changed }, skipIndexation: true });
  }
}

function biggestFirst(nodes: ReadonlySet<string>, sizes: ReadonlyMap<string, number>): string[] {
  return [...nodes].sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}
