// The model's words found by their characters in the text, with no string made for them. The
// word table's own lookup (an object of some 90,000 keys) takes a new string for each piece of
// text, and V8 then looks that string up in its table of strings before the object's: most of
// the tokenizer's time. This index is a table of numbers, open addressing over a hash of the
// characters, each entry checked against the word table's string. It holds only words the table
// keeps for good (the model's own, and those of plain letters the tokenizer adds, see tagger.ts's
// forgetLearned), each at the table's index: a word it holds is the table's, and one it does not
// hold is looked up in the table as before.

/** FNV-1a, one UTF-16 code unit at a time. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);

export interface WordIndex {
  /** The table index of text.slice(from, to), whose hash is `h`; -1 when not held. */
  find(text: string, from: number, to: number, h: number): number;
  /** Holds `word` at `index` from now on (the table's own entry, kept for good). */
  add(word: string, index: number): void;
}

export function makeWordIndex(list: readonly string[]): WordIndex {
  let bits = 18;
  let mask = (1 << bits) - 1;
  // [hash, index] a slot; index -1 for an empty slot.
  let slots = new Int32Array(2 << bits).fill(-1);
  let size = 0;

  const hashOf = (word: string): number => {
    let h = HASH_SEED;
    for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
    return h;
  };

  const place = (h: number, index: number): void => {
    let p = h & mask;
    while (slots[2 * p + 1] !== -1) p = (p + 1) & mask;
    slots[2 * p] = h;
    slots[2 * p + 1] = index;
  };

  const find = (text: string, from: number, to: number, h: number): number => {
    const length = to - from;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const index = slots[2 * p + 1] as number;
      if (index === -1) return -1;
      if (slots[2 * p] !== h) continue;
      const word = list[index] as string;
      if (word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === text.charCodeAt(from + k)) k++;
      if (k === length) return index;
    }
  };

  const add = (word: string, index: number): void => {
    if (list[index] !== word) return;
    const h = hashOf(word);
    if (find(word, 0, word.length, h) !== -1) return;
    // Half full at most: probes stay short.
    if (2 * (size + 1) > mask + 1) {
      const old = slots;
      bits++;
      mask = (1 << bits) - 1;
      slots = new Int32Array(2 << bits).fill(-1);
      for (let p = 0; p < old.length; p += 2) if ((old[p + 1] as number) !== -1) place(old[p] as number, old[p + 1] as number);
    }
    place(h, index);
    size++;
  };

  return { find, add };
}
