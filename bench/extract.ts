// Extraction throughput in words per second, ours beside compromise's people/places/
// organizations on the same text in the same process. Runs alternate (and swap order each
// repetition) so machine noise hits both; medians and their ratio are what to quote.
//   npm run bench -- [--words 1000000] [--reps 3]
// Text: the articles of ../shared/articles (and its dev/ folder) when present, read at run time,
// else graph-data/articles; repeated until the corpus reaches --words words.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countWords, readArticles, type Article } from '../src/article/read';
import { extractArticle } from '../src/extract';
import { median } from './median';

type Extractor = (article: Article) => void;

interface Run {
  seconds: number;
  wordsPerSecond: number;
}

const root = resolve(__dirname, '..');

function corpusFolders(): string[] {
  const shared = resolve(root, '..', 'shared', 'articles');
  if (!existsSync(shared)) return [join(root, 'graph-data', 'articles')];
  return [shared, join(shared, 'dev')].filter(existsSync);
}

/** The articles repeated (with distinct ids) until they hold at least `target` words. */
function buildCorpus(articles: readonly Article[], target: number): { corpus: Article[]; words: number } {
  const perPass = articles.reduce((sum, a) => sum + countWords(a.text), 0);
  const passes = Math.max(1, Math.ceil(target / perPass));
  const corpus: Article[] = [];
  for (let pass = 0; pass < passes; pass++) for (const a of articles) corpus.push({ ...a, id: `${a.id}-${pass}` });
  return { corpus, words: perPass * passes };
}

function timeRun(extract: Extractor, corpus: readonly Article[], words: number): Run {
  const started = performance.now();
  for (const article of corpus) extract(article);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, wordsPerSecond: words / seconds };
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
    while (words < size) {
      for (const a of articles) {
        parts.push(a.text);
        words += countWords(a.text);
      }
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
  const { values } = parseArgs({ options: { words: { type: 'string', default: '1000000' }, reps: { type: 'string', default: '3' } } });
  const target = Number(values.words);
  const reps = Number(values.reps);
  if (!(target > 0) || !Number.isInteger(reps) || reps < 1) throw new Error('usage: --words N (> 0) --reps N (>= 1)');

  const folders = corpusFolders();
  const articles = readArticles(folders);
  const { corpus, words } = buildCorpus(articles, target);
  console.log(`corpus: ${articles.length} articles from ${folders.join(', ')}, repeated to ${corpus.length} articles, ${words.toLocaleString('en-US')} words`);

  const ours: Extractor = (article) => {
    extractArticle(article.text, article.id);
  };
  // One article each before timing: lexicons load and code warms up outside the measured runs.
  const sample = corpus[0] as Article;
  ours(sample);
  const first = timeRun(ours, corpus, words);
  // Before compromise is even loaded: the extractor's own peak.
  const oursPeak = process.resourceUsage().maxRSS;
  reportScaling(articles, target);
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
  console.log(`  ours        ${rate(oursMedian)}`);
  console.log(`  compromise  ${rate(compromiseMedian)}`);
  // Runs of one repetition are close in time, so their ratio is less exposed to load changes.
  const paired = runs.ours.map((run, i) => run.wordsPerSecond / (runs.compromise[i]?.wordsPerSecond ?? NaN));
  console.log(`  ratio       ${(oursMedian / compromiseMedian).toFixed(1)}x (median of per-repetition ratios ${median(paired).toFixed(1)}x)`);
  console.log(`peak memory (maxRSS, ts-node included): ours on the corpus ${megabytes(oursPeak)}; with the single long articles ${megabytes(longPeak)}; whole process ${megabytes(process.resourceUsage().maxRSS)}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
