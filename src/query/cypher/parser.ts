// Parses the Cypher subset into a Query: MATCH patterns (with WHERE), RETURN, ORDER BY, SKIP,
// LIMIT. Clauses outside the subset are refused by name.
import { ownValue } from '../../object-names';
import type { Literal, NodePattern, Pattern, Query, RelPattern, ReturnItem, SortItem } from './ast';
import { checkQuery } from './check';
import { Cursor } from './cursor';
import { unsupported } from './errors';
import { parseExpression, parseLiteral } from './expression';
import { tokenize } from './lexer';
import { DEFAULT_MAX_HOPS, HARD_MAX_HOPS, limitError, MAX_PATTERN_ELEMENTS } from './limits';

const UNSUPPORTED_CLAUSES: Record<string, string> = {
  CREATE: 'CREATE',
  MERGE: 'MERGE',
  DELETE: 'DELETE',
  DETACH: 'DETACH DELETE',
  SET: 'SET',
  REMOVE: 'REMOVE',
  OPTIONAL: 'OPTIONAL MATCH',
  WITH: 'WITH',
  UNWIND: 'UNWIND',
  CALL: 'CALL',
  FOREACH: 'FOREACH',
  UNION: 'UNION',
  LOAD: 'LOAD CSV',
  USE: 'USE',
  SHOW: 'SHOW',
  START: 'START',
};

function refuseClause(cursor: Cursor): void {
  const token = cursor.peek();
  const feature = token.kind === 'name' ? ownValue(UNSUPPORTED_CLAUSES, token.text.toUpperCase()) : undefined;
  if (feature) throw unsupported(feature, token);
}

export function parseQuery(text: string): Query {
  const cursor = new Cursor(tokenize(text), text);
  const names = { next: 0 };
  const matches: Pattern[][] = [];
  let where: Query['where'];
  while (cursor.isKeyword('MATCH') || matches.length === 0) {
    refuseClause(cursor);
    cursor.expectKeyword('MATCH');
    const patterns: Pattern[] = [];
    do patterns.push(parsePattern(cursor, names));
    while (cursor.acceptSymbol(','));
    matches.push(patterns);
    if (cursor.acceptKeyword('WHERE')) {
      const condition = parseExpression(cursor);
      where = where ? { type: 'and', left: where, right: condition } : condition;
    }
  }
  const elements = matches.flat().reduce((sum, pattern) => sum + pattern.nodes.length + pattern.rels.length, 0);
  if (elements > MAX_PATTERN_ELEMENTS) throw limitError(`the query has ${elements} node and relationship patterns, more than the ${MAX_PATTERN_ELEMENTS} a query may have`);
  refuseClause(cursor);
  cursor.expectKeyword('RETURN');
  const distinct = cursor.acceptKeyword('DISTINCT');
  if (cursor.isSymbol('*')) throw unsupported('RETURN *', cursor.peek());
  const items: ReturnItem[] = [];
  do {
    const first = cursor.peek();
    const expr = parseExpression(cursor);
    const name = cursor.acceptKeyword('AS') ? cursor.expectName('a column name after AS').text : cursor.textSince(first);
    items.push({ expr, name, at: first });
  } while (cursor.acceptSymbol(','));
  const orderBy: SortItem[] = [];
  if (cursor.acceptKeyword('ORDER')) {
    cursor.expectKeyword('BY');
    do {
      const first = cursor.peek();
      const expr = parseExpression(cursor);
      const text = cursor.textSince(first);
      const descending = cursor.acceptKeyword('DESC') || cursor.acceptKeyword('DESCENDING');
      if (!descending && !cursor.acceptKeyword('ASC')) cursor.acceptKeyword('ASCENDING');
      orderBy.push({ expr, text, descending, at: first });
    } while (cursor.acceptSymbol(','));
  }
  const query: Query = { matches, distinct, items, orderBy };
  if (where) query.where = where;
  if (cursor.acceptKeyword('SKIP')) query.skip = cursor.expectInteger('a number after SKIP');
  if (cursor.acceptKeyword('LIMIT')) query.limit = cursor.expectInteger('a number after LIMIT');
  cursor.acceptSymbol(';');
  refuseClause(cursor);
  if (cursor.peek().kind !== 'end') throw cursor.error('expected the end of the query');
  checkQuery(query);
  return query;
}

