// The Cypher subset over the in-memory graph: parse, check, plan, match, project.
import type { KnowledgeGraph } from '../../types';
import { lookupOf } from '../lookup';
import { runPlan } from './match';
import { parseQuery } from './parser';
import { planQuery } from './plan';
import { createProjection, type CypherResult } from './project';

export type { CypherResult } from './project';
export { parseQuery } from './parser';

/** Runs a read-only Cypher query; throws KgError QUERY_SYNTAX (with line and column) or QUERY_UNSUPPORTED. */
export function runCypher(graph: KnowledgeGraph, query: string): CypherResult {
  const parsed = parseQuery(query);
  const projection = createProjection(graph, parsed);
  runPlan(graph, planQuery(graph, lookupOf(graph), parsed), projection.emit);
  return projection.result();
}
