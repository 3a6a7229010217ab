// Relations filtered by type, source, target and status.
import type { KnowledgeGraph, RelationType } from '../types';
import { resolveEntity } from './find';
import { relationSet } from './neighbours';
import { relationOf } from './records';
import type { Relation } from './types';

export interface RelationFilter {
  relation?: RelationType | RelationType[];
  /** Name of the subject; an undirected edge (met-with, sister-city) matches at either end. */
  source?: string;
  /** Name of the object; an undirected edge matches at either end. */
  target?: string;
  /** "planned": only relations stated as planned; "stated": only those stated as fact. */
  status?: 'planned' | 'stated';
}

/** Every relation that passes the filter, most evidence first. Unknown names throw QUERY_UNKNOWN_ENTITY. */
export function relations(graph: KnowledgeGraph, filter: RelationFilter = {}): Relation[] {
  const types = relationSet(filter.relation);
  const source = filter.source === undefined ? undefined : resolveEntity(graph, filter.source).key;
  const target = filter.target === undefined ? undefined : resolveEntity(graph, filter.target).key;
  const endsMatch = (edge: string): boolean => {
    const s = graph.source(edge);
    const t = graph.target(edge);
    if (graph.isUndirected(edge) && source !== undefined && target !== undefined) {
      return (source === s && target === t) || (source === t && target === s);
    }
    if (graph.isUndirected(edge)) {
      const end = source ?? target;
      return end === undefined || end === s || end === t;
    }
    return (source === undefined || source === s) && (target === undefined || target === t);
  };
  const anchor = source ?? target;
  const candidates = anchor === undefined ? graph.edges() : graph.edges(anchor);
  const found: Relation[] = [];
  for (const edge of candidates) {
    const a = graph.getEdgeAttributes(edge);
    if (types && !types.has(a.relation)) continue;
    if (filter.status === 'planned' && a.status !== 'planned') continue;
    if (filter.status === 'stated' && a.status === 'planned') continue;
    if (!endsMatch(edge)) continue;
    found.push(relationOf(graph, edge));
  }
  return found.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
}
