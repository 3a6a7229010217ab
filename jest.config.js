const { availableParallelism } = require('node:os');

/**
 * The slow set: suites that drive headless Chromium, hold kg's memory on long articles and large
 * layouts, or build a corpus several ways over to compare the graphs. Together they took about
 * half of the whole run's time (460 s of 890 s of suite time on two cores). `npm test` leaves
 * them out; `npm run test:slow` runs them, `npm run test:all` runs both sets, and CI runs both.
 */
const SLOW = [
  'tests/viewer/.*\\.browser\\.test\\.ts$',
  'tests/cli/long-article-memory\\.test\\.ts$',
  'tests/cli/large-article\\.test\\.ts$',
  'tests/layout/run-forceatlas2\\.test\\.ts$',
  'tests/corpus/formats-build\\.test\\.ts$',
  'tests/corpus/incremental-build\\.test\\.ts$',
  'tests/corpus/incremental-equals-full\\.test\\.ts$',
  'tests/corpus/collect-owns-strings\\.test\\.ts$',
  'tests/corpus/scale-out\\.test\\.ts$',
];

/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  // Type errors are caught once by `npm run typecheck`; ts-jest only transpiles.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  globalSetup: '<rootDir>/tests/compile-first.js',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...shared, displayName: 'fast', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...SLOW] },
    { ...shared, displayName: 'slow', testRegex: SLOW },
  ],
  // Jest's default (one worker fewer than the cores) runs everything in one worker on two cores,
  // yet many suites mostly wait on `kg` child processes or on Chromium, whose work runs in
  // processes of their own: two workers keep both cores busy.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // A setting of the whole run: jest reads no per-project timeout.
  testTimeout: 120000,
};
