// Jest's global setup: compiles dist/ when the sources are newer than it (as after any edit), so
// that every `kg` the tests start runs JavaScript; otherwise each start compiles the TypeScript
// sources through ts-node, which made the CLI tests seven times slower (240 s instead of 33 s).
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { compiledIsCurrent } = require('../scripts/compiled-is-current');

module.exports = function compileFirst() {
  if (!compiledIsCurrent()) execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'compile.js')], { stdio: 'inherit' });
};
