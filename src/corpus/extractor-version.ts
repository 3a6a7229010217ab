// The extractor's version, for the corpus store: a hash of everything that decides what an
// article's extraction is (the code and lexicons of the article reader and the extractor, and the
// versions of the data packages they read), so any change to them re-extracts the corpus once,
// with no number to bump by hand.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The folders whose files make the extraction, relative to the sources' root. */
const EXTRACTOR_FOLDERS = ['article', 'extract'];

let cached: string | undefined;
let cachedDigest: string | undefined;
let cachedMerge: string | undefined;

/**
 * The TypeScript sources when they are there (so the compiled CLI and the sources give the same
 * version), else the running code's own folder.
 */
function sourceRoot(): { root: string; project: string } {
  for (let dir = __dirname; dir !== resolve(dir, '..'); dir = resolve(dir, '..')) {
    if (existsSync(join(dir, 'src', 'extract', 'index.ts'))) return { root: join(dir, 'src'), project: dir };
  }
  const root = resolve(__dirname, '..');
  return { root, project: resolve(root, '..') };
}

function hashFolder(hash: ReturnType<typeof createHash>, dir: string, name: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashFolder(hash, path, `${name}/${entry.name}`);
    else {
      hash.update(`${name}/${entry.name}\u0000`);
      hash.update(readFileSync(path));
    }
  }
}

export function extractorVersion(): string {
  if (cached !== undefined) return cached;
  const { root, project } = sourceRoot();
  const hash = createHash('sha256');
  for (const folder of EXTRACTOR_FOLDERS) hashFolder(hash, join(root, folder), folder);
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dependency of Object.keys(manifest.dependencies ?? {}).sort()) {
    const installed = join(project, 'node_modules', dependency, 'package.json');
    const version = existsSync(installed) ? (JSON.parse(readFileSync(installed, 'utf8')) as { version?: string }).version : 'absent';
    hash.update(`${dependency}@${version ?? '?'}\u0000`);
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}

/**
 * The version of an article's digest (graph/digest.ts): a hash of the code that makes it from the
 * stored extraction, which the extractor's version does not cover.
 */
export function digestVersion(): string {
  if (cachedDigest !== undefined) return cachedDigest;
  const { root } = sourceRoot();
  const hash = createHash('sha256');
  for (const name of ['digest.ts', 'digest.js']) {
    const path = join(root, 'graph', name);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  cachedDigest = hash.digest('hex').slice(0, 16);
  return cachedDigest;
}

/**
 * The version of the cross-article merge's decisions kept in the store (graph/merge-surnames.ts):
 * a hash of the merge's code and lexicons, so a change to them decides every bare name again.
 */
export function mergeVersion(): string {
  if (cachedMerge !== undefined) return cachedMerge;
  const { root } = sourceRoot();
  const graph = join(root, 'graph');
  const hash = createHash('sha256');
  for (const name of readdirSync(graph).sort()) {
    if (!/^(merge|keys|digest)[\w-]*\.(ts|js)$/.test(name)) continue;
    hash.update(`${name}\u0000`);
    hash.update(readFileSync(join(graph, name)));
  }
  const lexicon = join(graph, 'lexicon');
  if (existsSync(lexicon)) hashFolder(hash, lexicon, 'lexicon');
  cachedMerge = hash.digest('hex').slice(0, 16);
  return cachedMerge;
}
