// The shareable part of the view in the URL, e.g.
// ?node=KEY&kinds=person,city&relations=met-with&co-mentions=on&unconnected=shown&min-degree=2
//  &top=100&top-by=pagerank&size=mentions&color=community&focus=KEY&depth=2
//  &since=2024-03-01&until=2024-03-31
// kinds and relations list what is shown; absent means everything; since and until are the
// timeline's range. Anything at its default is left out; unknown values are ignored.
import { isIsoDate } from '../../src/dates';
import { ENTITY_KINDS, TYPED_RELATIONS, isEntityKind, isTypedRelation } from '../../src/schema';
import type { EntityKind, TypedRelation } from '../../src/types';
import { initialState, MEASURES, type Measure, type ViewState } from './state';

/** What the address can say: the selection and everything the filters and modes hold. */
export type UrlState = Pick<ViewState, 'hiddenKinds' | 'hiddenRelations' | 'coMentions' | 'unconnected' | 'minDegree' | 'topN' | 'topBy' | 'sizeBy' | 'colorBy' | 'ego' | 'since' | 'until'> & {
  node: string | null;
  hiddenKinds: Set<EntityKind>;
  hiddenRelations: Set<TypedRelation>;
};

function shownToHidden<T extends string>(param: string | null, all: readonly T[], isValid: (value: unknown) => value is T): Set<T> {
  if (param === null) return new Set();
  const shown = new Set(param.split(',').filter(isValid));
  return new Set(all.filter((value) => !shown.has(value)));
}

function dateParam(value: string | null): string | null {
  return value !== null && isIsoDate(value) ? value : null;
}

function count(param: string | null): number {
  return param !== null && /^\d{1,6}$/.test(param) ? Number(param) : 0;
}

function measure(param: string | null, fallback: Measure): Measure {
  return MEASURES.find((m) => m === param) ?? fallback;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const defaults = initialState();
  const unconnected = params.get('unconnected');
  const focus = params.get('focus');
  return {
    node: params.get('node'),
    hiddenKinds: shownToHidden(params.get('kinds'), ENTITY_KINDS, isEntityKind),
    hiddenRelations: shownToHidden(params.get('relations'), TYPED_RELATIONS, isTypedRelation),
    coMentions: params.get('co-mentions') === 'on',
    unconnected: unconnected === 'shown' || unconnected === 'hidden' ? unconnected : 'auto',
    minDegree: count(params.get('min-degree')),
    topN: count(params.get('top')),
    topBy: measure(params.get('top-by'), defaults.topBy),
    sizeBy: measure(params.get('size'), defaults.sizeBy),
    colorBy: params.get('color') === 'community' ? 'community' : 'kind',
    ego: focus === null || focus === '' ? null : { node: focus, depth: params.get('depth') === '2' ? 2 : 1 },
    since: dateParam(params.get('since')),
    until: dateParam(params.get('until')),
  };
}

export function urlSearchOf(state: ViewState): string {
  const params = new URLSearchParams();
  const defaults = initialState();
  if (state.selectedNode !== null) params.set('node', state.selectedNode);
  if (state.hiddenKinds.size > 0) params.set('kinds', ENTITY_KINDS.filter((kind) => !state.hiddenKinds.has(kind)).join(','));
  if (state.hiddenRelations.size > 0) params.set('relations', TYPED_RELATIONS.filter((relation) => !state.hiddenRelations.has(relation)).join(','));
  if (state.coMentions) params.set('co-mentions', 'on');
  if (state.unconnected !== 'auto') params.set('unconnected', state.unconnected);
  if (state.minDegree > 0) params.set('min-degree', String(state.minDegree));
  if (state.topN > 0) params.set('top', String(state.topN));
  if (state.topN > 0 && state.topBy !== defaults.topBy) params.set('top-by', state.topBy);
  if (state.sizeBy !== defaults.sizeBy) params.set('size', state.sizeBy);
  if (state.colorBy !== defaults.colorBy) params.set('color', state.colorBy);
  if (state.ego !== null) {
    params.set('focus', state.ego.node);
    if (state.ego.depth !== 1) params.set('depth', String(state.ego.depth));
  }
  if (state.since !== null) params.set('since', state.since);
  if (state.until !== null) params.set('until', state.until);
  // Commas stay readable in a shared link; URLSearchParams reads them back either way.
  const search = params.toString().replace(/%2C/gi, ',');
  return search === '' ? '' : `?${search}`;
}

/** Replaces the address (no new history entry per hover or click) when the shareable part changed. */
export function writeUrlState(state: ViewState): void {
  const search = urlSearchOf(state);
  if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
}
