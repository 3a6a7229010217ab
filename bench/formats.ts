// One corpus in two formats, through `kg build` as a user runs it: N distinct articles
// (generate-corpus.ts: real sentences, invented people) as N .txt files with front matter and as
// one JSON-lines file of the same texts, titles and dates. First the JSON-lines file read through
// the article stream alone, its memory sampled, to show the file never sits in memory; then cold
// builds (empty store, fresh process) of each, alternating, and a warm rebuild of each (nothing
// changed). Prints medians of wall time, processor time and articles per second, the peak memory
// from each build's own summary, and the JSONL/.txt throughput ratio. The machine is shared:
// processor time is the steadier measure; compare runs made close together.
//   npm run bench:formats -- [--articles 100000] [--words 150] [--runs 1] [--jobs N] [--work DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticleStream } from '../src/article/stream';
import { generateCorpus } from './generate-corpus';
import { median } from './median';

const root = resolve(__dirname, '..');

interface Build {
  wall: number;
  cpu: number;
  extract: number;
  peakMb: number;
  articles: number;
  lines: string[];
}

function sourceFolder(): string {
  const bbc = resolve(root, '..', 'shared', 'corpus', 'bbc');
  return existsSync(bbc) ? bbc : join(root, 'tests', 'fixtures', 'articles');
}

function kgBuild(input: string, out: string, flags: string[]): Build {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'kg.js'), 'build', input, '--out', out, ...flags], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`kg build ${input} failed: ${run.stderr.trim()}`);
  const lines = run.stdout.trim().split('\n');
  const find = (pattern: RegExp): number => Number(lines.map((l) => pattern.exec(l)?.[1]).find((v) => v !== undefined) ?? NaN);
  return {
    wall,
    cpu: find(/^processor time: ([0-9.]+) s/),
    extract: find(/read and extract ([0-9.]+) s/),
    peakMb: find(/^peak memory: (\d+) MB/),
    articles: find(/^(\d+) articles/),
    lines,
  };
}

/** Reads the file through the article stream, as the build's two passes do, sampling memory. */
async function streamOnly(path: string): Promise<{ seconds: number; articles: number; peakMb: number; baseMb: number }> {
  global.gc?.();
  const baseMb = process.memoryUsage().rss / 2 ** 20;
  let peak = process.memoryUsage().rss;
  let articles = 0;
  const started = performance.now();
  for await (const article of readArticleStream([path])) {
    if (article.id === '') throw new Error('no id');
    if (++articles % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { seconds: (performance.now() - started) / 1000, articles, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20, baseMb };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100000' },
      words: { type: 'string', default: '150' },
      runs: { type: 'string', default: '1' },
      jobs: { type: 'string' },
      work: { type: 'string', default: join(root, '.tmp', 'bench-formats') },
    },
  });
  const n = Number(values.articles);
  const runs = Number(values.runs);
  const flags = values.jobs === undefined ? [] : ['--jobs', values.jobs];
  const corpus = join(values.work, `corpus-${n}-${values.words}`);
  const txt = join(corpus, 'txt');
  const jsonl = join(corpus, 'corpus.jsonl');
  if (!existsSync(jsonl) || !existsSync(txt) || readdirSync(txt).length !== n) {
    rmSync(corpus, { recursive: true, force: true });
    await generateCorpus({ articles: n, out: txt, source: sourceFolder(), words: Number(values.words), jsonl });
  }
  // `kg` runs the compiled JavaScript, as after an install.
  spawnSync(process.execPath, [join(root, 'scripts', 'compile.js')], { stdio: 'inherit' });
  const load = (): string => readFileSync('/proc/loadavg', 'utf8').trim();
  console.log(`${n.toLocaleString('en-US')} articles of ~${values.words} words: ${(statSync(jsonl).size / 2 ** 20).toFixed(0)} MB of JSON lines; load average ${load()}`);

  const streamed = await streamOnly(jsonl);
  console.log(`stream only: ${streamed.articles} records in ${streamed.seconds.toFixed(1)} s, RSS ${streamed.baseMb.toFixed(0)} MB before, peak ${streamed.peakMb.toFixed(0)} MB`);

  const cold: Record<'jsonl' | 'txt', Build[]> = { jsonl: [], txt: [] };
  for (let r = 0; r < runs; r++) {
    for (const [name, input] of [['jsonl', jsonl], ['txt', txt]] as const) {
      const out = join(values.work, `out-${name}`);
      rmSync(out, { recursive: true, force: true });
      const build = kgBuild(input, out, flags);
      if (build.articles !== n) throw new Error(`${name}: built ${build.articles} articles, expected ${n}`);
      cold[name].push(build);
      console.log(`  run ${r + 1} ${name}: wall ${build.wall.toFixed(1)} s, processor ${build.cpu.toFixed(1)} s, read and extract ${build.extract.toFixed(1)} s, peak ${build.peakMb} MB; load ${load()}`);
    }
  }
  for (const name of ['jsonl', 'txt'] as const) {
    const builds = cold[name];
    const wall = median(builds.map((b) => b.wall));
    const extract = median(builds.map((b) => b.extract));
    console.log(
      `${name.padEnd(5)} cold: wall ${wall.toFixed(1)} s, processor ${median(builds.map((b) => b.cpu)).toFixed(1)} s, ` +
        `read and extract ${extract.toFixed(1)} s (${Math.round(n / extract)} articles/s), peak memory ${Math.max(...builds.map((b) => b.peakMb))} MB`,
    );
    console.log(`      ${builds[0]?.lines.find((l) => l.startsWith('stages:')) ?? ''}`);
  }
  const ratio = (pick: (b: Build) => number): string => (median(cold.txt.map(pick)) / median(cold.jsonl.map(pick))).toFixed(2);
  console.log(`jsonl/txt throughput (above 1: JSON lines faster): read and extract ${ratio((b) => b.extract)}, whole build ${ratio((b) => b.wall)}, per processor second ${ratio((b) => b.cpu)}`);
  for (const name of ['jsonl', 'txt'] as const) {
    const warm = kgBuild(name === 'jsonl' ? jsonl : txt, join(values.work, `out-${name}`), flags);
    console.log(`${name.padEnd(5)} warm rebuild, nothing changed: wall ${warm.wall.toFixed(1)} s, processor ${warm.cpu.toFixed(1)} s, read ${warm.extract.toFixed(1)} s; ${warm.lines.find((l) => l.startsWith('store')) ?? ''}`);
  }
}

void main();
