// Every candidate's score for one article at once (merge-surnames.ts). Candidates are bit
// positions, 32 to a word, and the scores are binary counters laid across bit planes: plane j
// holds bit j of every candidate's score. Adding one to a set of candidates is a ripple-carry add
// of its bitset into the planes, a few word operations per 32 candidates, so an article costs
// about its own entities, however many candidates each of them is named beside.

/** Some candidates: their positions, or a bitset of them (`Scores.words` words). */
export type CandidateSet = readonly number[] | Int32Array;

export interface Top {
  best: number;
  /** The position of the best; with two or more at the best, the first of them. */
  bestAt: number;
  /** The highest score of any other candidate. */
  runnerUp: number;
}

export class Scores {
  /** Words of a bitset of the candidates. */
  readonly words: number;
  private planes = 0;
  private counters: Int32Array;
  private readonly everyone: Int32Array;
  /** Scratch bitsets, left zeroed: candidates found so far, candidates to add twice. */
  private readonly among: Int32Array;
  private readonly twice: Int32Array;

  constructor(readonly size: number) {
    this.words = Math.ceil(size / 32);
    this.counters = new Int32Array(0);
    this.everyone = new Int32Array(this.words).fill(-1);
    if (size % 32 !== 0) this.everyone[this.words - 1] = (1 << size % 32) - 1;
    this.among = new Int32Array(this.words);
    this.twice = new Int32Array(this.words);
  }

  /** A bitset of the positions when that is the shorter form, else the positions as they are. */
  compact(positions: number[]): CandidateSet {
    if (positions.length <= this.words) return positions;
    const bits = new Int32Array(this.words);
    for (const i of positions) bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
    return bits;
  }

  /** Starts an article in which no score can exceed `max`: enough planes that none overflows. */
  start(max: number): void {
    this.planes = 32 - Math.clz32(max);
    if (this.counters.length < this.planes * this.words) this.counters = new Int32Array(this.planes * this.words);
  }

  /** Adds 1 to the score of every candidate of the set. */
  add(set: CandidateSet): void {
    if (set instanceof Int32Array) for (let w = 0; w < this.words; w++) this.carry(w, set[w] as number, 0);
    else for (const i of set) this.carry(i >>> 5, 1 << (i & 31), 0);
  }

  /** Marks the candidates of the set for `addTwice`: a candidate in several sets still gets 2 once. */
  markTwice(set: readonly number[]): void {
    for (const i of set) this.twice[i >>> 5] = (this.twice[i >>> 5] as number) | (1 << (i & 31));
  }

  addTwice(): void {
    for (let w = 0; w < this.words; w++) {
      // Plane 1 holds the twos.
      if (this.twice[w] !== 0) this.carry(w, this.twice[w] as number, 1);
      this.twice[w] = 0;
    }
  }

  /** The best score and the runner-up's, then every score back to zero for the next article. */
  top(): Top {
    this.among.set(this.everyone);
    const best = this.highest();
    // The candidates at the best are left in `among`: the first of them, and whether it is alone.
    let bestAt = -1;
    let alone = true;
    for (let w = 0; w < this.words; w++) {
      const bits = this.among[w] as number;
      if (bits === 0) continue;
      if (bestAt !== -1 || (bits & (bits - 1)) !== 0) alone = false;
      if (bestAt === -1) bestAt = w * 32 + 31 - Math.clz32(bits & -bits);
    }
    let runnerUp = best;
    if (alone) {
      this.among.set(this.everyone);
      this.among[bestAt >>> 5] = (this.among[bestAt >>> 5] as number) & ~(1 << (bestAt & 31));
      runnerUp = this.highest();
    }
    this.counters.fill(0, 0, this.planes * this.words);
    return { best, bestAt, runnerUp };
  }

  /** Adds `bits` (one word of candidates) times 2^plane into the counters of word `w`. */
  private carry(w: number, bits: number, plane: number): void {
    const { counters, words } = this;
    for (let j = plane; bits !== 0 && j < this.planes; j++) {
      const at = j * words + w;
      const c = counters[at] as number;
      counters[at] = c ^ bits;
      bits &= c;
    }
  }

  /** The highest score among the candidates in `among`, which keeps only those that have it. */
  private highest(): number {
    const { counters, words, among } = this;
    let value = 0;
    for (let j = this.planes - 1; j >= 0; j--) {
      let any = 0;
      for (let w = 0; w < words; w++) any |= (among[w] as number) & (counters[j * words + w] as number);
      if (any === 0) continue;
      value |= 1 << j;
      for (let w = 0; w < words; w++) among[w] = (among[w] as number) & (counters[j * words + w] as number);
    }
    return value;
  }
}
