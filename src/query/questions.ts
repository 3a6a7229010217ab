// The everyday questions: who met whom, who was quoted where, twinned cities, affiliations.
// Each is one relation seen from one entity; the answer lists the entities at the other end with
// the relations (and their evidence) that tie them.
import type { KnowledgeGraph, RelationType } from '../types';
import { resolveEntity } from './find';
import { edgesAt } from './neighbours';
import { connectionsOf } from './records';
import type { Connection, Direction } from './types';

function connected(graph: KnowledgeGraph, name: string, relation: RelationType, direction: Direction): Connection[] {
  const key = resolveEntity(graph, name).key;
  const weight = (c: Connection): number => c.relations.reduce((sum, r) => sum + r.weight, 0);
  return connectionsOf(graph, key, edgesAt(graph, key, new Set([relation]), direction)).sort(
    (a, b) => weight(b) - weight(a) || a.entity.label.localeCompare(b.entity.label),
  );
}

/** The people `name` met with (planned meetings included, marked by their status). */
export function whoMet(graph: KnowledgeGraph, name: string): Connection[] {
  return connected(graph, name, 'met-with', 'both');
}

/** The outlets that quoted the person `name` (quoted-by edges from it). */
export function quotes(graph: KnowledgeGraph, name: string): Connection[] {
  return connected(graph, name, 'quoted-by', 'out');
}

/** The people and institutions quoted by the outlet `name` (quoted-by edges to it). */
export function quotedBy(graph: KnowledgeGraph, name: string): Connection[] {
  return connected(graph, name, 'quoted-by', 'in');
}

/** The cities twinned with the city `name`. */
export function sisterCities(graph: KnowledgeGraph, name: string): Connection[] {
  return connected(graph, name, 'sister-city', 'both');
}

/** For a person, the places and institutions they are affiliated with; for those, the people affiliated with them. */
export function affiliations(graph: KnowledgeGraph, name: string): Connection[] {
  return connected(graph, name, 'affiliated-with', 'both');
}
