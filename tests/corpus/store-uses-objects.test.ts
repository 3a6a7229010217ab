// Regression: with a store, an article extracted on the calling thread is handed on as the
// objects the extractor made. Reading the store's JSON back held a long article's JSON and its
// parse beside the objects (a 30 MB article's build peaked at 850 MB); writing its mentions and
// sentences as one JSON text held that text and SQLite's copies of it (613 MB, against 455 without
// the store): they are rows of their own.
import { copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectExtractions } from '../../src/corpus/collect';
import { CorpusStore } from '../../src/corpus/store';
import { removeDir, scratchDir } from '../cli/run-kg';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'articles');
const NAME = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort()[0] as string;

let dir: string;
beforeAll(() => {
  dir = scratchDir();
  copyFileSync(join(FIXTURES, NAME), join(dir, NAME));
});
afterAll(() => removeDir(dir));

it('stores an extraction made on the calling thread without parsing it back or writing its mentions and sentences as JSON', async () => {
  const store = new CorpusStore(join(dir, 'corpus.sqlite'));
  const parse = jest.spyOn(JSON, 'parse');
  const stringify = jest.spyOn(JSON, 'stringify');
  try {
    const collected = await collectExtractions({ inputs: [join(dir, NAME)], jobs: 1, defaultJobs: () => 1, openStore: () => store });
    const parsedExtractions = parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('{"article":'));
    const [extraction] = collected.extractions;
    const id = collected.articles[0]?.id as string;
    const sentences = collected.sentences.get(id);
    const mentions = extraction?.mentions ?? [];
    const whole = stringify.mock.calls.filter(([value]) => value === extraction || value === sentences || value === mentions || (value as { mentions?: unknown[] } | null)?.mentions?.length);
    parse.mockRestore();
    stringify.mockRestore();
    expect(collected.extracted).toBe(1);
    expect(mentions.length).toBeGreaterThan(0);
    expect(sentences?.length).toBeGreaterThan(0);
    expect(parsedExtractions).toEqual([]);
    expect(whole).toEqual([]);
    // What the store gives back is what the build used, field for field in the same order.
    expect(JSON.stringify(store.extracted(id))).toBe(JSON.stringify({ extraction, sentences }));
  } finally {
    parse.mockRestore();
    stringify.mockRestore();
    store.abandon();
  }
});
