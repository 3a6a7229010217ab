// A file whose stamp (device, inode, size, change times) the store knows is not read again, as git
// trusts its index; a file changed in place, even to the same size and modification time, or put
// in another's place, is read and extracted again; and a file changed just before a build read it
// is not trusted by the next one (git's "racily clean" files).
import fs = require('node:fs');
import { copyFileSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectExtractions, type Collected } from '../../src/corpus/collect';
import { CorpusStore } from '../../src/corpus/store';
import { removeDir, scratchDir } from '../cli/run-kg';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'articles');
const NAMES = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort().slice(0, 3);

let dir: string;
beforeAll(async () => {
  dir = scratchDir();
  for (const name of NAMES) copyFileSync(join(FIXTURES, name), join(dir, name));
  // Out of the window of files changed too recently to trust.
  await new Promise((done) => setTimeout(done, 2100));
});
afterAll(() => removeDir(dir));

/** One build's collection with the store committed, and the article files it opened. */
async function collect(): Promise<{ collected: Collected; opened: string[] }> {
  const store = new CorpusStore(join(dir, 'corpus.sqlite'));
  const open = jest.spyOn(fs, 'openSync');
  try {
    const collected = await collectExtractions({ inputs: NAMES.map((n) => join(dir, n)), jobs: 1, defaultJobs: () => 1, openStore: () => store });
    const opened = open.mock.calls.map(([path]) => String(path)).filter((path) => path.endsWith('.txt'));
    store.commit();
    return { collected, opened };
  } catch (error) {
    store.abandon();
    throw error;
  } finally {
    open.mockRestore();
  }
}

describe('files the store knows unchanged', () => {
  it('are not read again, and give the same extractions', async () => {
    const first = await collect();
    expect(first.collected.extracted).toBe(NAMES.length);
    const second = await collect();
    expect(second.opened).toEqual([]);
    expect(second.collected.reused).toBe(NAMES.length);
    expect(second.collected.extractions).toEqual(first.collected.extractions);
  });

  it('a file changed in place to the same size and modification time is read and extracted again', async () => {
    const path = join(dir, NAMES[0] as string);
    const { mtime, atime } = statSync(path);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a')));
    utimesSync(path, atime, mtime);
    const { collected, opened } = await collect();
    expect(collected.extracted).toBe(1);
    expect(opened.every((p) => p === path)).toBe(true);
    // Changed just now, it is hashed again by the next build too.
    expect((await collect()).opened).toContain(path);
  });

  it('a file put in the place of another, with the same size and times, is read again', async () => {
    await new Promise((done) => setTimeout(done, 2100));
    await collect();
    const [, a] = NAMES.map((n) => join(dir, n)) as [string, string];
    const twin = `${a}.new`;
    writeFileSync(twin, readFileSync(a, 'utf8').replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a')));
    const { mtime, atime } = statSync(a);
    utimesSync(twin, atime, mtime);
    renameSync(twin, a);
    const { collected, opened } = await collect();
    expect(opened).toContain(a);
    expect(collected.extracted).toBe(1);
  });
});
