// Output folders are checked before any work and made one level at a time.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOutputFolder, makeFolders } from '../../src/export/output-folder';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-out-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkOutputFolder', () => {
  it('accepts a folder that exists or can be made, and leaves nothing behind', () => {
    checkOutputFolder(dir);
    checkOutputFolder(join(dir, 'not', 'yet'));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a file, or a path under a file', () => {
    writeFileSync(join(dir, 'file'), 'x');
    expect(() => checkOutputFolder(join(dir, 'file'))).toThrow(`${join(dir, 'file')}: is a file, not a folder`);
    expect(() => checkOutputFolder(join(dir, 'file', 'sub'))).toThrow(`${join(dir, 'file', 'sub')}: cannot be a folder: ${join(dir, 'file')} is a file`);
  });

  (existsSync('/proc/self') ? it : it.skip)('refuses a folder under /proc, where no file can be made', () => {
    expect(() => checkOutputFolder('/proc/x')).toThrow('/proc/x: cannot hold files (creating one in /proc failed: ENOENT)');
  });
});

describe('makeFolders', () => {
  it('makes every missing level', () => {
    makeFolders(join(dir, 'a', 'b', 'c'));
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['c']);
  });

  // Node's recursive mkdir loops forever there.
  (existsSync('/proc/self') ? it : it.skip)('fails at once under /proc instead of spinning', () => {
    expect(() => makeFolders('/proc/x/y')).toThrow(/ENOENT/);
  });
});
