// Extracts every article of a folder that has a gold file and scores the graphs with the shared
// scorer (../shared/eval/score-dir.mjs, beside the repository; absent from a user's clone).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticle } from '../../src/extract';
import { buildGraph } from '../../src/graph/build';

export const SHARED = path.resolve(__dirname, '../../../shared');
export const SCORE_DIR = path.join(SHARED, 'eval', 'score-dir.mjs');

export interface Scores {
  entities: { f: number };
  relations: { f: number };
}

export interface Report {
  primary: Scores;
  articles: Array<{ name: string; primary: Scores }>;
}

/** Names of the articles in `dir` that have a NAME.gold.json beside NAME.txt. */
export function goldArticles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length));
}

/** Writes OUT/NAME.json for every gold article of `dir`, then runs score-dir.mjs on them. */
export function scoreFolder(dir: string, out: string): Report {
  for (const name of goldArticles(dir)) {
    const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    writeFileSync(path.join(out, `${name}.json`), JSON.stringify(buildGraph([extractArticle(text, name)]).export()));
  }
  const run = spawnSync(process.execPath, [SCORE_DIR, dir, out, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score-dir.mjs failed on ${dir}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Report;
}
