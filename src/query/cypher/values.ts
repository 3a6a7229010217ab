// Cypher values over the graph and openCypher's rules for them: three-valued equality (null
// compares as unknown), comparisons only within a type, and one total order for ORDER BY.
import type { KnowledgeGraph } from '../../types';
import { entityOf, relationOf } from '../records';
import type { Entity, Relation } from '../types';

export type Value = null | boolean | number | string | Value[] | NodeRef | RelRef | MapValue;
export interface NodeRef {
  node: string;
}
export interface RelRef {
  edge: string;
}
export interface MapValue {
  map: Record<string, Value>;
}

function isNode(value: Value): value is NodeRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'node' in value;
}
function isRel(value: Value): value is RelRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'edge' in value;
}
function isMap(value: Value): value is MapValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'map' in value;
}

/** `=` in openCypher: true, false, or null when the answer is unknown because of a null. */
export function equals(a: Value, b: Value): boolean | null {
  if (a === null || b === null) return null;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    let unknown = false;
    for (let i = 0; i < a.length; i++) {
      const same = equals(a[i] as Value, b[i] as Value);
      if (same === false) return false;
      if (same === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if (isNode(a) || isNode(b)) return isNode(a) && isNode(b) && a.node === b.node;
  if (isRel(a) || isRel(b)) return isRel(a) && isRel(b) && a.edge === b.edge;
  if (isMap(a) || isMap(b)) return isMap(a) && isMap(b) && sortKey(a) === sortKey(b);
  return a === b;
}

/** `<` and `>`: numbers with numbers, strings with strings, booleans with booleans; otherwise null. */
export function compare(a: Value, b: Value): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return null;
}

// openCypher's ascending order across types: map, node, relationship, list, string, boolean, number, null.
function typeRank(value: Value): number {
  if (value === null) return 7;
  if (typeof value === 'number') return 6;
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'string') return 4;
  if (Array.isArray(value)) return 3;
  if (isRel(value)) return 2;
  if (isNode(value)) return 1;
  return 0;
}

/** A total order for ORDER BY: by type first, then within the type; nulls last. */
export function order(a: Value, b: Value): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) return rank;
  const within = compare(a, b);
  if (within !== null) return within;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = order(a[i] as Value, b[i] as Value);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** A string equal for equal values, for DISTINCT and grouping. */
export function sortKey(value: Value): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && 'map' in v) {
      const entries = Object.entries((v as MapValue).map).sort(([a], [b]) => (a < b ? -1 : 1));
      return { map: entries };
    }
    return v;
  });
}

export type Output = null | boolean | number | string | Output[] | Entity | Relation | { [key: string]: Output };

/** A value as answers carry it: nodes as entities, relationships as relations with their evidence. */
export function toOutput(graph: KnowledgeGraph, value: Value): Output {
  if (Array.isArray(value)) return value.map((v) => toOutput(graph, v));
  if (isNode(value)) return entityOf(graph, value.node);
  if (isRel(value)) return relationOf(graph, value.edge);
  if (isMap(value)) return Object.fromEntries(Object.entries(value.map).map(([k, v]) => [k, toOutput(graph, v)]));
  return value;
}
