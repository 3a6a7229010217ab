// What the user is looking at: hover, selection, filters and size mode. The graph is never
// written to for any of these; reducers read this state on each frame.
import type { EntityKind, TypedRelation } from '../../src/types';

export type SizeMode = 'degree' | 'mentions';

export interface ViewState {
  hoveredNode: string | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  hiddenKinds: ReadonlySet<EntityKind>;
  hiddenRelations: ReadonlySet<TypedRelation>;
  /** The co-mention layer (mentioned-with edges): off unless asked for. */
  coMentions: boolean;
  sizeBy: SizeMode;
}

export function initialState(): ViewState {
  return { hoveredNode: null, selectedNode: null, selectedEdge: null, hiddenKinds: new Set(), hiddenRelations: new Set(), coMentions: false, sizeBy: 'degree' };
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
