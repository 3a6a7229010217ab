// Errors of the Cypher subset: a syntax error names the line and column; an unsupported feature
// names itself, so a query is never answered wrongly.
import { KgError } from '../../errors';

export interface Position {
  line: number;
  column: number;
}

export function syntaxError(message: string, at: Position): KgError {
  return new KgError('QUERY_SYNTAX', `Cypher syntax error at line ${at.line}, column ${at.column}: ${message}`);
}

export function unsupported(feature: string, at: Position): KgError {
  return new KgError('QUERY_UNSUPPORTED', `Cypher: ${feature} is not supported (line ${at.line}, column ${at.column}); see docs/query.md for the subset`);
}

/** A well-formed query that names something the graph cannot have (a label, a property, a variable). */
export function invalid(message: string, at: Position): KgError {
  return new KgError('QUERY_SYNTAX', `Cypher error at line ${at.line}, column ${at.column}: ${message}`);
}
