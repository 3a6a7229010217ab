import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleId, countWords } from '../../src/article/read';
import { readArticles } from '../../src/article/stream';
import { decodeArticleText } from '../../src/article/decode';
import { KgError } from '../../src/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function errorOf(run: () => unknown): KgError {
  try {
    run();
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error('expected a KgError');
}

async function readError(run: () => Promise<unknown>): Promise<KgError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error('expected a KgError');
}

describe('readArticles', () => {
  it('reads files and the article files of a folder (not its sub-folders), in name order', async () => {
    const folder = join(dir, 'news');
    mkdirSync(join(folder, 'older'), { recursive: true });
    writeFileSync(join(folder, 'b-story.txt'), 'Second story.');
    writeFileSync(join(folder, 'a-story.txt'), 'First story.');
    writeFileSync(join(folder, 'notes.docx'), 'Not an article.');
    writeFileSync(join(folder, 'older', 'c-story.txt'), 'Old story.');
    const single = file('lone.txt', 'A lone story.');
    const articles = await readArticles([folder, single]);
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ['a-story', 'First story.'],
      ['b-story', 'Second story.'],
      ['lone', 'A lone story.'],
    ]);
  });

  it('follows links to articles in a folder, but not links to folders', async () => {
    const store = join(dir, 'store');
    mkdirSync(join(store, 'deep.txt'), { recursive: true });
    writeFileSync(join(store, 'linked.txt'), 'A linked story.');
    const folder = join(dir, 'links');
    mkdirSync(folder);
    symlinkSync(join(store, 'linked.txt'), join(folder, 'linked.txt'));
    symlinkSync(join(store, 'deep.txt'), join(folder, 'deep.txt'));
    expect((await readArticles([folder])).map((a) => [a.id, a.text])).toEqual([['linked', 'A linked story.']]);
  });

  it('drops a byte-order mark so offsets count from the first letter', async () => {
    const path = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ada Quill spoke.')]));
    const [article] = await readArticles([path]);
    expect(article?.text).toBe('Ada Quill spoke.');
    expect(article?.text.indexOf('Quill')).toBe(4);
  });

  it.each([
    ['a missing file', () => join(dir, 'absent.txt'), 'INPUT_MISSING', 'no such file'],
    ['an empty file', () => file('empty.txt', ''), 'INPUT_EMPTY', 'empty'],
    ['a whitespace-only file', () => file('blank.txt', ' \n\t\n'), 'INPUT_EMPTY', 'whitespace'],
    ['a file with NUL bytes', () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), 'INPUT_BINARY', 'binary'],
    ['a file of control bytes', () => file('data.txt', Buffer.from([0x01, 0x02, 0x03, 0x41, 0x04, 0x05])), 'INPUT_BINARY', 'binary'],
    ['Latin-1 text', () => file('latin.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4e, 0x6f, 0x72, 0x64])), 'INPUT_ENCODING', 'UTF-8'],
    ['a folder without .txt', () => (mkdirSync(join(dir, 'bare')), join(dir, 'bare')), 'INPUT_NO_ARTICLES', 'no .txt'],
  ])('refuses %s with an error naming it', async (_, make, code, problem) => {
    const path = make();
    const error = await readError(() => readArticles([path]));
    expect(error.code).toBe(code);
    expect(error.subject).toBe(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain(problem);
    expect(error.message).not.toContain('\n');
  });

  it('refuses two inputs with the same article id', async () => {
    mkdirSync(join(dir, 'other'));
    const one = file('story.txt', 'One.');
    const two = join(dir, 'other', 'story.txt');
    writeFileSync(two, 'Two.');
    expect((await readError(() => readArticles([one, two]))).message).toBe(`${two}: article id "story" is already used by ${one}`);
  });

  it('reads a file named twice (directly and through its folder) once', async () => {
    const path = file('story.txt', 'One story.');
    expect((await readArticles([path, dir])).map((a) => a.id)).toEqual(['story']);
  });

  it('refuses to run without input', async () => {
    expect((await readError(() => readArticles([]))).code).toBe('USAGE');
  });
});

describe('articleId', () => {
  it("is the file name without its format's extension", () => {
    expect(articleId(join('some', 'where', 'mayor-visit.txt'))).toBe('mayor-visit');
    expect(['feed.jsonl', 'feed.NDJSON', 'page.html', 'notes.v2.md', 'rows.csv', 'story'].map(articleId)).toEqual(['feed', 'feed', 'page', 'notes.v2', 'rows', 'story']);
  });
});

describe('countWords', () => {
  it('counts runs of non-space characters across lines and tabs', () => {
    expect(countWords('Mayor Lena Marsh\n\tmet  Tomas Ecker.\n')).toBe(6);
  });

  it('is 0 for blank text', () => {
    expect(countWords(' \n\t ')).toBe(0);
  });
});

describe('decodeArticleText on text that is not UTF-8', () => {
  it.each([
    ['a Latin-1 letter mid-line', [...Buffer.from('Caf'), 0xe9, 0x20, 0x4e], 'byte 0xE9 at offset 3, line 1'],
    ['a stray continuation byte', [...Buffer.from('ab\nc'), 0x80, 0x41], 'byte 0x80 at offset 4, line 2'],
    ['a sequence cut off at the end', [...Buffer.from('abc\n\nd'), 0xe2, 0x82], 'byte 0xE2 at offset 6, line 3'],
    ['a bad byte after a valid euro sign', [...Buffer.from('\u20ac ok\n'), 0xff, 0x41], 'byte 0xFF at offset 7, line 2'],
    ['an overlong encoding', [0x41, 0xc0, 0xaf, 0x41], 'byte 0xC0 at offset 1, line 1'],
  ])('%s: names the byte, its offset and its line', (_name, bytes, where) => {
    expect(errorOf(() => decodeArticleText(Uint8Array.from(bytes), 'wire.txt')).message).toBe(`wire.txt: not valid UTF-8 text (${where})`);
  });
});
