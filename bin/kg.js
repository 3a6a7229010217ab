#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run compile` at install). While the TypeScript
// sources are newer than that build, as when developing, it runs them through ts-node instead,
// so `kg` never runs stale code; types are checked by `npm test`, not at every start.
const path = require('node:path');
const { compiledIsCurrent } = require('../scripts/compiled-is-current');

if (compiledIsCurrent()) {
  require('../dist/src/cli/main').main(process.argv);
} else {
  require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
  require('../src/cli/main').main(process.argv);
}