function parsePattern(cursor: Cursor, names: { next: number }): Pattern {
  if (cursor.peek().kind === 'name' && cursor.isSymbol('=', 1)) throw unsupported('named paths (p = ...)', cursor.peek());
  if (cursor.peek().kind === 'name' && cursor.isSymbol('(', 1)) throw unsupported(`the function ${cursor.peek().text}()`, cursor.peek());
  const pattern: Pattern = { nodes: [parseNode(cursor, names)], rels: [] };
  while (cursor.isSymbol('-') || cursor.isSymbol('<')) {
    pattern.rels.push(parseRel(cursor, names));
    pattern.nodes.push(parseNode(cursor, names));
  }
  return pattern;
}

function optionalVariable(cursor: Cursor, names: { next: number }): string {
  const token = cursor.peek();
  if (token.kind === 'name' || token.kind === 'quoted-name') return cursor.next().text;
  names.next += 1;
  return ` ${names.next}`;
}

function parseProperties(cursor: Cursor): Map<string, Literal> {
  const properties = new Map<string, Literal>();
  if (!cursor.acceptSymbol('{')) return properties;
  if (!cursor.isSymbol('}')) {
    do {
      const key = cursor.expectName('a property name');
      cursor.expectSymbol(':');
      properties.set(key.text, parseLiteral(cursor));
    } while (cursor.acceptSymbol(','));
  }
  cursor.expectSymbol('}');
  return properties;
}

function parseNode(cursor: Cursor, names: { next: number }): NodePattern {
  const at = cursor.expectSymbol('(');
  const variable = optionalVariable(cursor, names);
  const labels: string[] = [];
  while (cursor.acceptSymbol(':')) {
    labels.push(cursor.expectName('a node label').text);
    if (cursor.isSymbol('|')) throw unsupported('label expressions (:a|b)', cursor.peek());
  }
  const properties = parseProperties(cursor);
  cursor.expectSymbol(')');
  return { variable, labels, properties, at };
}

function parseRel(cursor: Cursor, names: { next: number }): RelPattern {
  const at = cursor.peek();
  const left = cursor.acceptSymbol('<');
  cursor.expectSymbol('-');
  const rel: RelPattern = { variable: '', types: [], direction: 'both', properties: new Map(), at };
  if (cursor.acceptSymbol('[')) {
    rel.variable = optionalVariable(cursor, names);
    if (cursor.acceptSymbol(':')) {
      do {
        cursor.acceptSymbol(':');
        const type = cursor.expectName('a relationship type');
        if (type.kind === 'name' && cursor.isSymbol('-') && cursor.peek(1).kind === 'name') {
          throw cursor.error(`hyphenated relationship types go in backticks, as in [:\`${type.text}-${cursor.peek(1).text}\`]`);
        }
        rel.types.push(type.text);
      } while (cursor.acceptSymbol('|'));
    }
    if (cursor.isSymbol('*')) rel.range = parseRange(cursor);
    rel.properties = parseProperties(cursor);
    cursor.expectSymbol(']');
  } else {
    rel.variable = optionalVariable(cursor, names);
  }
  cursor.expectSymbol('-');
  const right = cursor.acceptSymbol('>');
  rel.direction = left === right ? 'both' : left ? 'in' : 'out';
  return rel;
}

/** `*N`, `*N..M`, `*..M`, `*N..` or `*`; without an upper bound the depth is DEFAULT_MAX_HOPS. */
function parseRange(cursor: Cursor): { min: number; max: number } {
  const star = cursor.expectSymbol('*');
  const min = cursor.peek().kind === 'number' ? cursor.expectInteger('a length') : undefined;
  let max = min;
  if (cursor.isSymbol('..') || min === undefined) {
    cursor.acceptSymbol('..');
    max = cursor.peek().kind === 'number' ? cursor.expectInteger('a length') : undefined;
  }
  const lower = min ?? 1;
  const upper = max ?? Math.max(lower, DEFAULT_MAX_HOPS);
  if (lower > upper) throw cursor.error(`range *${lower}..${upper} is empty`, star);
  if (upper > HARD_MAX_HOPS) {
    throw limitError(`a variable-length relationship may go at most ${HARD_MAX_HOPS} hops deep, found *${min ?? ''}..${upper} (line ${star.line}, column ${star.column})`);
  }
  return { min: lower, max: upper };
}
