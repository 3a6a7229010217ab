// Bad input through the real CLI: one line naming the file and the problem, exit 1, and no
// output written, even when good articles come before the bad one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  ['a folder with no .txt', () => (mkdirSync(join(dir, 'drafts')), writeFileSync(join(dir, 'drafts', 'x.docx'), 'notes'), 'drafts'), /no \.txt/],
  ['a FIFO (which would hang the run)', () => (spawnSync('mkfifo', [join(dir, 'pipe.txt')]), 'pipe.txt'), /named pipe \(FIFO\), not a regular file/],
  ['a file named .txt', () => (writeFileSync(join(dir, '.txt'), GOOD), '.txt'), /nothing before its extension/],
  ['a JSON line that does not parse', () => (writeFileSync(join(dir, 'feed.jsonl'), `{"id": "f-1", "text": ${JSON.stringify(GOOD)}}\n{"id": "f-2", "text": "Ada`), 'feed.jsonl'), /^kg: feed\.jsonl:2: not valid JSON \(/],
  // Found only when the page is read for extraction, after every input has been checked.
  ['a web page with no story', () => (writeFileSync(join(dir, 'menu.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>'), 'menu.html'), /^kg: menu\.html: no article text found in the page$/],
];

/** Runs that used to hang (a FIFO, /proc) are killed after this long and then fail. */
const HANG = 60_000;

describe.each([
  ['build', (bad: string) => ['build', 'good.txt', bad, '--out', 'out']],
  ['extract', (bad: string) => ['extract', 'good.txt', bad, '--out-dir', 'out']],
])('kg %s', (_, args) => {
  it.each(cases)('refuses %s with one line naming it, exit 1, no output', (_, makeBad, problem) => {
    const bad = makeBad();
    const run = runKg(dir, args(bad), HANG);
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

describe('a newline in a file name', () => {
  it('does not cut the error message: the whole name and the problem on one line', () => {
    writeFileSync(join(dir, 'first\nsecond.txt'), '');
    const run = runKg(dir, ['build', 'good.txt', 'first\nsecond.txt', '--out', 'out']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('kg: first\\nsecond.txt: file is empty\n');
  });
});

describe('kg build /dev/zero', () => {
  (existsSync('/dev/zero') ? it : it.skip)('is refused at once instead of eating memory', () => {
    const run = runKg(dir, ['build', '/dev/zero', '--out', 'out'], HANG);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('kg: /dev/zero: is a character device, not a regular file\n');
  });
});

describe('--max-article-mb', () => {
  it('refuses a larger article with one line naming it and the flag', () => {
    const run = runKg(dir, ['build', 'good.txt', '--out', 'out', '--max-article-mb', '0.00001']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^kg: good\.txt: article is \d+ bytes, over the limit of 10 bytes per article \(raise it with --max-article-mb\)\n$/);
    expect(filesUnder(join(dir, 'out'))).toEqual([]);
  });

  it.each(['0', '-1', 'big'])('refuses the value %s', (value) => {
    const run = runKg(dir, ['extract', 'good.txt', '--out-dir', 'out', '--max-article-mb', value]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`--max-article-mb: "${value}" is not a positive number of megabytes`);
  });
});

describe('an output folder that cannot hold files', () => {
  (existsSync('/proc/self') ? it : it.skip)('--out /proc/x is refused at once instead of spinning forever', () => {
    const run = runKg(dir, ['build', 'good.txt', '--out', '/proc/x'], HANG);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('kg: /proc/x: cannot hold files (creating one in /proc failed: ENOENT)\n');
  });

  it('--out naming a file is refused before any article is read', () => {
    writeFileSync(join(dir, 'taken'), 'a file');
    const run = runKg(dir, ['extract', 'absent.txt', '--out-dir', 'taken/graphs']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`kg: taken/graphs: cannot be a folder: ${join(dir, 'taken')} is a file\n`);
  });
});
