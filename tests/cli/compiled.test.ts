// `kg` runs the JavaScript that `npm run compile` (npm's prepare) puts in dist/, and falls back to
// compiling the TypeScript sources only while they are newer than that build.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

function newest(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
}

function loadedFiles(): string[] {
  const run = spawnSync(process.execPath, ['-r', join(__dirname, 'loaded-modules.js'), join(ROOT, 'bin', 'kg.js'), 'query', '--graph', join(ROOT, 'tests', 'fixtures', 'graphs', 'small.json'), 'stats'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  const line = run.stderr.split('\n').find((l) => l.startsWith('LOADED ')) ?? 'LOADED []';
  return (JSON.parse(line.slice('LOADED '.length)) as string[]).filter((f) => f.startsWith(ROOT) && !f.includes('node_modules'));
}

describe('the kg command', () => {
  it('runs compiled JavaScript from dist/ unless the sources changed since it was built', () => {
    const files = loadedFiles();
    const built = statSync(join(ROOT, 'dist', 'BUILT'), { throwIfNoEntry: false })?.mtimeMs;
    if (built !== undefined && newest(join(ROOT, 'src')) <= built) {
      expect(files.some((f) => f.startsWith(join(ROOT, 'dist', 'src', 'cli')))).toBe(true);
      expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
    } else {
      // No build, or one older than the sources: the sources run, never a stale build.
      expect(files.some((f) => f.startsWith(join(ROOT, 'dist')))).toBe(false);
      expect(files).toContain(join(ROOT, 'src', 'cli', 'main.ts'));
    }
  });
});
