// Communities of entities (Louvain, graphology-communities-louvain).
import louvain from 'graphology-communities-louvain';
import type { KnowledgeGraph } from '../types';
import { entityOf, relationOf } from './records';
import type { Entity, Relation } from './types';
import { undirectedView } from './undirected';

export interface Community {
  id: number;
  members: Entity[];
  /** The relations inside the community: the evidence that holds it together. */
  relations: Relation[];
}

/**
 * Louvain refuses mixed graphs, so it runs on the undirected projection, weighted by evidence
 * count; without a random walk it visits nodes in graph order and gives the same answer every run.
 * Largest community first; members most mentioned first.
 */
export function communities(graph: KnowledgeGraph): Community[] {
  if (graph.order === 0) return [];
  const assignment = louvain(undirectedView(graph), { getEdgeWeight: 'weight', randomWalk: false });
  const groups = new Map<number, Community>();
  graph.forEachNode((key) => {
    const id = assignment[key] ?? -1;
    let community = groups.get(id);
    if (!community) {
      community = { id, members: [], relations: [] };
      groups.set(id, community);
    }
    community.members.push(entityOf(graph, key));
  });
  graph.forEachEdge((edge, _a, source, target) => {
    const id = assignment[source];
    if (id !== undefined && id === assignment[target]) groups.get(id)?.relations.push(relationOf(graph, edge));
  });
  const ordered = [...groups.values()].sort((a, b) => b.members.length - a.members.length || a.id - b.id);
  for (const community of ordered) community.members.sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label));
  return ordered.map((community, index) => ({ ...community, id: index }));
}
