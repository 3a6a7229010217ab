const { availableParallelism } = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Type errors are caught once by `npm run typecheck`; ts-jest only transpiles.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 120000,
  globalSetup: '<rootDir>/tests/compile-first.js',
  // Jest's default (one worker fewer than the cores) runs everything in one worker on two cores,
  // yet many suites mostly wait on `kg` child processes or on Chromium, whose work runs in
  // processes of their own: two workers keep both cores busy.
  maxWorkers: Math.max(2, availableParallelism() - 1),
};
