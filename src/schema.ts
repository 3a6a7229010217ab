// The contract as data: kinds, relations with their direction and the kinds they may join,
// and the colours every renderer (layout, GEXF, viewer) uses for them.
import type { EntityKind, RelationType, TypedRelation } from './types';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'city', 'institution', 'country', 'region'];

export interface RelationSpec {
  directed: boolean;
  sources: readonly EntityKind[];
  targets: readonly EntityKind[];
}

export const RELATIONS: Readonly<Record<RelationType, RelationSpec>> = {
  'met-with': { directed: false, sources: ['person'], targets: ['person'] },
  'quoted-by': { directed: true, sources: ['person', 'institution'], targets: ['institution'] },
  'sister-city': { directed: false, sources: ['city'], targets: ['city'] },
  'affiliated-with': { directed: true, sources: ['person'], targets: ['institution', 'city', 'country', 'region'] },
  visited: { directed: true, sources: ['person'], targets: ['city', 'region', 'country', 'institution'] },
  'located-in': { directed: true, sources: ['city', 'institution', 'region'], targets: ['region', 'country', 'city'] },
  'mentioned-with': { directed: false, sources: ENTITY_KINDS, targets: ENTITY_KINDS },
};

/** Every relation of the contract, `mentioned-with` last. */
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

/**
 * Named in the same sentence: a browsing and layout aid, not a statement. Typed queries, the
 * scorer and exports leave it out unless asked (src/graph/co-mentions.ts builds it).
 */
export const CO_MENTION = 'mentioned-with' satisfies RelationType;

/** The relations the articles state, found by the extractor's rules. */
export const TYPED_RELATIONS = RELATION_TYPES.filter((relation): relation is TypedRelation => relation !== CO_MENTION);

// Colour-blind-safe palette (Okabe-Ito), one colour per kind and per relation.
export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  person: '#0072B2',
  city: '#E69F00',
  institution: '#009E73',
  country: '#CC79A7',
  region: '#D55E00',
};

export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  'met-with': '#0072B2',
  'quoted-by': '#009E73',
  'sister-city': '#E69F00',
  'affiliated-with': '#999999',
  visited: '#CC79A7',
  'located-in': '#BBBBBB',
  'mentioned-with': '#C9CED6',
};

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  // Own properties only: `"constructor" in RELATIONS` is true.
  return typeof value === 'string' && Object.hasOwn(RELATIONS, value);
}

export function isTypedRelation(value: unknown): value is TypedRelation {
  return isRelationType(value) && value !== CO_MENTION;
}
