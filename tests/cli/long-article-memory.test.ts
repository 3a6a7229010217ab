// Peak memory of `kg build` (with its store) on a long article, against the bound docs/inputs.md
// states: the process with its lexicons loaded (measured here, on a one-line article, in a process
// of its own), plus a long article's fixed working set, plus four times the text's size in UTF-16;
// and against `kg build --no-store` of the same article, so that the store's own cost is held
// apart (writing an article's mentions and sentences as one JSON text cost 45 MB more here).
// The article is made here from the fixture stories, their people renamed copy by copy, so it
// names ever more mentions of a bounded cast, as a corpus pasted into one file does.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { removeDir, runKg, scratchDir } from './run-kg';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'articles');
const MIB = 2 ** 20;
/** A long article's working set beside its text: a window's parse, the graph and its layout, SQLite's page cache, the heap's room to grow (docs/inputs.md). */
const LONG_ARTICLE_MIB = 128;
/**
 * What the store may add to a build's peak beside twice the text in UTF-16: SQLite's page cache and
 * statements (4–18 MB on a quiet machine), and as much again because the two builds' peaks depend on
 * when each process collects garbage, which a loaded machine shifts (30 MB apart seen under load).
 * Writing the article as one JSON text, the regression this guards against, added 45 MB.
 */
const STORE_MIB = 32;
/** About two seconds of extraction per megabyte: a long article that keeps the test short. */
const ARTICLE_CHARS = 2 * MIB;
const SUFFIXES = ['ka', 'lo', 'mi', 'nu', 'ren', 'sa', 'tov', 'vel'];

interface Gold {
  entities: Array<{ name: string; kind: string }>;
}

/** Each fixture story's body and the surnames of the people it names. */
function stories(): Array<{ body: string; surnames: string[] }> {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      const gold = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
      const surnames = new Set(gold.entities.filter((e) => e.kind === 'person').map((e) => e.name.split(' ').pop() as string));
      return { body: text.slice(text.indexOf('\n') + 1), surnames: [...surnames] };
    });
}

/** The stories in turn until `chars`, each copy's people given one of a few surname endings. */
function longArticle(chars: number): string {
  const all = stories();
  const parts = ['A long report\n\n'];
  let size = (parts[0] as string).length;
  for (let i = 0; size < chars; i++) {
    const story = all[i % all.length] as (typeof all)[number];
    const suffix = SUFFIXES[Math.floor(i / all.length) % SUFFIXES.length] as string;
    let body = story.body;
    for (const surname of story.surnames) body = body.replace(new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'), `${surname}${suffix}`);
    parts.push(body, '\n\n');
    size += body.length + 2;
  }
  return parts.join('');
}

/** `kg build FILE` in a fresh process: its peak memory in MiB, as it reports it. */
function peakOfBuild(dir: string, file: string, out: string, ...more: string[]): number {
  const run = runKg(dir, ['build', file, '--out', out, ...more]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const peak = /^peak memory: (\d+) MB$/m.exec(run.stdout);
  expect(peak).not.toBeNull();
  return Number(peak?.[1]);
}

describe('a long article', () => {
  let dir: string;
  beforeAll(() => {
    dir = scratchDir();
  });
  afterAll(() => removeDir(dir));

  it('is built within the process with its lexicons, a fixed working set and four times its text in UTF-16, the store adding little', () => {
    const text = longArticle(ARTICLE_CHARS);
    writeFileSync(join(dir, 'long.txt'), text);
    writeFileSync(join(dir, 'short.txt'), 'A short note\n\nNothing happened.\n');
    const constant = peakOfBuild(dir, 'short.txt', 'short');
    const peak = peakOfBuild(dir, 'long.txt', 'long');
    const withoutStore = peakOfBuild(dir, 'long.txt', 'no-store', '--no-store');
    const utf16 = (2 * text.length) / MIB;
    expect(peak).toBeLessThanOrEqual(constant + LONG_ARTICLE_MIB + 4 * utf16);
    expect(peak).toBeLessThanOrEqual(withoutStore + STORE_MIB + 2 * utf16);
  }, 180_000);
});
