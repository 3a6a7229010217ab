// Evaluates expressions against the variables bound so far, with openCypher's null logic:
// a comparison with null is unknown, NOT unknown is unknown, false AND unknown is false.
import type { KnowledgeGraph } from '../../types';
import type { CompareOp, Expr, Literal } from './ast';
import { compare, equals, type Value } from './values';

/** What a matched row binds: node variables to node keys, relationship variables to edge keys. */
export interface Bindings {
  nodes: Map<string, string>;
  rels: Map<string, string | string[]>;
}

export function nodeProperty(graph: KnowledgeGraph, node: string, property: string): Value {
  if (property === 'key') return node;
  const a = graph.getNodeAttributes(node);
  switch (property) {
    case 'label':
      return a.label;
    case 'kind':
      return a.kind;
    case 'aliases':
      return [...a.aliases];
    case 'mentions':
      return a.mentions;
    case 'articles':
      return [...a.articles];
    default:
      return null;
  }
}

export function relProperty(graph: KnowledgeGraph, edge: string, property: string): Value {
  if (property === 'key') return edge;
  const a = graph.getEdgeAttributes(edge);
  switch (property) {
    case 'relation':
      return a.relation;
    case 'weight':
      return a.weight;
    case 'role':
      return a.role ?? null;
    case 'status':
      return a.status ?? null;
    case 'firstSeen':
      return a.firstSeen ?? null;
    case 'lastSeen':
      return a.lastSeen ?? null;
    case 'evidence':
      return a.evidence.map((e) => {
        const map: Record<string, Value> = { article: e.article, sentence: e.sentence, start: e.start, end: e.end };
        if (e.date !== undefined) map.date = e.date;
        if (e.dateSource !== undefined) map.dateSource = e.dateSource;
        return { map };
      });
    default:
      return null;
  }
}

function literal(value: Literal): Value {
  return Array.isArray(value) ? value.map(literal) : value;
}

function truth(value: Value): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

export function evaluate(graph: KnowledgeGraph, expr: Expr, row: Bindings): Value {
  switch (expr.type) {
    case 'literal':
      return literal(expr.value);
    case 'list':
      return expr.items.map((item) => evaluate(graph, item, row));
    case 'variable': {
      const node = row.nodes.get(expr.name);
      if (node !== undefined) return { node };
      const rel = row.rels.get(expr.name);
      if (rel === undefined) return null;
      return Array.isArray(rel) ? rel.map((edge) => ({ edge })) : { edge: rel };
    }
    case 'property': {
      const node = row.nodes.get(expr.variable);
      if (node !== undefined) return nodeProperty(graph, node, expr.property);
      const rel = row.rels.get(expr.variable);
      return typeof rel === 'string' ? relProperty(graph, rel, expr.property) : null;
    }
    case 'compare':
      return compareValues(expr.op, evaluate(graph, expr.left, row), evaluate(graph, expr.right, row));
    case 'is-null': {
      const isNull = evaluate(graph, expr.operand, row) === null;
      return expr.negated ? !isNull : isNull;
    }
    case 'not': {
      const operand = truth(evaluate(graph, expr.operand, row));
      return operand === null ? null : !operand;
    }
    case 'and': {
      const left = truth(evaluate(graph, expr.left, row));
      if (left === false) return false;
      const right = truth(evaluate(graph, expr.right, row));
      if (right === false) return false;
      return left === null || right === null ? null : true;
    }
    case 'or': {
      const left = truth(evaluate(graph, expr.left, row));
      if (left === true) return true;
      const right = truth(evaluate(graph, expr.right, row));
      if (right === true) return true;
      return left === null || right === null ? null : false;
    }
    case 'count':
      // Aggregates are computed by the projection, never row by row; check.ts keeps them out of here.
      return null;
  }
}

function compareValues(op: CompareOp, left: Value, right: Value): Value {
  switch (op) {
    case '=':
      return equals(left, right);
    case '<>': {
      const same = equals(left, right);
      return same === null ? null : !same;
    }
    case '<':
    case '>':
    case '<=':
    case '>=': {
      const c = compare(left, right);
      if (c === null) return null;
      return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
    }
    case 'IN': {
      if (!Array.isArray(right)) return null;
      let unknown = false;
      for (const item of right) {
        const same = equals(left, item);
        if (same === true) return true;
        if (same === null) unknown = true;
      }
      return unknown ? null : false;
    }
    case 'CONTAINS':
    case 'STARTS WITH':
    case 'ENDS WITH':
      if (typeof left !== 'string' || typeof right !== 'string') return null;
      return op === 'CONTAINS' ? left.includes(right) : op === 'STARTS WITH' ? left.startsWith(right) : left.endsWith(right);
  }
}
