// Bit-sliced scores of a bare name's candidates: the same best, first best and runner-up as
// counting each candidate's score one by one, across word boundaries and from article to article.
import { seededRandom } from '../../src/layout/random';
import { Scores } from '../../src/graph/merge-scores';

/** What `Scores.top` must give: counted one candidate at a time. */
function counted(scores: number[]): { best: number; bestAt: number; runnerUp: number } {
  const best = Math.max(...scores);
  const bestAt = scores.indexOf(best);
  const runnerUp = Math.max(...scores.filter((_, i) => i !== bestAt));
  return { best, bestAt, runnerUp };
}

describe('Scores', () => {
  it('gives the best, the first at the best and the runner-up of random sets added, sizes 2 to 100', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 200; round++) {
      const size = 2 + Math.floor(random() * 99);
      const scores = new Scores(size);
      // Several articles in a row: every score starts again from zero.
      for (let article = 0; article < 3; article++) {
        const sets = Math.floor(random() * 12);
        const twice = Math.floor(random() * 3);
        const expected = new Array<number>(size).fill(0);
        scores.start(sets + 2);
        for (let s = 0; s < sets; s++) {
          // Sparse and dense sets alike, so both forms of compact() are added.
          const density = random() < 0.5 ? 0.05 : 0.8;
          const members = Array.from({ length: size }, (_, i) => i).filter(() => random() < density);
          for (const i of members) expected[i] = (expected[i] as number) + 1;
          scores.add(scores.compact(members));
        }
        const doubled = new Set<number>();
        for (let t = 0; t < twice; t++) {
          const members = Array.from({ length: size }, (_, i) => i).filter(() => random() < 0.1);
          scores.markTwice(members);
          for (const i of members) doubled.add(i);
        }
        scores.addTwice();
        for (const i of doubled) expected[i] = (expected[i] as number) + 2;
        expect(scores.top()).toEqual(counted(expected));
      }
    }
  });

  it('keeps positions as a list while a bitset would be longer', () => {
    const scores = new Scores(40);
    expect(scores.compact([3, 35])).toEqual([3, 35]);
    expect(scores.compact([1, 2, 33])).toEqual(new Int32Array([0b110, 0b10]));
  });
});
