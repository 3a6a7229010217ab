// The store keeps the merge's decisions on bare names with the articles they were made on, and
// notes the names of every article a build adds, replaces or removes, for the next merge to redo
// only the decisions those names touch (graph/merge-surnames.ts). Decisions kept beside other
// articles (the store changed by a kg that did not keep them) are not handed out.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CorpusStore, type StoredArticle } from '../../src/corpus/store';
import type { SurnameDecisions } from '../../src/graph/merge-surnames';
import { extraction } from '../graph/extraction-fixture';
import { removeDir, scratchDir } from '../cli/run-kg';

let dir: string;
beforeAll(() => {
  dir = scratchDir();
});
afterAll(() => removeDir(dir));

const stored = (id: string): StoredArticle => ({ id, path: `${id}.txt`, hash: `hash-${id}`, title: id, words: 10 });
const put = (store: CorpusStore, id: string, labels: string[]): void =>
  store.put(stored(id), { extraction: extraction(id, '', labels.map((label) => ({ label, kind: 'person' }))), sentences: [] }, 'v1');

const DECISIONS: SurnameDecisions = {
  decided: [],
  names: new Map([['person\u0000brandt', { candidates: ['person\u0000tova brandt', 'person\u0000milo brandt'], ties: [['quay', 0]] }]]),
};

it('keeps the decisions with the articles, notes what each build changed, and leaves decisions of other articles', () => {
  const path = join(dir, 'corpus.sqlite');
  const first = new CorpusStore(path);
  expect(first.surnameDecisions()).toBeUndefined();
  put(first, 'tova', ['Tova Brandt']);
  put(first, 'quay', ['Brandt']);
  first.saveSurnameDecisions(DECISIONS);
  first.commit();

  const second = new CorpusStore(path);
  expect(second.surnameDecisions()).toEqual(DECISIONS);
  expect([...second.touchedNames()]).toEqual([]);
  put(second, 'milo', ['Milo Brandt']);
  second.remove(['tova']);
  // Each name as the person's group and as the institution's, which a vote on the kind may make it.
  expect([...second.touchedNames()].sort()).toEqual(['institution\u0000milo brandt', 'institution\u0000tova brandt', 'person\u0000milo brandt', 'person\u0000tova brandt']);
  second.saveSurnameDecisions({ decided: [], names: new Map() });
  second.commit();

  const third = new CorpusStore(path);
  expect(third.surnameDecisions()).toEqual({ decided: [], names: new Map() });
  third.saveSurnameDecisions(DECISIONS);
  third.commit();
  // Another program drops an article: the decisions were made with it, and are not handed out.
  const db = new Database(path);
  db.prepare('DELETE FROM articles WHERE id = ?').run('milo');
  db.close();
  const fourth = new CorpusStore(path);
  expect(fourth.surnameDecisions()).toBeUndefined();
  fourth.abandon();
});
