// Whole `kg build` runs over corpora of distinct articles, each in a fresh process as a user
// runs it: wall time, peak memory and seconds per stage (from the build's own summary), then the
// warm paths through the corpus store: a rebuild with nothing changed, 10 articles added, the
// same 10 removed, then one article of the corpus removed and put back. Corpora are generated
// (generate-corpus.ts) from the articles of a source folder, or given as folders. With --reuse, a
// size whose store is there from an earlier run skips the cold build (whose extraction of a large
// corpus takes long) and measures the warm paths only.
//   npm run bench:corpus -- [--sizes 1000,10000,30000] [--source DIR] [--jobs N] [--work DIR] [--reuse]
//   npm run bench:corpus -- --folder DIR        (a real corpus instead of generated ones)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
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

/** Seconds of processor time a stage took, from the summary's `processor time: T s (stage S s, ...)`. */
function stageCpu(run: Run, stage: string): number {
  const match = new RegExp(`[(,] ?${stage} ([0-9.]+) s`).exec(line(run, 'processor time:'));
  return match === null ? NaN : Number(match[1]);
}

function describe(title: string, run: Run): void {
  const articles = Number(/^(\d+) articles/.exec(run.lines[0] ?? '')?.[1]);
  console.log(`  ${title}: wall ${run.wall.toFixed(1)} s, peak ${line(run, 'peak memory:')}, ${line(run, 'store')}`);
  console.log(`    stages (wall): ${line(run, 'stages:')}`);
  console.log(`    processor: ${line(run, 'processor time:')}`);
  console.log(`    merge per article: ${((1000 * stageSeconds(run, 'merge')) / articles).toFixed(3)} ms wall, ${((1000 * stageCpu(run, 'merge')) / articles).toFixed(3)} ms processor`);
}

async function report(label: string, corpus: string, work: string, jobs: string[], options: { reuse: boolean; generated: boolean }): Promise<void> {
  const out = join(work, `out-${label}`);
  if (options.reuse && existsSync(join(out, 'corpus.sqlite'))) console.log(`${label}: store kept from an earlier run, no cold build`);
  else {
    rmSync(out, { recursive: true, force: true });
    const cold = kgBuild(corpus, out, jobs);
    console.log(`${label}: ${cold.lines[0]}`);
    describe('cold build (fresh process, empty store)', cold);
    console.log(`    ${line(cold, 'entities:')}`);
  }
  describe('warm rebuild, nothing changed', kgBuild(corpus, out, jobs));
  const added = join(work, `added-${label}`);
  rmSync(added, { recursive: true, force: true });
  await generateCorpus({ articles: 10, out: added, source: defaultSource(), seed: 99, prefix: 'added' });
  describe('10 articles added', kgBuild(corpus, out, [...jobs, added]));
  describe('those 10 removed again', kgBuild(corpus, out, jobs));
  if (!options.generated) return;
  // One article of the corpus set aside (the corpus is the bench's own), then put back.
  const aside = join(work, `aside-${label}`);
  const [one] = readdirSync(corpus).sort();
  if (one === undefined) return;
  mkdirSync(aside, { recursive: true });
  renameSync(join(corpus, one), join(aside, one));
  try {
    describe('one article removed', kgBuild(corpus, out, jobs));
  } finally {
    renameSync(join(aside, one), join(corpus, one));
  }
  describe('that article back', kgBuild(corpus, out, jobs));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,30000' },
      source: { type: 'string' },
      folder: { type: 'string' },
      jobs: { type: 'string' },
      work: { type: 'string', default: join(root, '.tmp', 'bench-corpus') },
      reuse: { type: 'boolean', default: false },
    },
  });
  const jobs = values.jobs === undefined ? [] : ['--jobs', values.jobs];
  const load = (): string => readFileSafe('/proc/loadavg');
  // `kg` runs the compiled JavaScript, as after an install.
  spawnSync(process.execPath, [join(root, 'scripts', 'compile.js')], { stdio: 'inherit' });
  console.log(`load average before: ${load()}`);
  if (values.folder !== undefined) {
    await report(values.folder, values.folder, values.work, jobs, { reuse: values.reuse, generated: false });
  } else {
    const source = values.source ?? defaultSource();
    for (const size of values.sizes.split(',').map(Number)) {
      const corpus = join(values.work, `corpus-${size}`);
      if (!existsSync(corpus) || readdirSync(corpus).length !== size) {
        rmSync(corpus, { recursive: true, force: true });
        await generateCorpus({ articles: size, out: corpus, source });
      }
      await report(String(size), corpus, values.work, jobs, { reuse: values.reuse, generated: true });
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
