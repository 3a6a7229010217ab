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
 * Words read below which a build's forced collections are skipped: some ten news articles, about
 * 64 KB of text. Below it a forced collection mostly marks the lexicons again (two of them cost a
 * one-line article's build 0.3 s of processor time), while what it frees is small. Just under a
 * threshold of 40,000 words, a 240,000-character article peaked 44 MB higher without them (299 MB
 * against 255, within its bound of 357; docs/inputs.md): the lower threshold keeps that gap small.
 */
export const COLLECT_FROM_WORDS = 10_000;

/** `collectGarbage` after a stage that read `words` words, when that is enough to pay. */
export function collectGarbageAfterReading(words: number): void {
  if (words >= COLLECT_FROM_WORDS) collectGarbage();
}
