// Regression: an article extracted on the calling thread is used as the extractor made it, and the
// names and sentences it holds are cut from the article's text. collect copies them, since
// `kg build` tells the graph that its strings are owned (so it skips copying every string of the
// corpus): a kept substring would hold the whole text to the end of the run.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { collectExtractions } from '../../src/corpus/collect';
import { removeDir, scratchDir } from '../cli/run-kg';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'articles');
const NAME = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort()[0] as string;
const FILLER = 8 * 1024 * 1024;

let dir: string;
beforeAll(() => {
  dir = scratchDir();
  // The fixture story, then sentences that name nothing, to make the text large.
  const story = readFileSync(join(FIXTURES, NAME), 'utf8');
  writeFileSync(join(dir, NAME), `${story}\n\n${'the rain fell on the quiet hills and the river rose. '.repeat(FILLER / 52)}\n`);
});
afterAll(() => removeDir(dir));

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

it('keeps no substring of an article extracted on the calling thread', async () => {
  // Loads the lexicons first, so their memory is not counted.
  await collectExtractions({ inputs: [join(FIXTURES, NAME)], jobs: 1, defaultJobs: () => 1 });
  const before = heapUsed();
  const collected = await collectExtractions({ inputs: [join(dir, NAME)], jobs: 1, defaultJobs: () => 1 });
  // What a graph would keep: a name and an evidence sentence.
  const [extraction] = collected.extractions;
  const kept = [extraction?.entities[0]?.label, extraction?.relations[0]?.evidence[0]?.sentence];
  collected.extractions = [];
  collected.sentences.clear();
  const after = heapUsed();
  expect(kept.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
  expect(after - before).toBeLessThan(FILLER / 4);
}, 120_000);
