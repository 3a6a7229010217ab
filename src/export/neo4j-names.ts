// Names the graph takes in Neo4j and Memgraph, shared by the CSV import files and the Cypher
// script so both load into the same shape.
import { ENTITY_KINDS } from '../schema';
import type { EntityKind, RelationType } from '../types';

/** Every entity is an `Entity` (ids are unique across kinds) and carries its kind as a label too. */
export const ENTITY_LABEL = 'Entity';

export const KIND_LABELS: Readonly<Record<EntityKind, string>> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, kind.charAt(0).toUpperCase() + kind.slice(1)]),
) as Record<EntityKind, string>;

/** Relationship types by Neo4j's convention: `met-with` becomes `MET_WITH`. */
export function relationshipType(relation: RelationType): string {
  return relation.toUpperCase().replace(/-/g, '_');
}
