// The bundle publishes nothing about the machine it was built on: its list of sources (for the
// staleness check) is a dotfile the server never serves, with paths relative to the project.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleViewer, viewerBundleIsStale } from '../../viewer/build';

describe('the viewer bundle', () => {
  const work = mkdtempSync(join(tmpdir(), 'kg-bundle-'));
  const dist = join(work, 'dist');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('lists its sources with relative paths, in a dotfile', async () => {
    await bundleViewer(dist);
    expect(readdirSync(dist).filter((name) => !name.startsWith('.')).sort()).toEqual(['app.js', 'app.js.map', 'index.html', 'style.css']);
    const sources = JSON.parse(readFileSync(join(dist, '.inputs.json'), 'utf8')) as string[];
    expect(sources).toContain(join('viewer', 'app', 'main.ts'));
    expect(sources.filter((source) => source.startsWith('/'))).toEqual([]);
    expect(viewerBundleIsStale(dist)).toBe(false);
  });
});
