// The groups coreference works on: every found name grouped by identity (a country's code) or
// by name key, the group's kind taken from its most certain mention, and groups folded into
// others as short names are tied to full ones.
import type { Piece } from './entities/piece';
import { nameKey } from './entities/gazetteer';

/** A classified piece at its place in the text. */
export interface Found {
  piece: Piece;
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** The name stands where places stand ("in Abc"). */
  locative: boolean;
  /** "the" comes right before the name, as it never does before a person's. */
  definite?: boolean;
}

export interface Group {
  key: string;
  found: Found[];
  kind: Piece['kind'];
  strength: number;
  rule: string;
  label?: string;
  /** Set when the group was folded into another one. */
  into?: Group;
}

// Loops, not spreads: a long article gives one name tens of thousands of mentions.
export function tokenCount(g: Group): number {
  let most = 0;
  for (const f of g.found) most = Math.max(most, f.piece.tokens.length);
  return most;
}
export const root = (g: Group): Group => (g.into ? root(g.into) : g);

export function groupFound(found: Found[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const f of found) {
    const key = f.piece.identity ?? nameKey(f.text);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) {
      g = { key, found: [], kind: f.piece.kind, strength: -1, rule: f.piece.rule };
      groups.set(key, g);
    }
    g.found.push(f);
    if (f.piece.strength > g.strength) {
      g.kind = f.piece.kind;
      g.strength = f.piece.strength;
      g.rule = f.piece.rule;
    }
    if (f.piece.label) g.label = f.piece.label;
  }
  return groups;
}

export function merge(from: Group, to: Group, rule: string): void {
  const target = root(to);
  if (target === from) return;
  from.into = target;
  for (const f of from.found) target.found.push(f);
  target.rule = `${target.rule}+${rule}`;
}


/** The found name with the most tokens. */
export const fullestFound = (g: Group): Found => g.found.reduce((a, b) => (b.piece.tokens.length > a.piece.tokens.length ? b : a));

/** Adds a group to the list under a key. */
export function addTo(map: Map<string, Group[]>, key: string, g: Group): void {
  map.set(key, [...(map.get(key) ?? []), g]);
}
