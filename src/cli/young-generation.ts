// A corpus build keeps nearly everything it allocates to its end (the articles' digests, the
// merge's groups, the graph), and V8's young generation, 16 MB semi-spaces by default, copies it
// all out again and again before it is promoted: with 64 MB semi-spaces a warm build of 10,000
// articles took 17.2 s of processor time against 22.6 s (the merge 7.9 s against 12.8 s), for
// 120 MB more at the peak. V8 sizes the young generation when the process starts, so a large
// build runs again in a child process started with the larger size.
import { spawnSync } from 'node:child_process';

export const SEMI_SPACE_MB = 64;
/** Input bytes from which a build is run again with the larger young generation: a few thousand articles. */
export const LARGE_YOUNG_FROM_BYTES = 16 * 1024 * 1024;

const FLAG = '--max-semi-space-size';

/** Whether this process was started with its young generation sized (by kg or by the user). */
export function youngGenerationSized(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  return execArgv.some((arg) => arg.startsWith(FLAG)) || nodeOptions.includes(FLAG);
}

/** The arguments that start this command again with the larger young generation. */
export function largeYoungGenerationArgs(execArgv: readonly string[] = process.execArgv, argv: readonly string[] = process.argv): string[] {
  return [...execArgv, `${FLAG}=${SEMI_SPACE_MB}`, ...argv.slice(1)];
}

/** Runs this command again in a child process with the larger young generation, sharing its terminal; its exit status. */
export function rerunWithLargeYoungGeneration(): number {
  const child = spawnSync(process.execPath, largeYoungGenerationArgs(), { stdio: 'inherit' });
  if (child.error !== undefined) throw child.error;
  if (child.signal !== null) process.kill(process.pid, child.signal);
  return child.status ?? 1;
}
