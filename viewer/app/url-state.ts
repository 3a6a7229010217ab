// The shareable part of the view in the URL: ?node=KEY&kinds=person,city&relations=met-with&size=mentions.
// kinds and relations list what is shown; absent means everything. Unknown values are ignored.
import { ENTITY_KINDS, TYPED_RELATIONS, isEntityKind, isTypedRelation } from '../../src/schema';
import type { EntityKind, TypedRelation } from '../../src/types';
import type { SizeMode, ViewState } from './state';

export interface UrlState {
  node: string | null;
  hiddenKinds: Set<EntityKind>;
  hiddenRelations: Set<TypedRelation>;
  coMentions: boolean;
  sizeBy: SizeMode;
}

function shownToHidden<T extends string>(param: string | null, all: readonly T[], isValid: (value: unknown) => value is T): Set<T> {
  if (param === null) return new Set();
  const shown = new Set(param.split(',').filter(isValid));
  return new Set(all.filter((value) => !shown.has(value)));
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  return {
    node: params.get('node'),
    hiddenKinds: shownToHidden(params.get('kinds'), ENTITY_KINDS, isEntityKind),
    hiddenRelations: shownToHidden(params.get('relations'), TYPED_RELATIONS, isTypedRelation),
    coMentions: params.get('co-mentions') === 'on',
    sizeBy: params.get('size') === 'mentions' ? 'mentions' : 'degree',
  };
}

export function urlSearchOf(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selectedNode !== null) params.set('node', state.selectedNode);
  if (state.hiddenKinds.size > 0) params.set('kinds', ENTITY_KINDS.filter((kind) => !state.hiddenKinds.has(kind)).join(','));
  if (state.hiddenRelations.size > 0) params.set('relations', TYPED_RELATIONS.filter((relation) => !state.hiddenRelations.has(relation)).join(','));
  if (state.coMentions) params.set('co-mentions', 'on');
  if (state.sizeBy !== 'degree') params.set('size', state.sizeBy);
  // Commas stay readable in a shared link; URLSearchParams reads them back either way.
  const search = params.toString().replace(/%2C/gi, ',');
  return search === '' ? '' : `?${search}`;
}

/** Replaces the address (no new history entry per hover or click) when the shareable part changed. */
export function writeUrlState(state: ViewState): void {
  const search = urlSearchOf(state);
  if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
}
