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
