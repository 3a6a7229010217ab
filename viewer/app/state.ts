// What the user is looking at: hover, selection, filters, analysis modes and the ego focus. The
// graph is never written to for any of these; reducers read this state on each frame.
import type { EntityKind, TypedRelation } from '../../src/types';

/** What sizes the nodes, and what "top N" ranks by. */
export type Measure = 'degree' | 'pagerank' | 'mentions';
export const MEASURES: readonly Measure[] = ['degree', 'pagerank', 'mentions'];

export type ColorMode = 'kind' | 'community';

/** Entities without a visible edge: hidden or shown by the user, else decided by the graph's size. */
export type UnconnectedMode = 'auto' | 'shown' | 'hidden';

/** The ego network of one node: it and everything within `depth` visible edges. */
export interface EgoFocus {
  node: string;
  depth: 1 | 2;
}

export interface ViewState {
  hoveredNode: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  hiddenKinds: ReadonlySet<EntityKind>;
  hiddenRelations: ReadonlySet<TypedRelation>;
  /** The co-mention layer (mentioned-with edges): off unless asked for. */
  coMentions: boolean;
  unconnected: UnconnectedMode;
  /** Only entities with at least this many visible edges; 0 shows all. */
  minDegree: number;
  /** Only the `topN` entities highest by `topBy`; 0 shows all. */
  topN: number;
  topBy: Measure;
  sizeBy: Measure;
  colorBy: ColorMode;
  ego: EgoFocus | null;
  /** The timeline's brush: only edges with evidence in this range of days are shown. */
  since: string | null;
  until: string | null;
  /** The panel shows the article list, or one article in the reader. */
  articleList: boolean;
  article: string | null;
}

export function initialState(): ViewState {
  return {
    hoveredNode: null,
    selectedNode: null,
    selectedEdge: null,
    hiddenKinds: new Set(),
    hiddenRelations: new Set(),
    coMentions: false,
    unconnected: 'auto',
    minDegree: 0,
    topN: 0,
    topBy: 'degree',
    sizeBy: 'degree',
    colorBy: 'kind',
    ego: null,
    since: null,
    until: null,
    articleList: false,
    article: null,
  };
}

/** The parts of the state that decide which nodes and edges are shown. */
const FILTER_KEYS = ['hiddenKinds', 'hiddenRelations', 'coMentions', 'unconnected', 'minDegree', 'topN', 'topBy', 'ego', 'since', 'until'] as const;

export function filtersChanged(state: ViewState, previous: ViewState): boolean {
  return FILTER_KEYS.some((key) => state[key] !== previous[key]);
}

export type Listener = (state: ViewState, previous: ViewState) => void;

/** Holds the view state; every change goes through set() and reaches every listener. */
export class Store {
  private state: ViewState;
  private readonly listeners: Listener[] = [];

  constructor(state: ViewState = initialState()) {
    this.state = state;
  }

  get(): ViewState {
    return this.state;
  }

  set(patch: Partial<ViewState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }
}

/** Toggles one member of a set without changing the original. */
export function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}
