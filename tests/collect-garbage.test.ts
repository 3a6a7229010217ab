// collectGarbage asks V8 for a full collection at run time (the flag that exposes it is set
// then, not on the command line): what was let go is freed at once, so the next stage's heap is
// sized by what is live. If the run-time flag stopped working, kg build would fail.
import { collectGarbage } from '../src/collect-garbage';

it('frees at once what was let go, through the old generation too', () => {
  // Measured against the heap while holding, not against a baseline taken before: in a shared jest
  // worker, earlier test files' garbage may still be reachable then and freed in between.
  collectGarbage();
  // Kept across many allocations, so V8 moves it to the old generation, which only a full
  // collection frees.
  let kept: Array<{ n: number; s: string }> | undefined = Array.from({ length: 500_000 }, (_, n) => ({ n, s: `entity ${n}` }));
  collectGarbage();
  const holding = process.memoryUsage().heapUsed;
  expect(kept.length).toBe(500_000);
  kept = undefined;
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  expect(holding - after).toBeGreaterThan(20 * 1024 * 1024);
});
