// The shapes of query answers: entities and relations as plain records that carry their evidence.
import type { EntityKind, Evidence, RelationType } from '../types';

/** A node of the graph, with the articles that mention it. */
export interface Entity {
  key: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  articles: string[];
}

/** An edge of the graph, with the sentences that state it. */
export interface Relation {
  key: string;
  relation: RelationType;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  directed: boolean;
  weight: number;
  role?: string;
  status?: 'planned';
  evidence: Evidence[];
}

/** Another entity and the relations that tie it to the one asked about. */
export interface Connection {
  entity: Entity;
  relations: Relation[];
}

/** Which way to follow directed edges from an entity; undirected edges are followed either way. */
export type Direction = 'out' | 'in' | 'both';
