// Bad input through the real CLI: one line naming the file and the problem, exit 1, and no
// output written, even when good articles come before the bad one.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, removeDir, runKg, scratchDir } from './run-kg';

const GOOD = 'Harbor talks\n\nMayor Lena Marsh met Tomas Ecker in Port Avelin on Monday.\n';

let dir: string;
beforeEach(() => {
  dir = scratchDir();
  writeFileSync(join(dir, 'good.txt'), GOOD);
});
afterEach(() => removeDir(dir));

const cases: Array<[string, () => string, RegExp]> = [
  ['a missing file', () => 'absent.txt', /no such file/],
  ['an empty file', () => (writeFileSync(join(dir, 'empty.txt'), ''), 'empty.txt'), /empty/],
  ['a whitespace-only file', () => (writeFileSync(join(dir, 'blank.txt'), '\n  \n'), 'blank.txt'), /whitespace/],
  ['a binary file', () => (writeFileSync(join(dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a])), 'photo.txt'), /binary/],
  ['text that is not UTF-8', () => (writeFileSync(join(dir, 'latin.txt'), Buffer.from('Caf\xe9 owner Lena Marsh', 'latin1')), 'latin.txt'), /UTF-8/],
  ['a folder with no .txt', () => (mkdirSync(join(dir, 'drafts')), writeFileSync(join(dir, 'drafts', 'x.md'), 'notes'), 'drafts'), /no \.txt/],
];

describe.each([
  ['build', (bad: string) => ['build', 'good.txt', bad, '--out', 'out']],
  ['extract', (bad: string) => ['extract', 'good.txt', bad, '--out-dir', 'out']],
])('kg %s', (_, args) => {
  it.each(cases)('refuses %s with one line naming it, exit 1, no output', (_, makeBad, problem) => {
    const bad = makeBad();
    const run = runKg(dir, args(bad));
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(bad);
    expect(lines[0]).toMatch(problem);
    expect(filesUnder(join(dir, 'out'))).toEqual([]);
  });
});

describe('an output that cannot be written', () => {
  it('stops with one line naming it and leaves the earlier outputs as they were', () => {
    mkdirSync(join(dir, 'out', 'graph.gexf'), { recursive: true });
    writeFileSync(join(dir, 'out', 'graph.json'), 'previous graph');
    const run = runKg(dir, ['build', 'good.txt', '--out', 'out']);
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/graph\.gexf: cannot write/)]);
    expect(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')).toBe('previous graph');
    expect(filesUnder(join(dir, 'out')).sort()).toEqual(['graph.gexf', 'graph.json']);
  });

  it('removes a file it wrote when a later one fails', () => {
    mkdirSync(join(dir, 'out', 'graph.gexf'), { recursive: true });
    const run = runKg(dir, ['build', 'good.txt', '--out', 'out']);
    expect(run.status).toBe(1);
    expect(filesUnder(join(dir, 'out'))).toEqual(['graph.gexf']);
  });
});
