// Extraction throughput in words per second, ours beside compromise's people/places/
// organizations on the same text in the same process. Runs alternate (and swap order each
// repetition) so machine noise hits both; medians and their ratio are what to quote, by wall
// time and by this process's CPU time (steadier when other programs share the machine).
//   npm run bench -- [--words 1000000] [--reps 3] [--fresh 1] [--folder DIR]
// Text: distinct articles, never repeats (a repeated article warms the extractor's caches and
// flatters it): a folder given with --folder, else a corpus generated (generate-corpus.ts) from
// ../shared/corpus/bbc when present, else from the fixture articles, of about --words words. Each
// figure is given twice: warm (in this process, after the others ran) and fresh (a new process's
// first pass over the corpus, as a user's `kg build` runs it). The process runs with the young
// generation `kg`'s extraction workers get (SEMI_SPACE_MB in src/corpus/extract-pool.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countWords, type Article } from '../src/article/read';
import { readArticles } from '../src/article/stream';
import { extractArticle } from '../src/extract';
import { generateCorpus } from './generate-corpus';
import { median } from './median';

type Extractor = (article: Article) => void;

interface Run {
  seconds: number;
  wordsPerSecond: number;
  /** Words per second of this process's CPU time: other work on a shared machine barely moves it. */
  cpuWordsPerSecond: number;
}

const root = resolve(__dirname, '..');

function sourceFolder(): string {
  const bbc = resolve(root, '..', 'shared', 'corpus', 'bbc');
  return existsSync(bbc) ? bbc : join(root, 'tests', 'fixtures', 'articles');
}

