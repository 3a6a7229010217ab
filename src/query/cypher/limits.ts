// What one Cypher query may cost, so no query can exhaust the machine: how many rows it may
// answer or hold, how long it may run, how deep a variable-length relationship may go, how many
// unrelated combinations a MATCH may ask for, and how deeply the query text may nest. Every
// limit names itself in its error and says how to get past it.
import { KgError } from '../../errors';

export interface CypherLimits {
  /** Rows an answer may have, or hold while it is grouped, made DISTINCT or sorted. */
  maxRows: number;
  /** Milliseconds the query may run. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<CypherLimits> = { maxRows: 10_000, timeoutMs: 10_000 };

/** The depth of `*`, `*2..` and other variable-length relationships without an upper bound. */
export const DEFAULT_MAX_HOPS = 5;
/** No variable-length relationship may go deeper: the paths grow as the degree to this power. */
export const HARD_MAX_HOPS = 10;
/** Combinations of patterns that share no variable (MATCH (a), (b)) a query may ask for. */
export const MAX_UNRELATED_COMBINATIONS = 1_000_000;
/** Parentheses, NOT and lists inside one another; deeper text is refused as a syntax error. */
export const MAX_NESTING = 100;
/** Node and relationship patterns in one query. */
export const MAX_PATTERN_ELEMENTS = 200;

export function limitError(message: string): KgError {
  return new KgError('QUERY_LIMIT', `Cypher: ${message}`);
}

/** The clock of one query: `tick()` is cheap and checks the time every few thousand calls. */
export class Budget {
  private readonly deadline: number;
  private count = 0;

  constructor(private readonly timeoutMs: number) {
    this.deadline = performance.now() + timeoutMs;
  }

  tick(): void {
    if ((++this.count & 4095) === 0 && performance.now() > this.deadline) {
      throw limitError(`the query ran out of its time budget of ${this.timeoutMs / 1000} s; narrow the pattern (a kind, a label, a shorter range) or raise --timeout`);
    }
  }
}

/** Throws once a growing collection of rows passes the limit. */
export function checkRows(count: number, limits: CypherLimits, what: string): void {
  if (count > limits.maxRows) {
    throw limitError(`the query ${what} more than ${limits.maxRows} rows; add LIMIT, narrow the pattern, or raise --max-rows`);
  }
}
