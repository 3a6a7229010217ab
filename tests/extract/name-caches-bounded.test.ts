// Regression: the name caches (lookup answers and name keys) stay small however many names an
// article has. Sized for every name of a book-length article, they held about 50 MB of a 30 MB
// article's memory to the end of the run.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lookupKnown } from '../../src/extract/entities/lookup';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

it('keeps the name caches to a few megabytes after 100,000 different names', () => {
  // Loads the gazetteers first, so their memory is not counted.
  lookupKnown('Paris', 1, { locative: true });
  const before = heapUsed();
  for (let i = 0; i < 100_000; i++) lookupKnown(`Varn${i.toString(36)} Quillby`, 2, { locative: i % 2 === 0 });
  const grown = heapUsed() - before;
  // About 250 bytes a name in each cache: 100,000 names kept would be over 40 MB.
  expect(grown).toBeLessThan(12 * 1024 * 1024);
}, 60_000);
