// Bundles the viewer with esbuild into viewer/dist: one script, the page and its stylesheet, all
// served locally (no CDN). `kg serve` / `kg start` call ensureViewerBundle() before serving.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

// Compiled, this file runs from dist/viewer; the page's sources stay in viewer/.
const VIEWER_DIR = existsSync(join(__dirname, 'index.html')) ? __dirname : resolve(__dirname, '..', '..', 'viewer');
const ROOT = resolve(VIEWER_DIR, '..');
export const DIST_DIR = join(VIEWER_DIR, 'dist');
const STATIC_FILES = ['index.html', 'style.css'];
// A dotfile, so the server (sirv) never lists it; paths relative to the project, never absolute.
const MANIFEST = '.inputs.json';

/** Writes app.js, index.html, style.css and the list of inputs (for staleness checks) to outDir. */
export async function bundleViewer(outDir: string = DIST_DIR): Promise<void> {
  // From empty, so no file of an older bundle stays to be served.
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(VIEWER_DIR, 'app', 'main.ts')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: true,
    metafile: true,
    // csv-stringify's default build reads Node's Buffer as it loads; its browser build brings its own.
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
    logLevel: 'silent',
  });
  for (const file of STATIC_FILES) copyFileSync(join(VIEWER_DIR, file), join(outDir, file));
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes(':'))
    .map((input) => relative(ROOT, resolve(ROOT, input)));
  inputs.push(...STATIC_FILES.map((file) => relative(ROOT, join(VIEWER_DIR, file))));
  writeFileSync(join(outDir, MANIFEST), JSON.stringify(inputs));
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** True when the bundle is missing or any file that went into it changed since. */
export function viewerBundleIsStale(outDir: string = DIST_DIR): boolean {
  const built = mtime(join(outDir, MANIFEST));
  if (!Number.isFinite(built)) return true;
  let inputs: string[];
  try {
    inputs = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as string[];
  } catch {
    return true;
  }
  return inputs.some((input) => mtime(resolve(ROOT, input)) > built);
}

/** Bundles only when needed; returns whether it did. */
export async function ensureViewerBundle(outDir: string = DIST_DIR): Promise<boolean> {
  if (!viewerBundleIsStale(outDir)) return false;
  await bundleViewer(outDir);
  return true;
}

if (require.main === module) {
  bundleViewer().then(
    () => process.stdout.write(`viewer bundled into ${DIST_DIR}\n`),
    (error: unknown) => {
      process.stderr.write(`viewer bundle failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
