// The Cypher subset over the in-memory graph: parse, check, plan, match, project.
import type { KnowledgeGraph } from '../../types';
import { lookupOf } from '../lookup';
import { runPlan } from './match';
import { parseQuery } from './parser';
import { planQuery } from './plan';
import { Budget, DEFAULT_LIMITS, type CypherLimits } from './limits';
import { createProjection, type CypherResult } from './project';

export type { CypherResult } from './project';
export { parseQuery } from './parser';
export { DEFAULT_LIMITS, DEFAULT_MAX_HOPS, HARD_MAX_HOPS, MAX_UNRELATED_COMBINATIONS, type CypherLimits } from './limits';

/**
 * Runs a read-only Cypher query within `limits` (DEFAULT_LIMITS where not given); throws KgError
 * QUERY_SYNTAX (with line and column), QUERY_UNSUPPORTED, or QUERY_LIMIT when the query would cost
 * more than a limit allows.
 */
export function runCypher(graph: KnowledgeGraph, query: string, limits: Partial<CypherLimits> = {}): CypherResult {
  const within: CypherLimits = { maxRows: limits.maxRows ?? DEFAULT_LIMITS.maxRows, timeoutMs: limits.timeoutMs ?? DEFAULT_LIMITS.timeoutMs };
  const budget = new Budget(within.timeoutMs);
  const parsed = parseQuery(query);
  const projection = createProjection(graph, parsed, within);
  runPlan(graph, planQuery(graph, lookupOf(graph), parsed), projection.emit, budget);
  return projection.result();
}
