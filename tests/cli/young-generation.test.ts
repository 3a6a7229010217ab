// A large build runs again in a child process with a larger young generation (young-generation.ts):
// the same command, the same output, the child's exit status.
import { copyFileSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { largeYoungGenerationArgs, LARGE_YOUNG_FROM_BYTES, SEMI_SPACE_MB, youngGenerationSized } from '../../src/cli/young-generation';
import { removeDir, runKg, scratchDir } from './run-kg';

const ARTICLE = resolve(__dirname, '..', 'fixtures', 'articles', 'changsha-dodoma-friendship.txt');

describe('the young generation of a large build', () => {
  it('is sized once, by kg or by the user', () => {
    expect(youngGenerationSized([], '')).toBe(false);
    expect(youngGenerationSized(['--max-semi-space-size=32'], '')).toBe(true);
    expect(youngGenerationSized([], '--max-old-space-size=4096 --max-semi-space-size=8')).toBe(true);
  });

  it('reruns the same command with the flag before the script', () => {
    expect(largeYoungGenerationArgs(['--enable-source-maps'], ['/usr/bin/node', '/kg/bin/kg.js', 'build', 'news', '--out', 'out'])).toEqual([
      '--enable-source-maps',
      `--max-semi-space-size=${SEMI_SPACE_MB}`,
      '/kg/bin/kg.js',
      'build',
      'news',
      '--out',
      'out',
    ]);
  });

  it('gives the graph a build in one process gives', () => {
    const dir = scratchDir();
    try {
      for (const folder of ['small', 'large']) {
        mkdirSync(join(dir, folder));
        copyFileSync(ARTICLE, join(dir, folder, 'visit.txt'));
      }
      // A file no build reads makes the folder large enough, without an article's cost.
      writeFileSync(join(dir, 'large', 'padding.dat'), '');
      truncateSync(join(dir, 'large', 'padding.dat'), LARGE_YOUNG_FROM_BYTES);
      for (const folder of ['small', 'large']) {
        const run = runKg(dir, ['build', folder, '--out', `out-${folder}`, '--no-store']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^1 article,/);
      }
      expect(readFileSync(join(dir, 'out-large', 'graph.json'), 'utf8')).toBe(readFileSync(join(dir, 'out-small', 'graph.json'), 'utf8'));
    } finally {
      removeDir(dir);
    }
  });
});
