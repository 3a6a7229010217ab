// Preloaded into `kg` by compiled.test.ts: prints the project files the run loaded, at exit.
process.on('exit', () => {
  process.stderr.write(`LOADED ${JSON.stringify(Object.keys(require.cache))}\n`);
});
