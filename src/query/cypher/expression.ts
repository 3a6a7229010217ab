// Parses WHERE, RETURN and ORDER BY expressions: comparisons, AND/OR/NOT, IN, CONTAINS,
// STARTS WITH, ENDS WITH, IS [NOT] NULL, literals, lists, variables, properties and count().
import { ownValue } from '../../object-names';
import type { CompareOp, Expr, Literal } from './ast';
import type { Cursor } from './cursor';
import { unsupported } from './errors';

const COMPARISONS: readonly string[] = ['=', '<>', '<', '>', '<=', '>='];
const ARITHMETIC: readonly string[] = ['+', '-', '*', '/', '%', '^'];
// Words that end or join expressions; written bare they are never variables (backticks make them names).
const RESERVED = new Set(['MATCH', 'RETURN', 'WHERE', 'ORDER', 'BY', 'SKIP', 'LIMIT', 'AND', 'OR', 'NOT', 'IN', 'AS', 'DISTINCT', 'CONTAINS', 'STARTS', 'ENDS', 'IS', 'ASC', 'DESC']);
const UNSUPPORTED_WORDS: Record<string, string> = {
  XOR: 'XOR',
  CASE: 'CASE expressions',
  EXISTS: 'EXISTS',
  ALL: 'list predicates (ALL)',
  ANY: 'list predicates (ANY)',
  NONE: 'list predicates (NONE)',
  SINGLE: 'list predicates (SINGLE)',
};

export function parseExpression(cursor: Cursor): Expr {
  cursor.descend();
  const terms = [parseAnd(cursor)];
  while (cursor.acceptKeyword('OR')) terms.push(parseAnd(cursor));
  if (cursor.isKeyword('XOR')) throw unsupported('XOR', cursor.peek());
  cursor.ascend();
  return balanced('or', terms);
}

function parseAnd(cursor: Cursor): Expr {
  const terms = [parseNot(cursor)];
  while (cursor.acceptKeyword('AND')) terms.push(parseNot(cursor));
  return balanced('and', terms);
}

/**
 * A chain `a OR b OR c ...` as a balanced tree (AND and OR are associative, nulls included), so a
 * generated query of thousands of terms is walked log2(n) deep, not n deep.
 */
function balanced(type: 'and' | 'or', terms: Expr[]): Expr {
  if (terms.length === 1) return terms[0] as Expr;
  const middle = terms.length >> 1;
  return { type, left: balanced(type, terms.slice(0, middle)), right: balanced(type, terms.slice(middle)) };
}

function parseNot(cursor: Cursor): Expr {
  if (!cursor.acceptKeyword('NOT')) return parseComparison(cursor);
  cursor.descend();
  const operand = parseNot(cursor);
  cursor.ascend();
  return { type: 'not', operand };
}

function parseComparison(cursor: Cursor): Expr {
  const left = parseOperand(cursor);
  const token = cursor.peek();
  let op: CompareOp | undefined;
  if (token.kind === 'symbol' && COMPARISONS.includes(token.text)) op = token.text as CompareOp;
  else if (cursor.isKeyword('IN')) op = 'IN';
  else if (cursor.isKeyword('CONTAINS')) op = 'CONTAINS';
  else if (cursor.isKeyword('STARTS') || cursor.isKeyword('ENDS')) {
    op = cursor.isKeyword('STARTS') ? 'STARTS WITH' : 'ENDS WITH';
    cursor.next();
    if (!cursor.isKeyword('WITH')) throw cursor.error(`expected ${op}`);
  } else if (cursor.isKeyword('IS')) {
    cursor.next();
    const negated = cursor.acceptKeyword('NOT');
    cursor.expectKeyword('NULL');
    return { type: 'is-null', operand: left, negated };
  } else if (cursor.isSymbol('=~')) {
    throw unsupported('regular expressions (=~)', token);
  }
  if (!op) return left;
  cursor.next();
  return { type: 'compare', op, left, right: parseOperand(cursor) };
}

