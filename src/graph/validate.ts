// Checks a graph against the contract (../shared/CONTRACT.md, src/schema.ts): every node and edge
// attribute the other stages rely on, and the direction of every relation.
import { KgError } from '../errors';
import { isEntityKind, isRelationType, RELATIONS } from '../schema';
import type { KnowledgeGraph } from '../types';

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isEvidence(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.article === 'string' && typeof e.sentence === 'string' && Number.isFinite(e.start) && Number.isFinite(e.end);
}

/** Throws KgError GRAPH_INVALID naming `source` and the first offending node or edge. */
export function validateGraph(graph: KnowledgeGraph, source: string): void {
  const invalid = (what: string): never => {
    throw new KgError('GRAPH_INVALID', `${source}: ${what}`, source);
  };
  if (graph.type !== 'mixed' || !graph.multi) invalid(`graph must be mixed and multi, found ${graph.type}${graph.multi ? ' multi' : ''}`);
  graph.forEachNode((key, a) => {
    if (typeof a.label !== 'string' || a.label === '') invalid(`node "${key}" has no label`);
    if (!isEntityKind(a.kind)) invalid(`node "${key}" has unknown kind ${JSON.stringify(a.kind)}`);
    if (!isStringArray(a.aliases)) invalid(`node "${key}" has aliases that are not a list of strings`);
    if (!Number.isFinite(a.mentions)) invalid(`node "${key}" has no mention count`);
    if (!isStringArray(a.articles)) invalid(`node "${key}" has articles that are not a list of strings`);
    if ((a as unknown as Record<string, unknown>).type !== undefined) invalid(`node "${key}" sets "type", which sigma reserves for its drawing program`);
  });
  graph.forEachEdge((key, a, _source, _target, _sa, _ta, undirected) => {
    if (!isRelationType(a.relation)) invalid(`edge "${key}" has unknown relation ${JSON.stringify(a.relation)}`);
    if (RELATIONS[a.relation].directed === undirected) {
      invalid(`edge "${key}" (${a.relation}) must be ${RELATIONS[a.relation].directed ? 'directed' : 'undirected'}`);
    }
    if (!Array.isArray(a.evidence) || !a.evidence.every(isEvidence)) invalid(`edge "${key}" has malformed evidence`);
    if (!Number.isFinite(a.weight)) invalid(`edge "${key}" has no weight`);
    if (a.role !== undefined && typeof a.role !== 'string') invalid(`edge "${key}" has a role that is not a string`);
    if (a.status !== undefined && a.status !== 'planned') invalid(`edge "${key}" has unknown status ${JSON.stringify(a.status)}`);
    if ((a as unknown as Record<string, unknown>).type !== undefined) invalid(`edge "${key}" sets "type", which sigma reserves for its drawing program`);
  });
}
