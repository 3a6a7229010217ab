// Checks a parsed query against the graph's contract before running it: labels are entity kinds,
// relationship types are relations, properties exist, variables are bound once and used as bound,
// and count() stands alone in RETURN. A mistake here would otherwise answer with silent nothing.
import { ENTITY_KINDS, RELATION_TYPES, isEntityKind, isRelationType } from '../../schema';
import type { Expr, Query } from './ast';
import { invalid, unsupported, type Position } from './errors';

const NODE_PROPERTIES: readonly string[] = ['key', 'label', 'kind', 'aliases', 'mentions', 'articles'];
const REL_PROPERTIES: readonly string[] = ['key', 'relation', 'weight', 'role', 'status', 'evidence', 'firstSeen', 'lastSeen'];

type Binding = 'node' | 'relationship' | 'relationships';

export function checkQuery(query: Query): void {
  const bindings = new Map<string, Binding>();
  const bind = (name: string, binding: Binding, at: Position): void => {
    const previous = bindings.get(name);
    if (binding !== 'node' && previous !== undefined) throw unsupported(`using the relationship variable ${name} twice`, at);
    if (previous !== undefined && previous !== binding) throw invalid(`${name} is already a ${previous} variable`, at);
    bindings.set(name, binding);
  };
  const checkProperties = (keys: Iterable<string>, allowed: readonly string[], what: string, at: Position): void => {
    for (const key of keys) if (!allowed.includes(key)) throw invalid(`${what} have no property "${key}" (they have ${allowed.join(', ')})`, at);
  };
  for (const patterns of query.matches) {
    for (const pattern of patterns) {
      for (const node of pattern.nodes) {
        for (const label of node.labels) {
          if (!isEntityKind(label)) throw invalid(`unknown node label :${label} (labels are the kinds ${ENTITY_KINDS.join(', ')})`, node.at);
        }
        checkProperties(node.properties.keys(), NODE_PROPERTIES, 'nodes', node.at);
        bind(node.variable, 'node', node.at);
      }
      for (const rel of pattern.rels) {
        for (const type of rel.types) {
          if (!isRelationType(type)) throw invalid(`unknown relationship type :${type} (types are ${RELATION_TYPES.join(', ')}; hyphenated ones in backticks)`, rel.at);
        }
        checkProperties(rel.properties.keys(), REL_PROPERTIES, 'relationships', rel.at);
        bind(rel.variable, rel.range ? 'relationships' : 'relationship', rel.at);
      }
    }
  }
  const checkExpr = (expr: Expr, countAllowed: boolean): void => {
    switch (expr.type) {
      case 'literal':
        return;
      case 'list':
        return expr.items.forEach((item) => checkExpr(item, false));
      case 'variable':
        if (!bindings.has(expr.name)) throw invalid(`unknown variable ${expr.name}`, expr.at);
        return;
      case 'property': {
        const binding = bindings.get(expr.variable);
        if (binding === undefined) throw invalid(`unknown variable ${expr.variable}`, expr.at);
        if (binding === 'relationships') throw invalid(`${expr.variable} is a list of relationships (variable length); return it whole`, expr.at);
        const allowed = binding === 'node' ? NODE_PROPERTIES : REL_PROPERTIES;
        checkProperties([expr.property], allowed, binding === 'node' ? 'nodes' : 'relationships', expr.at);
        return;
      }
      case 'compare':
      case 'and':
      case 'or':
        checkExpr(expr.left, false);
        return checkExpr(expr.right, false);
      case 'not':
      case 'is-null':
        return checkExpr(expr.operand, false);
      case 'count':
        if (!countAllowed) throw unsupported('count() inside an expression or in WHERE (use it as a RETURN item)', expr.at);
        if (expr.operand !== '*') checkExpr(expr.operand, false);
        return;
    }
  };
  if (query.where) checkExpr(query.where, false);
  const names = new Set<string>();
  for (const item of query.items) {
    checkExpr(item.expr, true);
    if (names.has(item.name)) throw invalid(`two RETURN columns are named "${item.name}"`, item.at);
    names.add(item.name);
  }
  for (const sort of query.orderBy) {
    // ORDER BY may name a RETURN alias or repeat a RETURN item; anything else must be a plain expression.
    if (sort.expr.type === 'variable' && names.has(sort.expr.name)) continue;
    if (names.has(sort.text)) continue;
    checkExpr(sort.expr, false);
  }
}
