// The store keeps each article's digest (graph/digest.ts) beside its extraction, and a warm build
// reads the digests alone; a store without them (written by an earlier kg), or with digests of
// other code, has them made again from the extractions, and kept.
import { copyFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { collectExtractions } from '../../src/corpus/collect';
import { CorpusStore } from '../../src/corpus/store';
import { digestOf } from '../../src/graph/digest';
import type { Extraction } from '../../src/extract/types';
import { removeDir, scratchDir } from '../cli/run-kg';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'articles');
const NAMES = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort().slice(0, 2);

let dir: string;
beforeAll(() => {
  dir = scratchDir();
  for (const name of NAMES) copyFileSync(join(FIXTURES, name), join(dir, name));
});
afterAll(() => removeDir(dir));

const inputs = (): string[] => NAMES.map((n) => join(dir, n));
const collect = (store: CorpusStore, digests: boolean) =>
  collectExtractions({ inputs: inputs(), jobs: 1, defaultJobs: () => 1, openStore: () => store, digests });

it('keeps each digest with the extraction, reads it back alone, and makes it again when missing or stale', async () => {
  const path = join(dir, 'corpus.sqlite');
  const first = new CorpusStore(path);
  const fresh = await collect(first, true);
  first.commit();
  expect(fresh.extracted).toBe(NAMES.length);
  expect(fresh.extractions).toEqual([]);
  const made = JSON.stringify(fresh.digests);

  const again = new CorpusStore(path);
  const extracted = jest.spyOn(again, 'extracted');
  const reused = await collect(again, true);
  expect(reused.reused).toBe(NAMES.length);
  expect(extracted).not.toHaveBeenCalled();
  expect(JSON.stringify(reused.digests)).toBe(made);
  // The digest is what the extraction and its sentences give.
  const [id] = reused.articles.map((a) => a.id);
  const { extraction, sentences } = again.extracted(id as string);
  expect(JSON.stringify(again.digest(id as string))).toBe(JSON.stringify(digestOf(extraction, sentences)));
  again.commit();

  // One digest gone, the other of other code: both made again and kept.
  const db = new Database(path);
  db.prepare('DELETE FROM digests WHERE article = ?').run(id);
  db.prepare("UPDATE digests SET version = 'other'").run();
  db.close();
  const old = new CorpusStore(path);
  const remade = jest.spyOn(old, 'extracted');
  expect(JSON.stringify((await collect(old, true)).digests)).toBe(made);
  expect(remade).toHaveBeenCalledTimes(NAMES.length);
  old.commit();
  const kept = new CorpusStore(path);
  const none = jest.spyOn(kept, 'extracted');
  expect(JSON.stringify((await collect(kept, true)).digests)).toBe(made);
  expect(none).not.toHaveBeenCalled();
  kept.abandon();
});

it("keeps no digest of a very long article's extraction, and makes it again from the rows when read", () => {
  const store = new CorpusStore(join(dir, 'long.sqlite'));
  const sentence = { index: 0, start: 0, end: 12, text: 'Ada met Bo.' };
  const evidence = { article: 'long', start: 0, end: 12, sentence: 'x'.repeat(1_100_000) };
  const extraction: Extraction = {
    article: 'long',
    entities: [
      { id: 'ada', label: 'Ada', kind: 'person' as const, aliases: [], mentions: 1, rule: 'test' },
      { id: 'bo', label: 'Bo', kind: 'person' as const, aliases: [], mentions: 1, rule: 'test' },
    ],
    relations: [{ source: 'ada', target: 'bo', relation: 'met-with' as const, evidence: [evidence], rule: 'test' }],
    mentions: [],
  };
  store.put({ id: 'long', path: 'long.txt', hash: 'h', title: 'Long', words: 3 }, { extraction, sentences: [sentence] }, 'v');
  store.commit();
  const db = new Database(join(dir, 'long.sqlite'));
  expect(db.prepare('SELECT count(*) FROM digests').pluck().get()).toBe(0);
  db.close();
  const again = new CorpusStore(join(dir, 'long.sqlite'));
  expect(again.digest('long')).toEqual(digestOf(again.extracted('long').extraction, [sentence]));
  again.commit();
  const after = new Database(join(dir, 'long.sqlite'));
  expect(after.prepare('SELECT count(*) FROM digests').pluck().get()).toBe(0);
  after.close();
});
