// RETURN: projects matched rows to columns, counts (count(*), count(x), count(DISTINCT x)) grouped
// by the other columns, DISTINCT, ORDER BY, SKIP and LIMIT.
import type { KnowledgeGraph } from '../../types';
import type { Query } from './ast';
import { invalid } from './errors';
import { checkRows, type CypherLimits } from './limits';
import { evaluate, type Bindings } from './evaluate';
import { order, sortKey, toOutput, type Output, type Value } from './values';

export interface CypherResult {
  columns: string[];
  rows: Array<Record<string, Output>>;
}

interface Projected {
  values: Value[];
  /** ORDER BY keys that are not RETURN columns (allowed without DISTINCT and count()). */
  extra: Value[];
}

/**
 * Collects rows as `runPlan` emits them; `emit` answers false once LIMIT is reached and order does
 * not matter. The rows held (and the groups, and the DISTINCT keys) never pass `limits.maxRows`:
 * with ORDER BY and LIMIT only the best SKIP + LIMIT rows are kept as they come.
 */
export function createProjection(
  graph: KnowledgeGraph,
  query: Query,
  limits: CypherLimits,
): { emit: (row: Bindings) => boolean; result: () => CypherResult } {
  const { items, orderBy, distinct } = query;
  const aggregated = items.some((item) => item.expr.type === 'count');
  const names = items.map((item) => item.name);
  const sorts = orderBy.map((sort) => {
    const byAlias = sort.expr.type === 'variable' ? names.indexOf(sort.expr.name) : -1;
    const column = byAlias >= 0 ? byAlias : names.indexOf(sort.text);
    if (column < 0 && (aggregated || distinct)) {
      throw invalid(`ORDER BY ${sort.text} must be a RETURN column when RETURN uses DISTINCT or count()`, sort.at);
    }
    return { ...sort, column };
  });
  const extras = sorts.filter((sort) => sort.column < 0);
  const wanted = query.limit === undefined ? Infinity : (query.skip ?? 0) + query.limit;
  const sortValue = (row: Projected, i: number): Value => {
    const sort = sorts[i];
    if (!sort) return null;
    return sort.column >= 0 ? (row.values[sort.column] ?? null) : (row.extra[extras.indexOf(sort)] ?? null);
  };
  const sortRows = (list: Projected[]): Projected[] =>
    list.sort((a, b) => {
      for (let i = 0; i < sorts.length; i++) {
        const c = order(sortValue(a, i), sortValue(b, i));
        if (c !== 0) return sorts[i]?.descending ? -c : c;
      }
      return 0;
    });
  let rows: Projected[] = [];
  const seen = new Set<string>();
  const groups = new Map<string, { values: Value[]; counts: Array<number | Set<string>> }>();

  const keep = (projected: Projected): boolean => {
    if (distinct) {
      const key = sortKey(projected.values);
      if (seen.has(key)) return true;
      seen.add(key);
      checkRows(seen.size, limits, 'finds');
    }
    rows.push(projected);
    // Sorted and cut back to the best `wanted` whenever twice as many are held: a stable sort of
    // what is kept gives the same first rows as sorting every row at the end.
    if (orderBy.length > 0 && rows.length >= 2 * wanted) rows = sortRows(rows).slice(0, wanted);
    checkRows(rows.length, limits, orderBy.length > 0 ? 'has to sort' : 'finds');
    return orderBy.length > 0 || rows.length < wanted;
  };

  const emit = (row: Bindings): boolean => {
    if (!aggregated) {
      return keep({ values: items.map((item) => evaluate(graph, item.expr, row)), extra: extras.map((sort) => evaluate(graph, sort.expr, row)) });
    }
    const values = items.map((item) => (item.expr.type === 'count' ? null : evaluate(graph, item.expr, row)));
    const key = sortKey(values);
    let group = groups.get(key);
    if (!group) {
      group = { values, counts: items.map((item) => (item.expr.type === 'count' && item.expr.distinct ? new Set<string>() : 0)) };
      groups.set(key, group);
      checkRows(groups.size, limits, 'groups into');
    }
    items.forEach((item, i) => {
      if (item.expr.type !== 'count' || !group) return;
      const value = item.expr.operand === '*' ? true : evaluate(graph, item.expr.operand, row);
      if (value === null) return;
      const count = group.counts[i];
      if (count instanceof Set) count.add(sortKey(value));
      else group.counts[i] = (count ?? 0) + 1;
    });
    return true;
  };

  const result = (): CypherResult => {
    if (aggregated) {
      // With nothing to group by, no rows still make one row of zero counts, as in openCypher.
      if (groups.size === 0 && items.every((item) => item.expr.type === 'count')) {
        groups.set('', { values: items.map(() => null), counts: items.map(() => 0) });
      }
      for (const group of groups.values()) {
        const values = group.values.map((value, i) => {
          const count = group.counts[i];
          return items[i]?.expr.type === 'count' ? (count instanceof Set ? count.size : count ?? 0) : value;
        });
        keep({ values, extra: [] });
      }
    }
    if (sorts.length > 0) rows = sortRows(rows);
    const skip = query.skip ?? 0;
    const page = rows.slice(skip, query.limit === undefined ? undefined : skip + query.limit);
    return {
      columns: names,
      rows: page.map((row) => Object.fromEntries(names.map((name, i) => [name, toOutput(graph, row.values[i] ?? null)]))),
    };
  };
  return { emit, result };
}
