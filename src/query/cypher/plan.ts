// Plans the matching of MATCH patterns: which pattern first, from which node, and where each
// WHERE condition is checked. A pattern starts from its most selective node (a bound variable,
// a key, a label looked up in the index, then a kind), and each condition runs as soon as its
// variables are bound, so a two-hop pattern from a named node never scans the whole graph.
import type { EntityKind, KnowledgeGraph } from '../../types';
import type { Lookup } from '../lookup';
import type { Expr, NodePattern, PatternDirection, Query, RelPattern } from './ast';
import { limitError, MAX_UNRELATED_COMBINATIONS } from './limits';

export interface StartStep {
  kind: 'start';
  clause: number;
  node: NodePattern;
  /** Keys to try, or undefined when the variable is already bound. */
  candidates: string[] | undefined;
  checks: Expr[];
}

export interface HopStep {
  kind: 'hop';
  clause: number;
  from: string;
  rel: RelPattern;
  /** The pattern's direction as seen when walking from `from` to `to`. */
  direction: PatternDirection;
  to: NodePattern;
  checks: Expr[];
}

export type Step = StartStep | HopStep;

function conjuncts(expr: Expr | undefined): Expr[] {
  if (!expr) return [];
  return expr.type === 'and' ? [...conjuncts(expr.left), ...conjuncts(expr.right)] : [expr];
}

function variablesOf(expr: Expr, into = new Set<string>()): Set<string> {
  if (expr.type === 'variable') into.add(expr.name);
  else if (expr.type === 'property') into.add(expr.variable);
  else if (expr.type === 'list') expr.items.forEach((item) => variablesOf(item, into));
  else if (expr.type === 'compare' || expr.type === 'and' || expr.type === 'or') {
    variablesOf(expr.left, into);
    variablesOf(expr.right, into);
  } else if (expr.type === 'not' || expr.type === 'is-null') variablesOf(expr.operand, into);
  return into;
}

/** String values a condition pins `variable.property` to: `v.p = "x"`, `"x" = v.p`, `v.p IN ["x", "y"]`. */
function pinnedValues(condition: Expr, variable: string, property: string): string[] | undefined {
  if (condition.type !== 'compare') return undefined;
  const isTarget = (e: Expr): boolean => e.type === 'property' && e.variable === variable && e.property === property;
  const strings = (e: Expr): string[] | undefined => {
    if (e.type === 'literal' && typeof e.value === 'string') return [e.value];
    if (e.type === 'literal' && Array.isArray(e.value) && e.value.every((v) => typeof v === 'string')) return e.value as string[];
    if (e.type === 'list' && e.items.every((i) => i.type === 'literal' && typeof i.value === 'string')) {
      return e.items.map((i) => (i.type === 'literal' ? String(i.value) : ''));
    }
    return undefined;
  };
  if (condition.op === '=' && isTarget(condition.left)) return strings(condition.right)?.slice(0, 1);
  if (condition.op === '=' && isTarget(condition.right)) return strings(condition.left)?.slice(0, 1);
  if (condition.op === 'IN' && isTarget(condition.left) && condition.right.type === 'list') return strings(condition.right);
  return undefined;
}

/**
 * The smallest set of keys the node can be, from its property map, the WHERE conditions and its
 * label; every node only when nothing narrows it, and then the key list is made only if chosen.
 */
function candidatesFor(graph: KnowledgeGraph, lookup: Lookup, node: NodePattern, where: Expr[]): { cost: number; keys: () => string[] } {
  const options: string[][] = [];
  const key = node.properties.get('key');
  if (key !== undefined) options.push(typeof key === 'string' && graph.hasNode(key) ? [key] : []);
  const label = node.properties.get('label');
  if (label !== undefined) options.push(typeof label === 'string' ? lookup.byLabel.get(label) ?? [] : []);
  for (const condition of where) {
    const keys = pinnedValues(condition, node.variable, 'key');
    if (keys) options.push(keys.filter((k) => graph.hasNode(k)));
    const labels = pinnedValues(condition, node.variable, 'label');
    if (labels) options.push(labels.flatMap((l) => lookup.byLabel.get(l) ?? []));
  }
  const kind = node.labels[0];
  if (kind !== undefined) options.push(lookup.byKind.get(kind as EntityKind) ?? []);
  if (options.length === 0) return { cost: graph.order, keys: () => graph.nodes() };
  const best = options.reduce((smallest, option) => (option.length < smallest.length ? option : smallest));
  return { cost: best.length, keys: () => best };
}

