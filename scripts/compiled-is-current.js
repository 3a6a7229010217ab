// Whether dist/ (built by scripts/compile.js) is at least as new as every source it was built
// from: `kg` runs it only then, and `npm test` compiles first when it is not.
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

module.exports = { compiledIsCurrent };
