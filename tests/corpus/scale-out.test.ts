// The map and reduce steps for corpora beyond one machine: `kg extract --extractions` over
// shards, then `kg build --from-extractions` over their folders, give the graph one build gives.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesUnder, removeDir, runKg, scratchDir } from '../cli/run-kg';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'articles');
const NAMES = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort();

let dir: string;
beforeAll(() => {
  dir = scratchDir();
  NAMES.forEach((name, i) => {
    const shard = join(dir, i < NAMES.length / 2 ? 'shard-a' : 'shard-b');
    mkdirSync(shard, { recursive: true });
    copyFileSync(join(FIXTURES, name), join(shard, name));
  });
});
afterAll(() => removeDir(dir));

function kg(...args: string[]): void {
  const run = runKg(dir, args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}

describe('kg build --from-extractions', () => {
  it('merges the extraction files of several shards into the graph a single build gives', () => {
    kg('extract', 'shard-a', '--out-dir', 'ex-a', '--extractions');
    kg('extract', 'shard-b', '--out-dir', 'ex-b', '--extractions', '--jobs', '2');
    expect(filesUnder(join(dir, 'ex-a')).every((f) => f.endsWith('.extraction.json'))).toBe(true);
    kg('build', '--from-extractions', 'ex-a', 'ex-b', '--out', 'reduced');
    kg('build', 'shard-a', 'shard-b', '--out', 'single', '--no-store');
    expect(readFileSync(join(dir, 'reduced', 'graph.json'), 'utf8')).toBe(readFileSync(join(dir, 'single', 'graph.json'), 'utf8'));
  });

  it('refuses a folder without extraction files with one line naming it', () => {
    const run = runKg(dir, ['build', '--from-extractions', 'shard-a', '--out', 'none']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('kg: shard-a: folder holds no .extraction.json files\n');
    expect(filesUnder(join(dir, 'none'))).toEqual([]);
  });
});
