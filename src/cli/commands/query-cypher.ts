// `kg query --cypher QUERY` or `--cypher-file PATH` (`-` for standard input, for queries longer
// than a command line can carry), within the row limit and time budget `--max-rows` and
// `--timeout` set.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { megabytes, readInputFile } from '../../article/input-file';
import { KgError } from '../../errors';
import { DEFAULT_LIMITS, runCypher, type CypherLimits, type CypherResult } from '../../query';
import type { KnowledgeGraph } from '../../types';

/** A query file larger than this is not a query. */
const MAX_QUERY_MB = 16;

export interface CypherCliOptions {
  cypher?: string;
  cypherFile?: string;
  maxRows?: string;
  timeout?: string;
}

export function withCypherOptions(command: Command): Command {
  return command
    .option('--cypher <query>', 'run a read-only Cypher query (MATCH ... RETURN ...; see docs/query.md)')
    .option('--cypher-file <path>', 'run the Cypher query in a file; - reads it from standard input')
    .option('--max-rows <n>', `the most rows a Cypher answer may have, or hold while sorting or grouping (default ${DEFAULT_LIMITS.maxRows})`)
    .option('--timeout <seconds>', `the time a Cypher query may run (default ${DEFAULT_LIMITS.timeoutMs / 1000})`);
}

export function wantsCypher(options: CypherCliOptions): boolean {
  return options.cypher !== undefined || options.cypherFile !== undefined;
}

function positive(value: string, option: string, whole: boolean): number {
  const pattern = whole ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(value) || !(Number(value) > 0)) throw new KgError('USAGE', `${option}: "${value}" is not a positive ${whole ? 'whole number' : 'number'}`, value);
  return Number(value);
}

/** The query text: --cypher as given, or the file --cypher-file names (standard input for -). */
function queryText(options: CypherCliOptions): string {
  if (options.cypher !== undefined && options.cypherFile !== undefined) throw new KgError('USAGE', 'give either --cypher or --cypher-file, not both');
  if (options.cypherFile === undefined) return options.cypher ?? '';
  if (options.cypherFile === '-') return readFileSync(0, 'utf8');
  return readInputFile(options.cypherFile, { maxBytes: megabytes(MAX_QUERY_MB), what: 'query' }).toString('utf8');
}

export function cypherAnswer(graph: KnowledgeGraph, options: CypherCliOptions): CypherResult {
  const limits: Partial<CypherLimits> = {};
  if (options.maxRows !== undefined) limits.maxRows = positive(options.maxRows, '--max-rows', true);
  if (options.timeout !== undefined) limits.timeoutMs = positive(options.timeout, '--timeout', false) * 1000;
  return runCypher(graph, queryText(options), limits);
}
