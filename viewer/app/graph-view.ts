// One graph on screen: the sigma renderer with the viewer's styles and reducers, pointer events
// turned into view-state changes, and camera moves. Built anew for each graph loaded.
import Sigma from 'sigma';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../../src/types';
import { createReducerContext, edgeIsVisible, reduceEdge, reduceNode, type ReducerContext } from './reducers';
import { PRIMITIVES } from './primitives';
import { LARGE_GRAPH_EDGES, nodeSizes, SIGMA_SETTINGS, STYLES } from './settings';
import type { Store, ViewState } from './state';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface GraphViewEvents {
  clickNode(key: string): void;
  clickEdge(key: string): void;
  clickStage(): void;
}

export class GraphView {
  readonly renderer: Renderer;
  private context: ReducerContext;
  private readonly sizes: ReducerContext['sizes'];

  constructor(container: HTMLElement, readonly graph: KnowledgeGraph, store: Store, events: GraphViewEvents) {
    this.sizes = nodeSizes(graph);
    this.context = createReducerContext(graph, store.get(), this.sizes);
    this.renderer = new Sigma(graph, container, {
      primitives: PRIMITIVES,
      styles: STYLES,
      settings: { ...SIGMA_SETTINGS, hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES, enableEdgeEvents: graph.size <= LARGE_GRAPH_EDGES },
      nodeReducer: (key, _data, attributes) => reduceNode(this.context, key, attributes),
      edgeReducer: (key, _data, attributes) => reduceEdge(this.context, key, attributes),
    }) as unknown as Renderer;
    this.renderer.on('enterNode', ({ node }) => store.set({ hoveredNode: node }));
    this.renderer.on('leaveNode', () => store.set({ hoveredNode: null }));
    this.renderer.on('clickNode', ({ node }) => events.clickNode(node));
    this.renderer.on('clickEdge', ({ edge }) => events.clickEdge(edge));
    this.renderer.on('clickStage', () => events.clickStage());
  }

  /** Re-reads the view state; the reducers apply it on the next frame. */
  update(state: ViewState): void {
    this.context = createReducerContext(this.graph, state, this.sizes);
    this.renderer.scheduleRefresh();
  }

  nodeIsVisible(key: string): boolean {
    return !this.context.hiddenNodes.has(key);
  }

  edgeIsVisible(key: string): boolean {
    return edgeIsVisible(this.graph, key, this.context.state, this.context.hiddenNodes);
  }

  /** Moves the camera onto a node and zooms in enough to read its neighbourhood. */
  centreOn(key: string): Promise<void> {
    const { x, y } = this.graph.getNodeAttributes(key);
    if (x === undefined || y === undefined) return Promise.resolve();
    const target = this.renderer.graphToFramedGraph({ x, y });
    const camera = this.renderer.getCamera();
    return camera.animate({ ...target, ratio: Math.min(camera.getState().ratio, 0.5) }, { duration: 450 });
  }

  kill(): void {
    this.renderer.kill();
  }
}
