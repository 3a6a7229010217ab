// Whole `kg build` runs over corpora of distinct articles, each in a fresh process as a user
// runs it: wall time, peak memory and seconds per stage (from the build's own summary), then the
// warm paths through the corpus store: a rebuild with nothing changed, 10 articles added, one
// removed. Corpora are generated (generate-corpus.ts) from the articles of a source folder, or
// given as folders.
//   npm run bench:corpus -- [--sizes 1000,10000,30000] [--source DIR] [--jobs N] [--work DIR]
//   npm run bench:corpus -- --folder DIR        (a real corpus instead of generated ones)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus';

const root = resolve(__dirname, '..');

interface Run {
  wall: number;
  lines: string[];
}

function kgBuild(corpus: string, out: string, flags: string[]): Run {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'kg.js'), 'build', corpus, '--out', out, ...flags], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`kg build ${corpus} failed: ${run.stderr.trim()}`);
  return { wall, lines: run.stdout.trim().split('\n') };
}

const line = (run: Run, prefix: string): string => (run.lines.find((l) => l.startsWith(prefix)) ?? '').slice(prefix.length).trim();

function stageSeconds(run: Run, stage: string): number {
  const match = new RegExp(`${stage} ([0-9.]+) s`).exec(line(run, 'stages:'));
  return match === null ? NaN : Number(match[1]);
}

function defaultSource(): string {
  const bbc = resolve(root, '..', 'shared', 'corpus', 'bbc');
  return existsSync(bbc) ? bbc : join(root, 'tests', 'fixtures', 'articles');
}

async function report(label: string, corpus: string, work: string, jobs: string[]): Promise<void> {
  const out = join(work, `out-${label}`);
  rmSync(out, { recursive: true, force: true });
  const cold = kgBuild(corpus, out, jobs);
  const articles = Number(/^(\d+) articles/.exec(cold.lines[0] ?? '')?.[1]);
  const merge = stageSeconds(cold, 'merge');
  console.log(`${label}: ${cold.lines[0]}`);
  console.log(`  cold build (fresh process, empty store): wall ${cold.wall.toFixed(1)} s, processor ${line(cold, 'processor time:')}, peak ${line(cold, 'peak memory:')}`);
  console.log(`    ${line(cold, 'stages:')}`);
  console.log(`    merge per article: ${((1000 * merge) / articles).toFixed(3)} ms; ${line(cold, 'entities:')}`);
  const again = kgBuild(corpus, out, jobs);
  console.log(`  warm rebuild, nothing changed: wall ${again.wall.toFixed(1)} s, processor ${line(again, 'processor time:')} (${line(again, 'stages:')})`);
  const added = join(work, `added-${label}`);
  rmSync(added, { recursive: true, force: true });
  await generateCorpus({ articles: 10, out: added, source: defaultSource(), seed: 99, prefix: 'added' });
  const plus = kgBuild(corpus, out, [...jobs, added]);
  console.log(`  10 articles added: wall ${plus.wall.toFixed(1)} s, processor ${line(plus, 'processor time:')}, ${line(plus, 'store')}`);
  console.log(`    ${line(plus, 'stages:')}`);
  const minus = kgBuild(corpus, out, jobs);
  console.log(`  those 10 removed again: wall ${minus.wall.toFixed(1)} s, processor ${line(minus, 'processor time:')}, ${line(minus, 'store')}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,30000' },
      source: { type: 'string' },
      folder: { type: 'string' },
      jobs: { type: 'string' },
      work: { type: 'string', default: join(root, '.tmp', 'bench-corpus') },
    },
  });
  const jobs = values.jobs === undefined ? [] : ['--jobs', values.jobs];
  const load = (): string => readFileSafe('/proc/loadavg');
  // `kg` runs the compiled JavaScript, as after an install.
  spawnSync(process.execPath, [join(root, 'scripts', 'compile.js')], { stdio: 'inherit' });
  console.log(`load average before: ${load()}`);
  if (values.folder !== undefined) {
    await report(values.folder, values.folder, values.work, jobs);
  } else {
    const source = values.source ?? defaultSource();
    for (const size of values.sizes.split(',').map(Number)) {
      const corpus = join(values.work, `corpus-${size}`);
      if (!existsSync(corpus) || readdirSync(corpus).length !== size) {
        rmSync(corpus, { recursive: true, force: true });
        await generateCorpus({ articles: size, out: corpus, source });
      }
      await report(String(size), corpus, values.work, jobs);
      console.log(`  load average: ${load()}`);
    }
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return 'unknown';
  }
}

void main();
