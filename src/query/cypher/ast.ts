// The syntax tree of the Cypher subset.
import type { Position } from './errors';

export type Literal = null | boolean | number | string | Literal[];

export interface NodePattern {
  /** Anonymous nodes get a generated variable starting with a space, which no query can write. */
  variable: string;
  labels: string[];
  properties: Map<string, Literal>;
  at: Position;
}

export type PatternDirection = 'out' | 'in' | 'both';

export interface RelPattern {
  variable: string;
  types: string[];
  direction: PatternDirection;
  properties: Map<string, Literal>;
  /** Present for variable-length relationships (`*1..3`). */
  range?: { min: number; max: number };
  at: Position;
}

/** A chain (a)-[r]-(b)-[s]-(c): nodes.length === rels.length + 1. */
export interface Pattern {
  nodes: NodePattern[];
  rels: RelPattern[];
}

export type CompareOp = '=' | '<>' | '<' | '>' | '<=' | '>=' | 'IN' | 'CONTAINS' | 'STARTS WITH' | 'ENDS WITH';

export type Expr =
  | { type: 'literal'; value: Literal }
  | { type: 'list'; items: Expr[] }
  | { type: 'variable'; name: string; at: Position }
  | { type: 'property'; variable: string; property: string; at: Position }
  | { type: 'compare'; op: CompareOp; left: Expr; right: Expr }
  | { type: 'is-null'; operand: Expr; negated: boolean }
  | { type: 'and' | 'or'; left: Expr; right: Expr }
  | { type: 'not'; operand: Expr }
  | { type: 'count'; operand: Expr | '*'; distinct: boolean; at: Position };

export interface ReturnItem {
  expr: Expr;
  /** The alias, or the expression as written. */
  name: string;
  at: Position;
}

export interface SortItem {
  expr: Expr;
  /** The expression as written, to match it against RETURN items. */
  text: string;
  descending: boolean;
  at: Position;
}

export interface Query {
  /** One entry per MATCH clause; relationships are unique within a clause, as in openCypher. */
  matches: Pattern[][];
  where?: Expr;
  distinct: boolean;
  items: ReturnItem[];
  orderBy: SortItem[];
  skip?: number;
  limit?: number;
}
