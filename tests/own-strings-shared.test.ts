// ownStringsIn gives equal strings one copy: a long article's 300,000 mentions name its entities
// by a few thousand ids and names, and a copy for each mention held them many times over.
import { collectGarbage } from '../src/collect-garbage';
import { ownStringsIn } from '../src/own-string';

it('gives equal strings one copy, so many holders of one name hold it once', () => {
  const text = `${'Ada Quill of Port Vella Harbour Board '.repeat(4)}${'.'.repeat(1_000_000)}`;
  // Each slice is a string of its own in memory, as the mentions' names cut from an article are.
  let holders: Array<{ entity: string; text: string }> | undefined = Array.from({ length: 100_000 }, (_, i) => ({ entity: text.slice(0, 40), text: text.slice(i % 2, 60) }));
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  ownStringsIn(holders);
  collectGarbage();
  // 200,000 slices of 40 to 60 characters become two copies and go; a copy for each holder left
  // the heap 7 MB larger than before.
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(-4 * 1024 * 1024);
  expect(holders[99_999]).toEqual({ entity: text.slice(0, 40), text: text.slice(1, 60) });
  holders = undefined;
});
