// Neighbours of an entity by relation and direction, to a given depth, and its ego network.
import { subgraph } from 'graphology-library/operators';
import type { KnowledgeGraph, RelationType } from '../types';
import { resolveEntity } from './find';
import { entityOf, relationOf } from './records';
import type { Direction, Entity, Relation } from './types';

export interface NeighbourOptions {
  relation?: RelationType | RelationType[];
  /** "out" follows directed edges from the entity, "in" towards it; undirected edges always count. */
  direction?: Direction;
  depth?: number;
}

export interface Neighbour {
  entity: Entity;
  depth: number;
  /** The entity one step nearer the start through which this one was reached. */
  via: string;
  /** The relations between `via` and this entity that pass the filter. */
  relations: Relation[];
}

/** Edges at `key` that pass the relation and direction filter. */
export function edgesAt(graph: KnowledgeGraph, key: string, relation: Set<RelationType> | undefined, direction: Direction): string[] {
  const edges = direction === 'out' ? graph.outboundEdges(key) : direction === 'in' ? graph.inboundEdges(key) : graph.edges(key);
  return relation ? edges.filter((edge) => relation.has(graph.getEdgeAttribute(edge, 'relation'))) : edges;
}

export function relationSet(relation: RelationType | RelationType[] | undefined): Set<RelationType> | undefined {
  return relation === undefined ? undefined : new Set(Array.isArray(relation) ? relation : [relation]);
}

/** Breadth-first neighbours up to `depth` (default 1), nearest first; each carries the relations that reached it. */
export function neighbours(graph: KnowledgeGraph, name: string, options: NeighbourOptions = {}): Neighbour[] {
  const start = resolveEntity(graph, name).key;
  const depth = options.depth ?? 1;
  const direction = options.direction ?? 'both';
  const filter = relationSet(options.relation);
  const found = new Map<string, Neighbour>([[start, { entity: entityOf(graph, start), depth: 0, via: start, relations: [] }]]);
  let frontier = [start];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of edgesAt(graph, node, filter, direction)) {
        const other = graph.opposite(node, edge);
        let neighbour = found.get(other);
        if (!neighbour) {
          neighbour = { entity: entityOf(graph, other), depth: level, via: node, relations: [] };
          found.set(other, neighbour);
          next.push(other);
        }
        if (neighbour.via === node && neighbour.depth === level) neighbour.relations.push(relationOf(graph, edge));
      }
    }
    frontier = next;
  }
  found.delete(start);
  return [...found.values()];
}

/**
 * The entity, everything within `depth` steps of it (any relation, either way) and the edges among
 * them, as a new graph. graphology-traversal cannot walk directed edges backwards on a mixed graph,
 * so the nodes come from `neighbours`; graphology-operators cuts the subgraph.
 */
export function egoNetwork(graph: KnowledgeGraph, name: string, depth = 1): KnowledgeGraph {
  const start = resolveEntity(graph, name).key;
  const keep = new Set<string>([start]);
  for (const neighbour of neighbours(graph, start, { depth })) keep.add(neighbour.entity.key);
  return subgraph(graph, keep) as KnowledgeGraph;
}
