// Labels that never overlap. Sigma's label grid keeps one label per grid cell, but a name is wider
// than a cell, so neighbouring cells' labels still collide. Here every frame's labels are chosen
// by exact boxes instead: the hovered or selected node and its neighbours first (always shown),
// then the other visible nodes biggest first, each kept only if its box, placed as sigma places
// it (right of the node, else left of it; vertically centred), lies wholly inside the canvas and
// overlaps no box kept before. The reducers then force the chosen labels on, on their side, and
// every other label off.
import type { KnowledgeGraph } from '../../src/types';
import type { FramedPosition } from './camera';
import type { Renderer } from './graph-view';
import { LABEL } from './settings';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Which side of its node a label is drawn on (sigma's labelPosition). */
export type LabelSide = 'right' | 'left';

const SIDES: readonly LabelSide[] = ['right', 'left'];

/** Where a label would sit on screen, beside its node at (x, y) of the given radius, all in CSS px. */
export function labelBox(x: number, y: number, radius: number, width: number, side: LabelSide = 'right'): Box {
  const start = side === 'right' ? x + radius + LABEL.margin : x - radius - LABEL.margin - width;
  return { x1: start - LABEL.padding, x2: start + width + LABEL.padding, y1: y - LABEL.size / 2 - LABEL.padding, y2: y + LABEL.size / 2 + LABEL.padding };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

const CELL = 96;

/** Boxes kept so far, bucketed by screen cell so each check looks at a few neighbours only. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();

  private keys(box: Box): number[] {
    const keys: number[] = [];
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++) {
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++) keys.push(cx * 100003 + cy);
    }
    return keys;
  }

  collides(box: Box): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((other) => overlaps(box, other)) ?? false);
  }

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell === undefined) this.cells.set(key, [box]);
      else cell.push(box);
    }
  }
}

export class LabelPlacer {
  private readonly widths = new Map<string, number>();
  private readonly context: CanvasRenderingContext2D | null;

  constructor() {
    this.context = document.createElement('canvas').getContext('2d');
    if (this.context !== null) this.context.font = `${LABEL.size}px ${LABEL.font}`;
  }

  /** The label's width in CSS px, measured once per text with the font sigma draws it in. */
  width(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      width = this.context === null ? text.length * LABEL.size * 0.62 : this.context.measureText(text).width;
      this.widths.set(text, width);
    }
    return width;
  }

  /**
   * The labels to draw now, each with its side: every one of `forced` (on a side where it is
   * whole if there is one), then from `order` (visible nodes, most important first) each whose
   * box fits the canvas on one side clear of those kept before.
   */
  place(renderer: Renderer, graph: KnowledgeGraph, position: FramedPosition, order: readonly string[], forced: Iterable<string>, sizes: ReadonlyMap<string, number>): Map<string, LabelSide> {
    const { width, height } = renderer.getDimensions();
    const grid = new BoxGrid();
    const chosen = new Map<string, LabelSide>();
    const inside = (box: Box): boolean => box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height;
    const boxesOf = (key: string): Record<LabelSide, Box> | null => {
      const label = graph.getNodeAttribute(key, 'label');
      const at = position(key);
      if (at === null || label === '') return null;
      const { x, y } = renderer.framedGraphToViewport(at);
      const radius = renderer.scaleSize(sizes.get(key) ?? 0);
      const textWidth = this.width(label);
      return { right: labelBox(x, y, radius, textWidth, 'right'), left: labelBox(x, y, radius, textWidth, 'left') };
    };
    const keep = (key: string, side: LabelSide, box: Box): void => {
      grid.add(box);
      chosen.set(key, side);
    };
    for (const key of forced) {
      const boxes = boxesOf(key);
      if (boxes === null) continue;
      const side = SIDES.find((s) => inside(boxes[s])) ?? 'right';
      keep(key, side, boxes[side]);
    }
    let considered = 0;
    for (const key of order) {
      if (chosen.has(key)) continue;
      if (renderer.scaleSize(sizes.get(key) ?? 0) < LABEL.minNodeRadius) continue;
      const boxes = boxesOf(key);
      if (boxes === null || boxes.right.x1 > width || boxes.left.x2 < 0 || boxes.right.y2 < 0 || boxes.right.y1 > height) continue;
      // Far more candidates than fit on one screen only cost time.
      if (++considered > LABEL.maxCandidates) break;
      const side = SIDES.find((s) => inside(boxes[s]) && !grid.collides(boxes[s]));
      if (side !== undefined) keep(key, side, boxes[side]);
    }
    return chosen;
  }
}
