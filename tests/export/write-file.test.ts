import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KgError } from '../../src/errors';
import { writeFileAtomic, writeFilesAtomic } from '../../src/export/write-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates missing folders and leaves no temporary file', () => {
    writeFileAtomic(join(dir, 'deep', 'er', 'graph.json'), 'whole');
    expect(readFileSync(join(dir, 'deep', 'er', 'graph.json'), 'utf8')).toBe('whole');
    expect(readdirSync(join(dir, 'deep', 'er'))).toEqual(['graph.json']);
  });
});

describe('writeFilesAtomic', () => {
  it('writes every file', () => {
    writeFilesAtomic([
      { path: join(dir, 'out', 'nodes.csv'), content: 'n' },
      { path: join(dir, 'out', 'edges.csv'), content: 'e' },
    ]);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['edges.csv', 'nodes.csv']);
  });

  it('when a later file fails, removes the new files and restores the old ones, and names the failing file', () => {
    mkdirSync(join(dir, 'out', 'edges.csv'), { recursive: true });
    writeFileSync(join(dir, 'out', 'old.json'), 'previous');
    let error: unknown;
    try {
      writeFilesAtomic([
        { path: join(dir, 'out', 'old.json'), content: 'replaced' },
        { path: join(dir, 'out', 'nodes.csv'), content: 'n' },
        { path: join(dir, 'out', 'edges.csv'), content: 'e' },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).code).toBe('EXPORT_FAILED');
    expect((error as KgError).message).toMatch(new RegExp(`edges\\.csv: cannot write \\(E[A-Z]+\\)$`));
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['edges.csv', 'old.json']);
    expect(readFileSync(join(dir, 'out', 'old.json'), 'utf8')).toBe('previous');
  });
});