/** The corpus: the given folder, or distinct generated articles of about `target` words. */
async function loadCorpus(folder: string | undefined, target: number): Promise<{ corpus: Article[]; words: number; from: string; folder: string; cleanup: () => void }> {
  if (folder !== undefined) {
    const corpus = await readArticles([folder]);
    return { corpus, words: corpus.reduce((sum, a) => sum + countWords(a.text), 0), from: `in ${folder}`, folder, cleanup: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  await generateCorpus({ articles: Math.max(1, Math.ceil(target / 1000)), out: dir, source: sourceFolder() });
  const corpus = await readArticles([dir]);
  return { corpus, words: corpus.reduce((sum, a) => sum + countWords(a.text), 0), from: `generated from ${sourceFolder()}`, folder: dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * In the fresh process: the lexicons, the tagger's model and the date parser load on one short
 * article that uses them all (a one-off cost of a few seconds, not a rate), then one timed pass.
 */
async function childRun(folder: string): Promise<void> {
  const corpus = await readArticles([folder]);
  extractArticle('Warm up\n\nAda Lin met Bo Tan in Paris on Monday, she told Reuters.', 'warm-up');
  const words = corpus.reduce((sum, a) => sum + countWords(a.text), 0);
  const run = timeRun((a) => extractArticle(a.text, a.id), corpus, words);
  console.log(String(run.wordsPerSecond));
}

/** One pass of ours over the folder in a new process (with this one's young generation size): its words per second. */
function freshRun(folder: string): number {
  const semiSpace = process.execArgv.filter((arg) => arg.startsWith('--max-semi-space-size'));
  const run = spawnSync(process.execPath, [...semiSpace, '-r', require.resolve('ts-node/register/transpile-only'), __filename, '--child', folder], { encoding: 'utf8', cwd: root });
  if (run.status !== 0) throw new Error(`fresh run failed: ${run.stderr.trim()}`);
  return Number(run.stdout.trim());
}

function timeRun(extract: Extractor, corpus: readonly Article[], words: number): Run {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const article of corpus) extract(article);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { seconds, wordsPerSecond: words / seconds, cpuWordsPerSecond: words / cpuSeconds };
}

/**
 * Linear time on one article: the corpus joined into single articles of growing size must keep
 * its words per second (a quadratic pass would lose 4x at each step).
 */
function reportScaling(articles: readonly Article[], target: number): void {
  console.log('one long article (ours only):');
  let previous = 0;
  for (const size of [target / 16, target / 4, target]) {
    const parts: string[] = [];
    let words = 0;
    for (let i = 0; words < size; i++) {
      const a = articles[i % articles.length] as Article;
      parts.push(a.text);
      words += countWords(a.text);
    }
    // Sizes grow in whole passes over the articles: a small --words can give one size twice.
    if (words === previous) continue;
    previous = words;
    const long: Article = { id: 'long', path: 'long', text: parts.join('\n\n') };
    const run = timeRun((a) => extractArticle(a.text, a.id), [long], words);
    console.log(`  ${words.toLocaleString('en-US')} words: ${rate(run.wordsPerSecond)} (${run.seconds.toFixed(1)} s)`);
  }
}

const megabytes = (kilobytes: number): string => `${(kilobytes / 1024).toFixed(0)} MB`;
const rate = (n: number): string => `${Math.round(n).toLocaleString('en-US')} words/s`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      words: { type: 'string', default: '1000000' },
      reps: { type: 'string', default: '3' },
      fresh: { type: 'string', default: '1' },
      folder: { type: 'string' },
      child: { type: 'string' },
    },
  });
  if (values.child !== undefined) return childRun(values.child);
  const target = Number(values.words);
  const reps = Number(values.reps);
  const freshRuns = Number(values.fresh);
  if (!(target > 0) || !Number.isInteger(reps) || reps < 1 || !Number.isInteger(freshRuns) || freshRuns < 0) {
    throw new Error('usage: --words N (> 0) --reps N (>= 1) --fresh N (>= 0) [--folder DIR]');
  }

  const { corpus, words, from, folder, cleanup } = await loadCorpus(values.folder, target);
  console.log(`corpus: ${corpus.length} distinct articles ${from}, ${words.toLocaleString('en-US')} words`);
  const fresh = Array.from({ length: freshRuns }, () => freshRun(folder));
  if (fresh.length > 0) console.log(`ours, fresh process, first pass: ${rate(median(fresh))} (median of ${fresh.length})`);

  const ours: Extractor = (article) => {
    extractArticle(article.text, article.id);
  };
  // One article each before timing: lexicons load and code warms up outside the measured runs.
  const sample = corpus[0] as Article;
  ours(sample);
  const first = timeRun(ours, corpus, words);
  // Before compromise is even loaded: the extractor's own peak.
  const oursPeak = process.resourceUsage().maxRSS;
  reportScaling(corpus, target);
  const longPeak = process.resourceUsage().maxRSS;
  const { default: nlp } = await import('compromise');
  const baseline: Extractor = (article) => {
    const doc = nlp(article.text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  };

  baseline(sample);

  const runs: { ours: Run[]; compromise: Run[] } = { ours: [first], compromise: [] };
  for (let rep = 0; rep < reps; rep++) {
    // Ours went first in repetition 1 (before compromise loaded); then the order alternates.
    const oursFirst = rep % 2 === 0;
    if (oursFirst && rep > 0) runs.ours.push(timeRun(ours, corpus, words));
    runs.compromise.push(timeRun(baseline, corpus, words));
    if (!oursFirst) runs.ours.push(timeRun(ours, corpus, words));
    console.log(`rep ${rep + 1}: ours ${rate(runs.ours[rep]?.wordsPerSecond ?? NaN)}, compromise ${rate(runs.compromise[rep]?.wordsPerSecond ?? NaN)}`);
  }

  const oursMedian = median(runs.ours.map((r) => r.wordsPerSecond));
  const compromiseMedian = median(runs.compromise.map((r) => r.wordsPerSecond));
  console.log(`median over ${reps} runs each:`);
  console.log(`  ours        ${rate(oursMedian)} warm${fresh.length > 0 ? `, ${rate(median(fresh))} in a fresh process (warm/fresh ${(oursMedian / median(fresh)).toFixed(2)}x)` : ''}`);
  console.log(`  compromise  ${rate(compromiseMedian)}`);
  // Runs of one repetition are close in time, so their ratio is less exposed to load changes.
  const paired = runs.ours.map((run, i) => run.wordsPerSecond / (runs.compromise[i]?.wordsPerSecond ?? NaN));
  console.log(`  ratio       ${(oursMedian / compromiseMedian).toFixed(1)}x (median of per-repetition ratios ${median(paired).toFixed(1)}x)`);
  // CPU time of this process: what the ratio is when other programs share the cores.
  const oursCpu = median(runs.ours.map((r) => r.cpuWordsPerSecond));
  const compromiseCpu = median(runs.compromise.map((r) => r.cpuWordsPerSecond));
  console.log(`  by CPU time ours ${rate(oursCpu)}, compromise ${rate(compromiseCpu)}, ratio ${(oursCpu / compromiseCpu).toFixed(1)}x`);
  console.log(`peak memory (maxRSS, ts-node included): ours on the corpus ${megabytes(oursPeak)}; with the single long articles ${megabytes(longPeak)}; whole process ${megabytes(process.resourceUsage().maxRSS)}`);
  cleanup();
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
