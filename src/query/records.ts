// Turns graph nodes and edges into answer records, copying arrays so callers cannot alter the graph.
import type { KnowledgeGraph } from '../types';
import type { Connection, Entity, Relation } from './types';

export function entityOf(graph: KnowledgeGraph, key: string): Entity {
  const a = graph.getNodeAttributes(key);
  return { key, label: a.label, kind: a.kind, aliases: [...a.aliases], mentions: a.mentions, articles: [...a.articles] };
}

export function relationOf(graph: KnowledgeGraph, edge: string): Relation {
  const a = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const relation: Relation = {
    key: edge,
    relation: a.relation,
    source,
    target,
    sourceLabel: graph.getNodeAttribute(source, 'label'),
    targetLabel: graph.getNodeAttribute(target, 'label'),
    directed: graph.isDirected(edge),
    weight: a.weight,
    evidence: a.evidence.map((e) => ({ ...e })),
  };
  if (a.role !== undefined) relation.role = a.role;
  if (a.status !== undefined) relation.status = a.status;
  return relation;
}

/** Groups relations by the entity at their other end, in first-seen order. */
export function connectionsOf(graph: KnowledgeGraph, from: string, edges: Iterable<string>): Connection[] {
  const byOther = new Map<string, Connection>();
  for (const edge of edges) {
    const other = graph.opposite(from, edge);
    let connection = byOther.get(other);
    if (!connection) {
      connection = { entity: entityOf(graph, other), relations: [] };
      byOther.set(other, connection);
    }
    connection.relations.push(relationOf(graph, edge));
  }
  return [...byOther.values()];
}
