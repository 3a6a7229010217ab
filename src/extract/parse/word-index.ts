// The model's words found by their characters in the text, with no string made for them. The
// word table's own lookup (an object of some 90,000 keys) takes a new string for each piece of
// text, and V8 then looks that string up in its table of strings before the object's: most of
// the tokenizer's time. This index is a table of numbers, open addressing over a hash of the
// characters, each entry checked against a copy of the word's characters kept beside its table
// index. It holds only words the table keeps for good (the model's own, and those of plain letters
// the tokenizer adds, see tagger.ts's forgetLearned), each at the table's index: a word it holds is
// the table's, and one it does not hold is looked up in the table as before.
// Between two sentences the rest of the extraction runs and the processor's caches forget the
// tables: a word found here costs a read of its slot and one of its entry, close together, and
// not of the table's list of strings and the string itself.

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
  // [hash, where its entry starts in `entries`] a slot; -1 for an empty slot.
  let slots = new Int32Array(2 << bits).fill(-1);
  let size = 0;
  // An entry: the word's length, its table index (low and high 16 bits), then its characters.
  let entries = new Uint16Array(1 << 20);
  let used = 0;

  const hashOf = (word: string): number => {
    let h = HASH_SEED;
    for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
    return h;
  };

  const place = (h: number, at: number): void => {
    let p = h & mask;
    while (slots[2 * p + 1] !== -1) p = (p + 1) & mask;
    slots[2 * p] = h;
    slots[2 * p + 1] = at;
  };

  const find = (text: string, from: number, to: number, h: number): number => {
    const length = to - from;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const at = slots[2 * p + 1] as number;
      if (at === -1) return -1;
      if (slots[2 * p] !== h || entries[at] !== length) continue;
      const chars = at + ENTRY_HEAD - from;
      let k = from;
      while (k < to && entries[chars + k] === text.charCodeAt(k)) k++;
      if (k === to) return (entries[at + 1] as number) | ((entries[at + 2] as number) << 16);
    }
  };

  const add = (word: string, index: number): void => {
    // A word longer than an entry's length field holds is left to the table.
    if (list[index] !== word || word.length > 0xffff) return;
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
    if (used + ENTRY_HEAD + word.length > entries.length) {
      const old = entries;
      entries = new Uint16Array(Math.max(Math.ceil(1.5 * old.length), used + ENTRY_HEAD + word.length));
      entries.set(old);
    }
    const at = used;
    entries[at] = word.length;
    entries[at + 1] = index & 0xffff;
    entries[at + 2] = index >>> 16;
    for (let k = 0; k < word.length; k++) entries[at + ENTRY_HEAD + k] = word.charCodeAt(k);
    used += ENTRY_HEAD + word.length;
    place(h, at);
    size++;
  };

  return { find, add };
}

/** An entry's length and table index, before its characters. */
const ENTRY_HEAD = 3;
