// The progress bar of `kg build` / `kg extract`: on a terminal, for more than a handful of
// articles, and never when the output is redirected or --verbose prints.
import { Writable } from 'node:stream';
import type { Article } from '../../src/article/read';
import { createProgress } from '../../src/cli/progress';

/** A stream that records what is written and claims to be (or not be) a terminal. */
function fakeStderr(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY, columns: 120 });
  return { stream, text: () => chunks.join('') };
}

const article = (id: string): Article => ({ id, path: `${id}.txt`, text: 'Mayor Lena Marsh spoke.' });

function run(enabled: boolean, isTTY: boolean, total: number): string {
  const { stream, text } = fakeStderr(isTTY);
  const progress = createProgress(enabled, stream);
  for (let done = 1; done <= total; done++) progress.update(done, total, article(`harbor-${done}`));
  progress.stop();
  return text();
}

describe('createProgress', () => {
  it('draws a bar naming the article on a terminal for many articles', () => {
    const drawn = run(true, true, 8);
    expect(drawn).toContain('articles');
    expect(drawn).toContain('harbor-');
    expect(drawn).toMatch(/\d\/8 articles/);
  });

  it('draws nothing for a handful of articles', () => {
    expect(run(true, true, 3)).toBe('');
  });

  it('draws nothing when stderr is not a terminal', () => {
    expect(run(true, false, 8)).toBe('');
  });

  it('draws nothing when disabled (under --verbose)', () => {
    expect(run(false, true, 8)).toBe('');
  });
});