const REVERSED: Record<PatternDirection, PatternDirection> = { out: 'in', in: 'out', both: 'both' };

/** How a start node reads in an error: its variable, or where it stands when it has none. */
function nodeName(node: NodePattern): string {
  return node.variable.startsWith(' ') ? `() at line ${node.at.line}, column ${node.at.column}` : `(${node.variable})`;
}

/**
 * Refuses patterns that share no variable when together they would pair more start nodes than
 * MAX_UNRELATED_COMBINATIONS: MATCH (a), (b) on 10k nodes is 100 million rows of nothing useful.
 */
function checkUnrelated(starts: Array<{ node: NodePattern; cost: number }>): void {
  if (starts.length < 2) return;
  const combinations = starts.reduce((product, start) => product * start.cost, 1);
  if (combinations <= MAX_UNRELATED_COMBINATIONS) return;
  throw limitError(
    `the patterns starting at ${starts.map((s) => nodeName(s.node)).join(' and ')} share no variable, so every match of one pairs with every match of the other: ` +
      `${starts.map((s) => s.cost).join(' × ')} combinations, more than the ${MAX_UNRELATED_COMBINATIONS} a query may ask for; join them by a relationship or narrow each (a kind, a label)`,
  );
}

export function planQuery(graph: KnowledgeGraph, lookup: Lookup, query: Query): Step[] {
  const where = conjuncts(query.where);
  const unrelated: Array<{ node: NodePattern; cost: number }> = [];
  const pending = where.map((expr) => ({ expr, variables: variablesOf(expr) }));
  const bound = new Set<string>();
  const steps: Step[] = [];
  const bind = (step: Step, variables: string[]): void => {
    for (const v of variables) bound.add(v);
    for (let i = pending.length - 1; i >= 0; i--) {
      const condition = pending[i];
      if (condition && [...condition.variables].every((v) => bound.has(v))) {
        step.checks.unshift(condition.expr);
        pending.splice(i, 1);
      }
    }
    steps.push(step);
  };
  query.matches.forEach((patterns, clause) => {
    const left = [...patterns];
    while (left.length > 0) {
      // The pattern and start node with the fewest candidates; bound variables cost one.
      let best = { pattern: 0, node: 0, candidates: undefined as (() => string[]) | undefined, cost: Infinity };
      left.forEach((pattern, p) => {
        pattern.nodes.forEach((node, n) => {
          const option = bound.has(node.variable) ? undefined : candidatesFor(graph, lookup, node, where);
          const cost = option?.cost ?? 1;
          if (cost < best.cost) best = { pattern: p, node: n, candidates: option?.keys, cost };
        });
      });
      const [pattern] = left.splice(best.pattern, 1);
      if (!pattern) break;
      const start = pattern.nodes[best.node] as NodePattern;
      // A start that is not a bound variable begins a part of the match unrelated to the rest.
      if (best.candidates !== undefined) unrelated.push({ node: start, cost: best.cost });
      bind({ kind: 'start', clause, node: start, candidates: best.candidates?.(), checks: [] }, [start.variable]);
      for (let i = best.node; i < pattern.rels.length; i++) {
        const rel = pattern.rels[i] as RelPattern;
        const to = pattern.nodes[i + 1] as NodePattern;
        const from = (pattern.nodes[i] as NodePattern).variable;
        bind({ kind: 'hop', clause, from, rel, direction: rel.direction, to, checks: [] }, [rel.variable, to.variable]);
      }
      for (let i = best.node - 1; i >= 0; i--) {
        const rel = pattern.rels[i] as RelPattern;
        const to = pattern.nodes[i] as NodePattern;
        const from = (pattern.nodes[i + 1] as NodePattern).variable;
        bind({ kind: 'hop', clause, from, rel, direction: REVERSED[rel.direction], to, checks: [] }, [rel.variable, to.variable]);
      }
    }
  });
  checkUnrelated(unrelated);
  // Conditions on no variable at all (WHERE 1 = 2) are checked once, at the first step.
  for (const condition of pending) steps[0]?.checks.push(condition.expr);
  return steps;
}
