// Places the nodes that no edge touches, cheaply and out of the way of the simulated ones: on
// rings around the laid-out graph, one sector per kind (so the loose people, places and bodies
// each sit together), the most mentioned nearest the centre. Deterministic: sorted by kind,
// mentions, then key.
import { ENTITY_KINDS } from '../schema';
import type { EntityKind, KnowledgeGraph } from '../types';

/** Distance between neighbouring nodes on a ring, and between rings. */
const GAP = 10;

export function placeIsolated(graph: KnowledgeGraph, isIsolated: (key: string) => boolean): void {
  const isolated: Array<{ key: string; kind: EntityKind; mentions: number }> = [];
  let cx = 0;
  let cy = 0;
  let placed = 0;
  graph.forEachNode((key, a) => {
    if (isIsolated(key)) isolated.push({ key, kind: a.kind, mentions: a.mentions });
    else {
      cx += a.x as number;
      cy += a.y as number;
      placed++;
    }
  });
  if (isolated.length === 0) return;
  if (placed > 0) {
    cx /= placed;
    cy /= placed;
  }
  let radius = 0;
  graph.forEachNode((key, a) => {
    if (!isIsolated(key)) radius = Math.max(radius, Math.hypot((a.x as number) - cx, (a.y as number) - cy));
  });
  const rank = (kind: EntityKind): number => ENTITY_KINDS.indexOf(kind);
  isolated.sort((a, b) => rank(a.kind) - rank(b.kind) || b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // Each kind gets a sector as wide as its share of the nodes, filled ring after ring outwards.
  let from = 0;
  let sectorStart = 0;
  while (from < isolated.length) {
    const kind = (isolated[from] as (typeof isolated)[number]).kind;
    let to = from;
    while (to < isolated.length && (isolated[to] as (typeof isolated)[number]).kind === kind) to++;
    const width = (2 * Math.PI * (to - from)) / isolated.length;
    let ring = radius + 2 * GAP;
    for (let index = from; index < to; ring += GAP) {
      const count = Math.min(to - index, Math.max(1, Math.floor((width * ring) / GAP)));
      for (let i = 0; i < count; i++) {
        const angle = sectorStart + (width * (i + 0.5)) / count;
        graph.mergeNodeAttributes((isolated[index + i] as (typeof isolated)[number]).key, { x: round(cx + ring * Math.cos(angle)), y: round(cy + ring * Math.sin(angle)) });
      }
      index += count;
    }
    sectorStart += width;
    from = to;
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
