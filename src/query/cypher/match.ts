// Runs a plan: binds variables step by step, depth first, undoing each binding on the way back,
// and hands every complete row to `emit`, which answers whether more rows are wanted.
// Relationships are unique within a MATCH clause, as openCypher requires.
import type { KnowledgeGraph } from '../../types';
import type { Literal, NodePattern, PatternDirection, RelPattern } from './ast';
import { evaluate, nodeProperty, relProperty, type Bindings } from './evaluate';
import type { Budget } from './limits';
import type { HopStep, Step } from './plan';
import { equals, type Value } from './values';

function literal(value: Literal): Value {
  return Array.isArray(value) ? value.map(literal) : value;
}

function nodeFits(graph: KnowledgeGraph, key: string, pattern: NodePattern): boolean {
  const kind = graph.getNodeAttribute(key, 'kind');
  if (pattern.labels.some((label) => label !== kind)) return false;
  for (const [property, value] of pattern.properties) {
    if (equals(nodeProperty(graph, key, property), literal(value)) !== true) return false;
  }
  return true;
}

function relFits(graph: KnowledgeGraph, edge: string, pattern: RelPattern): boolean {
  if (pattern.types.length > 0 && !pattern.types.includes(graph.getEdgeAttribute(edge, 'relation'))) return false;
  for (const [property, value] of pattern.properties) {
    if (equals(relProperty(graph, edge, property), literal(value)) !== true) return false;
  }
  return true;
}

/** Edges at `node` in the pattern's direction; an undirected edge (met-with, sister-city) fits any arrow. */
function edgesAt(graph: KnowledgeGraph, node: string, direction: PatternDirection): string[] {
  if (direction === 'out') return graph.outboundEdges(node);
  if (direction === 'in') return graph.inboundEdges(node);
  return graph.edges(node);
}

const named = (variable: string): boolean => !variable.startsWith(' ');

/** `budget.tick()` runs at every node and edge tried, so a query that explodes stops on time. */
export function runPlan(graph: KnowledgeGraph, steps: Step[], emit: (row: Bindings) => boolean, budget: Budget): void {
  const row: Bindings = { nodes: new Map(), rels: new Map() };
  const used = new Map<number, Set<string>>();
  const usedIn = (clause: number): Set<string> => {
    let set = used.get(clause);
    if (!set) used.set(clause, (set = new Set()));
    return set;
  };
  const passes = (step: Step): boolean => step.checks.every((check) => evaluate(graph, check, row) === true);

  // Each returns false once `emit` wants no more rows.
  const run = (index: number): boolean => {
    const step = steps[index];
    if (!step) return emit(row);
    if (step.kind === 'start') {
      const bound = row.nodes.get(step.node.variable);
      if (bound !== undefined) return passes(step) ? run(index + 1) : true;
      for (const key of step.candidates ?? []) {
        budget.tick();
        if (!nodeFits(graph, key, step.node)) continue;
        row.nodes.set(step.node.variable, key);
        const more = !passes(step) || run(index + 1);
        row.nodes.delete(step.node.variable);
        if (!more) return false;
      }
      return true;
    }
    return hop(step, index);
  };

  /** Binds the far node of a hop (or checks it against its binding) and goes on. */
  const arrive = (step: HopStep, index: number, node: string, rel: string | string[]): boolean => {
    const bound = row.nodes.get(step.to.variable);
    if (bound !== undefined && bound !== node) return true;
    if (bound === undefined && !nodeFits(graph, node, step.to)) return true;
    if (bound === undefined) row.nodes.set(step.to.variable, node);
    if (named(step.rel.variable)) row.rels.set(step.rel.variable, rel);
    const more = !passes(step) || run(index + 1);
    if (named(step.rel.variable)) row.rels.delete(step.rel.variable);
    if (bound === undefined) row.nodes.delete(step.to.variable);
    return more;
  };

  const hop = (step: HopStep, index: number): boolean => {
    const from = row.nodes.get(step.from) as string;
    const used = usedIn(step.clause);
    if (!step.rel.range) {
      for (const edge of edgesAt(graph, from, step.direction)) {
        budget.tick();
        if (used.has(edge) || !relFits(graph, edge, step.rel)) continue;
        used.add(edge);
        const more = arrive(step, index, graph.opposite(from, edge), edge);
        used.delete(edge);
        if (!more) return false;
      }
      return true;
    }
    const { min, max } = step.rel.range;
    const path: string[] = [];
    // Depth-first over walks of min..max edges, each edge at most once.
    const walk = (node: string): boolean => {
      if (path.length >= min && !arrive(step, index, node, [...path])) return false;
      if (path.length === max) return true;
      for (const edge of edgesAt(graph, node, step.direction)) {
        budget.tick();
        if (used.has(edge) || !relFits(graph, edge, step.rel)) continue;
        used.add(edge);
        path.push(edge);
        const more = walk(graph.opposite(node, edge));
        path.pop();
        used.delete(edge);
        if (!more) return false;
      }
      return true;
    };
    return walk(from);
  };

  run(0);
}
