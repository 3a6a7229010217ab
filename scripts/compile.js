#!/usr/bin/env node
// Compiles the project to dist/ (npm's `prepare`, so at install), so that `kg` starts from
// JavaScript instead of compiling TypeScript at every start. Data files read beside the code
// (lexicons) are copied alongside; a stamp written last marks the build complete.
const { execFileSync } = require('node:child_process');
const { cpSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
// The stamp carries the time the compile started: a source saved during it is newer than the build.
const started = new Date();
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

function copyData(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copyData(path);
    else if (!entry.name.endsWith('.ts')) {
      const target = join(dist, relative(root, path));
      mkdirSync(join(target, '..'), { recursive: true });
      cpSync(path, target);
    }
  }
}
copyData(join(root, 'src'));
writeFileSync(join(dist, 'BUILT'), `${started.toISOString()}\n`);
utimesSync(join(dist, 'BUILT'), started, started);
