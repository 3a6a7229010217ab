#!/usr/bin/env node
// Runs the TypeScript CLI through ts-node; types are checked by `npm test`, not at every start.
const path = require('node:path');
require('ts-node').register({ transpileOnly: true, project: path.join(__dirname, '..', 'tsconfig.json') });
require('../src/cli/main').main(process.argv);
