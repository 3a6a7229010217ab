#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run compile` at install). While the TypeScript
// sources are newer than that build, as when developing, it runs them through ts-node instead,
// so `kg` never runs stale code; types are checked by `npm test`, not at every start.
const { readdirSync, statSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const stamp = path.join(root, 'dist', 'BUILT');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent() {
  const built = statSync(stamp, { throwIfNoEntry: false });
  if (built === undefined) return false;
  // The CLI also runs the viewer's bundler and server: every .ts file directly in viewer/.
  const viewer = path.join(root, 'viewer');
  const viewerFiles = readdirSync(viewer).filter((name) => name.endsWith('.ts')).map((name) => statSync(path.join(viewer, name)).mtimeMs);
  const sources = Math.max(newestSource(path.join(root, 'src')), ...viewerFiles);
  return sources <= built.mtimeMs;
}

if (compiledIsCurrent()) {
  require('../dist/src/cli/main').main(process.argv);
} else {
  require('ts-node').register({ transpileOnly: true, project: path.join(root, 'tsconfig.json') });
  require('../src/cli/main').main(process.argv);
}
