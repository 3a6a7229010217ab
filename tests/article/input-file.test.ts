// Inputs that are not articles: what a careless or hostile INPUT may name (a FIFO, a device, a
// socket, a link loop, a huge file, a bare ".txt") is refused with one line naming it, at once.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticles } from '../../src/article/stream';
import { KgError } from '../../src/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-input-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function errorOf(run: () => Promise<unknown>): Promise<KgError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error('expected a KgError');
}

function fifo(path: string): string {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${String(made.stderr)}`);
  return path;
}

function expectOneLine(error: KgError, path: string, code: string, problem: RegExp): void {
  expect(error.code).toBe(code);
  expect(error.subject).toBe(path);
  expect(error.message.startsWith(`${path}: `)).toBe(true);
  expect(error.message).toMatch(problem);
  expect(error.message).not.toContain('\n');
}

// A FIFO or a device given directly would block or never end a synchronous read: those cases
// run through the real CLI with a timeout (tests/cli/bad-input.test.ts).
describe('inputs that are not regular files', () => {
  it('refuses a FIFO among the .txt files of a folder instead of skipping or hanging', async () => {
    writeFileSync(join(dir, 'a-story.txt'), 'A story.');
    const path = fifo(join(dir, 'b-pipe.txt'));
    expectOneLine(await errorOf(() => readArticles([dir])), path, 'INPUT_NOT_FILE', /named pipe/);
  });

  it('refuses a socket', async () => {
    const path = join(dir, 'socket.txt');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(path, resolve));
    try {
      expectOneLine(await errorOf(() => readArticles([path])), path, 'INPUT_NOT_FILE', /socket/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('links', () => {
  it('reports a symlink loop in an input folder like other bad input, not as a raw ELOOP', async () => {
    writeFileSync(join(dir, 'a-story.txt'), 'A story.');
    const path = join(dir, 'loop.txt');
    symlinkSync('loop.txt', path);
    expectOneLine(await errorOf(() => readArticles([dir])), path, 'INPUT_MISSING', /symbolic link loop/);
  });

  it('reports a symlink loop given as input', async () => {
    const path = join(dir, 'loop.txt');
    symlinkSync('loop.txt', path);
    expectOneLine(await errorOf(() => readArticles([path])), path, 'INPUT_MISSING', /symbolic link loop/);
  });

  it('reports a dangling link in an input folder instead of skipping it in silence', async () => {
    writeFileSync(join(dir, 'a-story.txt'), 'A story.');
    const path = join(dir, 'gone.txt');
    symlinkSync(join(dir, 'nowhere.txt'), path);
    expectOneLine(await errorOf(() => readArticles([dir])), path, 'INPUT_MISSING', /broken symbolic link/);
  });
});

describe('names', () => {
  it.each(['.txt', '  .txt'])('refuses a file named %j, whose article id would be empty', async (name) => {
    const path = join(dir, name);
    writeFileSync(path, 'A story.');
    expectOneLine(await errorOf(() => readArticles([path])), path, 'INPUT_NAME', /nothing before its extension/);
  });

  it('refuses a file named .txt inside a folder too', async () => {
    writeFileSync(join(dir, 'a-story.txt'), 'A story.');
    writeFileSync(join(dir, '.txt'), 'Hidden story.');
    expect((await errorOf(() => readArticles([dir]))).code).toBe('INPUT_NAME');
  });
});

describe('the size limit per article', () => {
  it('refuses an article over the limit, naming its size and the limit and how to raise it', async () => {
    const path = join(dir, 'long.txt');
    writeFileSync(path, 'Word '.repeat(300_000));
    expectOneLine(await errorOf(() => readArticles([path], { maxArticleMb: 1 })), path, 'INPUT_TOO_LARGE', /article is 1\.4 MB, over the limit of 1 MB per article \(raise it with --max-article-mb\)/);
  });

  it('reads an article just under the limit', async () => {
    const path = join(dir, 'long.txt');
    writeFileSync(path, 'Word '.repeat(200_000));
    expect((await readArticles([path], { maxArticleMb: 1 }))[0]?.text.length).toBe(1_000_000);
  });
});
