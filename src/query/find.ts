// Finding entities by name or alias, as the graph compares names (case, accents and dots aside:
// "u.s." finds "US"), with "did you mean" for near misses.
import { KgError } from '../errors';
import { comparableName } from '../graph/keys';
import type { EntityKind, KnowledgeGraph } from '../types';
import { lookupOf, type MatchedBy } from './lookup';
import { entityOf } from './records';
import type { Entity } from './types';

export interface EntityMatch extends Entity {
  matchedBy: MatchedBy;
}

const RANK: Record<MatchedBy, number> = { label: 0, alias: 1, key: 2 };

/** Every entity whose label, alias or key is `name` (see comparableName): labels first, then by mentions. */
export function findEntities(graph: KnowledgeGraph, name: string): EntityMatch[] {
  const hits = lookupOf(graph).byName.get(comparableName(name)) ?? [];
  return hits
    .map((hit) => ({ ...entityOf(graph, hit.key), matchedBy: hit.matchedBy }))
    .sort((a, b) => RANK[a.matchedBy] - RANK[b.matchedBy] || b.mentions - a.mentions || a.key.localeCompare(b.key));
}

/** Levenshtein distance with a single rolling row. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, substitution));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** Labels of the entities whose names are closest to `name`, nearest first; only plausible misses. */
export function suggestNames(graph: KnowledgeGraph, name: string, limit = 3): string[] {
  const wanted = comparableName(name);
  // A third of the length, at least 2 edits: catches typos without suggesting unrelated names.
  const budget = Math.max(2, Math.floor(wanted.length / 3));
  const best = new Map<string, number>();
  for (const [candidate, hits] of lookupOf(graph).byName) {
    if (Math.abs(candidate.length - wanted.length) > budget) continue;
    const distance = candidate.includes(wanted) || wanted.includes(candidate) ? 1 : editDistance(wanted, candidate);
    if (distance > budget) continue;
    for (const hit of hits) {
      const label = graph.getNodeAttribute(hit.key, 'label');
      const previous = best.get(label);
      if (previous === undefined || distance < previous) best.set(label, distance);
    }
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([label]) => label);
}

/** The one entity a name stands for (see findEntities for the order); throws QUERY_UNKNOWN_ENTITY with suggestions. */
export function resolveEntity(graph: KnowledgeGraph, name: string): Entity {
  const [first] = findEntities(graph, name);
  if (first) {
    const { matchedBy: _matchedBy, ...entity } = first;
    return entity;
  }
  const suggestions = suggestNames(graph, name);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
  throw new KgError('QUERY_UNKNOWN_ENTITY', `no entity named "${name}" in the graph${hint}`, name);
}

/** Every entity of one kind, most mentioned first. */
export function entitiesByKind(graph: KnowledgeGraph, kind: EntityKind): Entity[] {
  const keys = lookupOf(graph).byKind.get(kind) ?? [];
  return keys.map((key) => entityOf(graph, key)).sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label));
}
