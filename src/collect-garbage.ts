// A full garbage collection, asked for where much memory has just been let go. V8 sizes its heap
// by what its last full collection kept: once a build's extractions are dropped, that is still
// the size they needed, and the layout's short-lived garbage would fill it all before the next
// collection (a 30 MB article's build peaked about 50 MB higher without it).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    // `gc` is given to contexts made after the flag is set.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/**
 * Words read below which a build's forced collections are skipped: about as many as an article
 * read in windows holds (extract/windows.ts). Below it a forced collection mostly marks the
 * lexicons again (two of them cost a one-line article's build 0.3 s of processor time), while
 * what it frees is small: a 20,000-word article peaked 15 MB higher without them, far inside the
 * bound of docs/inputs.md. From an article read in windows up, the windows' own collections
 * (extract/windows.ts) hold the peak.
 */
export const COLLECT_FROM_WORDS = 40_000;

/** `collectGarbage` after a stage that read `words` words, when that is enough to pay. */
export function collectGarbageAfterReading(words: number): void {
  if (words >= COLLECT_FROM_WORDS) collectGarbage();
}
