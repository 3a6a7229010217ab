// Which nodes and edges are on screen, from the view state, in one pass over the edges:
//   1. kinds, relations and the co-mention layer decide which edges count (both ends shown);
//   2. an entity with no counting edge at all is "unconnected": hidden when the user says so, or
//      by default on graphs above AUTO_HIDE_UNCONNECTED_ABOVE entities; one whose edges are all
//      of filtered-out relations is hidden too (filtering to met-with shows the met-with network);
//   3. then at least `minDegree` visible edges, then the `topN` highest by `topBy`;
//   4. or, in an ego focus, the focused entity and everything within its depth instead.
// An edge is shown when its relation is, both its ends are, and, under the timeline's brush, it
// has evidence in the range (date-filter.ts); an entity left without such an edge is hidden.
import { CO_MENTION } from '../../src/schema';
import { edgeInWindow } from './date-filter';
import type { KnowledgeGraph, RelationType } from '../../src/types';
import type { Metrics } from './metrics';
import type { ViewState } from './state';

/** Graphs larger than this open with the unconnected entities hidden. */
export const AUTO_HIDE_UNCONNECTED_ABOVE = 300;

export interface Visibility {
  nodes: ReadonlySet<string>;
  /** Shown edges at each node (kinds and relations applied, before min-degree and top N). */
  degree: ReadonlyMap<string, number>;
  /** Entities of shown kinds with no edge at all among the drawn relations. */
  unconnected: number;
  /** Whether those are hidden now (by the user, or by the graph's size). */
  hidingUnconnected: boolean;
  relationShown(relation: RelationType): boolean;
  /** Whether the edge has evidence in the timeline's range (all do without one). */
  inWindow(edge: string): boolean;
}

export function hidesUnconnected(state: ViewState, order: number): boolean {
  return state.unconnected === 'hidden' || (state.unconnected === 'auto' && order > AUTO_HIDE_UNCONNECTED_ABOVE);
}

export function computeVisibility(graph: KnowledgeGraph, state: ViewState, metrics: Metrics): Visibility {
  const relationShown = (relation: RelationType): boolean => (relation === CO_MENTION ? state.coMentions : !state.hiddenRelations.has(relation));
  const kindShown = (node: string): boolean => state.hiddenKinds.size === 0 || !state.hiddenKinds.has(graph.getNodeAttribute(node, 'kind'));
  const inWindow = (edge: string): boolean => edgeInWindow(graph, edge, state);
  const ego = state.ego !== null && graph.hasNode(state.ego.node) && kindShown(state.ego.node) ? state.ego : null;
  if (ego !== null) {
    const nodes = egoNodes(graph, ego.node, ego.depth, relationShown, kindShown);
    return { nodes, degree: degreesWithin(graph, nodes, relationShown), unconnected: 0, hidingUnconnected: false, relationShown, inWindow };
  }

  // Edges of every relation that is drawn at all (typed, and co-mentions when on) make a node
  // connected; those of the shown relations make its degree.
  const connected = new Map<string, number>();
  const degree = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  graph.forEachEdge((edge, attributes, source, target) => {
    if (attributes.relation === CO_MENTION && !state.coMentions) return;
    if (!kindShown(source) || !kindShown(target)) return;
    bump(connected, source);
    bump(connected, target);
    if (!relationShown(attributes.relation) || !inWindow(edge)) return;
    bump(degree, source);
    bump(degree, target);
  });

  const hidingUnconnected = hidesUnconnected(state, graph.order);
  let unconnected = 0;
  let shown: string[] = [];
  graph.forEachNode((key) => {
    if (!kindShown(key)) return;
    const visible = degree.get(key) ?? 0;
    if (!connected.has(key)) {
      unconnected++;
      if (hidingUnconnected) return;
    } else if (visible === 0) return;
    if (visible < state.minDegree) return;
    shown.push(key);
  });
  if (state.topN > 0 && shown.length > state.topN) shown = topNodes(shown, state.topBy === 'degree' ? degree : metrics.measure(state.topBy), state.topN);
  return { nodes: new Set(shown), degree, unconnected, hidingUnconnected, relationShown, inWindow };
}

/** The `n` nodes with the highest value, ties broken by key so the answer never wavers. */
function topNodes(keys: readonly string[], values: ReadonlyMap<string, number>, n: number): string[] {
  return [...keys].sort((a, b) => (values.get(b) ?? 0) - (values.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, n);
}

/** Breadth-first from `start` along shown edges between shown kinds, up to `depth` steps. */
function egoNodes(
  graph: KnowledgeGraph,
  start: string,
  depth: number,
  relationShown: (relation: RelationType) => boolean,
  kindShown: (node: string) => boolean,
): Set<string> {
  const nodes = new Set([start]);
  let frontier = [start];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_edge, attributes, source, target) => {
        const other = source === node ? target : source;
        if (nodes.has(other) || !relationShown(attributes.relation) || !kindShown(other)) return;
        nodes.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return nodes;
}

function degreesWithin(graph: KnowledgeGraph, nodes: ReadonlySet<string>, relationShown: (relation: RelationType) => boolean): Map<string, number> {
  const degree = new Map<string, number>();
  for (const node of nodes) {
    let count = 0;
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      if (relationShown(attributes.relation) && nodes.has(source === node ? target : source)) count++;
    });
    degree.set(node, count);
  }
  return degree;
}
