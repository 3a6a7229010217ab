// Regression: with a store, an article extracted on the calling thread is handed on as the
// objects the extractor made; only the store gets their JSON. Reading that JSON back held a
// long article's JSON and its parse beside the objects (a 30 MB article's build peaked at 850 MB).
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

it('stores the JSON of an extraction made on the calling thread without parsing it back', async () => {
  const store = new CorpusStore(join(dir, 'corpus.sqlite'));
  const parse = jest.spyOn(JSON, 'parse');
  try {
    const collected = await collectExtractions({ inputs: [join(dir, NAME)], jobs: 1, defaultJobs: () => 1, openStore: () => store });
    const parsedExtractions = parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('{"article":'));
    parse.mockRestore();
    expect(collected.extracted).toBe(1);
    expect(parsedExtractions).toEqual([]);
    // What the store keeps is what the build used.
    const [extraction] = collected.extractions;
    const id = collected.articles[0]?.id as string;
    expect(JSON.parse(store.extracted(id).extraction)).toStrictEqual(extraction);
    expect(JSON.parse(store.extracted(id).sentences)).toStrictEqual(collected.sentences.get(id));
  } finally {
    parse.mockRestore();
    store.abandon();
  }
});
