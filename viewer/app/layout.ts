// ForceAtlas2 in a web worker, so the page stays responsive: started and stopped by a button,
// and run on its own for a few seconds when a graph arrives without positions.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { layoutEdgeWeight } from '../../src/layout/edge-weight';
import type { KnowledgeGraph } from '../../src/types';
import { AUTO_LAYOUT_MS } from './settings';

export function hasPositions(graph: KnowledgeGraph): boolean {
  return graph.everyNode((_key, a) => Number.isFinite(a.x) && Number.isFinite(a.y));
}

/**
 * Gives nodes without a position a deterministic start on a sunflower spiral (ForceAtlas2 cannot
 * start from nodes that all sit at one point). Positions are layout data, not view state.
 */
export function seedPositions(graph: KnowledgeGraph): void {
  const golden = Math.PI * (3 - Math.sqrt(5));
  let i = 0;
  graph.forEachNode((key, a) => {
    i += 1;
    if (Number.isFinite(a.x) && Number.isFinite(a.y)) return;
    const radius = 10 * Math.sqrt(i);
    graph.mergeNodeAttributes(key, { x: radius * Math.cos(i * golden), y: radius * Math.sin(i * golden) });
  });
}

export class LayoutControl {
  private readonly layout: FA2Layout;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(graph: KnowledgeGraph, private readonly button: HTMLButtonElement) {
    this.layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 }, getEdgeWeight: layoutEdgeWeight });
    this.render();
  }

  get running(): boolean {
    return this.layout.isRunning();
  }

  start(forMs?: number): void {
    this.layout.start();
    clearTimeout(this.timer);
    if (forMs !== undefined) this.timer = setTimeout(() => this.stop(), forMs);
    this.render();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.layout.stop();
    this.render();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  /** Runs briefly on its own; called when the graph had no saved positions. */
  auto(): void {
    this.start(AUTO_LAYOUT_MS);
  }

  kill(): void {
    clearTimeout(this.timer);
    this.layout.kill();
  }

  private render(): void {
    this.button.textContent = this.running ? 'Stop layout' : 'Run layout';
    this.button.setAttribute('aria-pressed', String(this.running));
  }
}