/** An atom; arithmetic after it is refused by name rather than misread. */
function parseOperand(cursor: Cursor): Expr {
  const expr = parseAtom(cursor);
  const token = cursor.peek();
  if (token.kind === 'symbol' && ARITHMETIC.includes(token.text)) {
    throw unsupported(`arithmetic and pattern expressions ("${token.text}" after a value)`, token);
  }
  if (token.kind === 'symbol' && (token.text === '[' || token.text === '.')) {
    throw unsupported(`"${token.text}" here (only variable.property is supported)`, token);
  }
  return expr;
}

function parseAtom(cursor: Cursor): Expr {
  const token = cursor.peek();
  if (token.kind === 'string') {
    cursor.next();
    return { type: 'literal', value: token.text };
  }
  if (token.kind === 'number') {
    cursor.next();
    return { type: 'literal', value: Number(token.text) };
  }
  if (token.kind === 'symbol') {
    if (token.text === '-' && cursor.peek(1).kind === 'number') {
      cursor.next();
      return { type: 'literal', value: -Number(cursor.next().text) };
    }
    if (token.text === '[') return parseList(cursor);
    if (token.text === '(') {
      cursor.next();
      const inner = parseExpression(cursor);
      cursor.expectSymbol(')');
      return inner;
    }
    if (token.text === '{') throw unsupported('map literals', token);
    throw cursor.error('expected a value');
  }
  if (token.kind === 'name') {
    const upper = token.text.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') {
      cursor.next();
      return { type: 'literal', value: upper === 'TRUE' };
    }
    if (upper === 'NULL') {
      cursor.next();
      return { type: 'literal', value: null };
    }
    const feature = ownValue(UNSUPPORTED_WORDS, upper);
    if (feature) throw unsupported(feature, token);
    if (RESERVED.has(upper)) throw cursor.error('expected a value');
    if (cursor.isSymbol('(', 1)) return parseCall(cursor);
  }
  if (token.kind === 'name' || token.kind === 'quoted-name') {
    cursor.next();
    if (!cursor.acceptSymbol('.')) return { type: 'variable', name: token.text, at: token };
    const property = cursor.expectName('a property name');
    return { type: 'property', variable: token.text, property: property.text, at: property };
  }
  throw cursor.error('expected a value');
}

function parseCall(cursor: Cursor): Expr {
  const name = cursor.next();
  if (name.text.toLowerCase() !== 'count') throw unsupported(`the function ${name.text}()`, name);
  cursor.expectSymbol('(');
  const distinct = cursor.acceptKeyword('DISTINCT');
  const operand = !distinct && cursor.acceptSymbol('*') ? '*' : parseExpression(cursor);
  cursor.expectSymbol(')');
  return { type: 'count', operand, distinct, at: name };
}

function parseList(cursor: Cursor): Expr {
  cursor.expectSymbol('[');
  const items: Expr[] = [];
  if (!cursor.isSymbol(']')) {
    do items.push(parseExpression(cursor));
    while (cursor.acceptSymbol(','));
  }
  if (cursor.isSymbol('|') || cursor.isKeyword('WHERE')) throw unsupported('list comprehensions', cursor.peek());
  cursor.expectSymbol(']');
  return { type: 'list', items };
}

/** A literal value (string, number, boolean, null, or a list of them), as property maps take. */
export function parseLiteral(cursor: Cursor): Literal {
  const expr = parseAtom(cursor);
  const value = literalOf(expr);
  if (value === undefined) throw cursor.error('expected a literal value in a property map', cursor.previous());
  return value;
}

function literalOf(expr: Expr): Literal | undefined {
  if (expr.type === 'literal') return expr.value;
  if (expr.type !== 'list') return undefined;
  const values = expr.items.map(literalOf);
  return values.every((v) => v !== undefined) ? (values as Literal[]) : undefined;
}
