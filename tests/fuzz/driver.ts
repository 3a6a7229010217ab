// Runs the fuzz cases in a process of its own, so the test can stop it if one hangs. For each
// article it runs `kg build`'s pipeline into a fresh folder; for each graph file it loads it and,
// when the loader accepts it, runs every question, algorithm and export on it. One JSON line per
// case, written before ("begin") and after ("end"), tells the test what happened.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../../src/errors';
import { renderExport, EXPORT_FORMATS } from '../../src/export/export-graph';
import { writeFilesAtomic } from '../../src/export/write-file';
import { loadGraph } from '../../src/graph/load';
import { buildGraphFiles } from '../../src/pipeline';
import { communities, graphStats, neighbours, runCypher, shortestPath, topEntities, whoMet } from '../../src/query';
import type { KnowledgeGraph } from '../../src/types';

export interface CaseResult {
  kind: 'article' | 'graph';
  name: string;
  outcome: 'ok' | 'refused' | 'crash';
  message?: string;
  /** Files in the output folder after the case. */
  files: string[];
  ms: number;
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return [];
  }
}

/** Everything a user can ask of a loaded graph. */
function exercise(graph: KnowledgeGraph, out: string): void {
  graphStats(graph);
  for (const measure of ['degree', 'pagerank', 'betweenness'] as const) topEntities(graph, { measure });
  communities(graph);
  const [first, last] = [graph.nodes()[0], graph.nodes().at(-1)];
  if (first !== undefined && last !== undefined) {
    whoMet(graph, first);
    neighbours(graph, first, { depth: 2 });
    shortestPath(graph, first, last);
  }
  runCypher(graph, 'MATCH (a)-[r]-(b) RETURN a.label, r, b.key ORDER BY a.label LIMIT 50');
  runCypher(graph, 'MATCH (a)-[*1..3]-(b) RETURN count(*)');
  for (const format of EXPORT_FORMATS) {
    writeFilesAtomic(renderExport(graph, format, join(out, format === 'csv' ? 'csv' : `graph.${format}`)));
  }
}

async function runCase(kind: CaseResult['kind'], input: string, out: string): Promise<Omit<CaseResult, 'files' | 'ms'>> {
  const name = input;
  try {
    if (kind === 'article') await buildGraphFiles({ inputs: [input], outDir: out });
    else exercise(loadGraph(input), out);
    return { kind, name, outcome: 'ok' };
  } catch (error) {
    if (error instanceof KgError) return { kind, name, outcome: 'refused', message: error.message };
    return { kind, name, outcome: 'crash', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

async function main(): Promise<void> {
  const [casesDir = '', outsDir = ''] = process.argv.slice(2);
  for (const kind of ['article', 'graph'] as const) {
    const dir = join(casesDir, `${kind}s`);
    for (const file of readdirSync(dir).sort()) {
      const out = join(outsDir, kind, String(file.length), Buffer.from(file).toString('hex'));
      mkdirSync(out, { recursive: true });
      process.stdout.write(`${JSON.stringify({ begin: file })}\n`);
      const started = performance.now();
      const result = await runCase(kind, join(dir, file), out);
      const done: CaseResult = { ...result, files: filesIn(out), ms: Math.round(performance.now() - started) };
      process.stdout.write(`${JSON.stringify(done)}\n`);
    }
  }
  writeFileSync(join(outsDir, 'DONE'), '');
}

void main();
