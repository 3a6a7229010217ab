// The model's words found by their characters in the text, with no string made for them. The
// word table's own lookup (an object of some 90,000 keys) takes a new string for each piece of
// text, and V8 then looks that string up in its table of strings before the object's: most of
// the tokenizer's time. This index is a table of numbers, open addressing over a hash of the
// characters, each entry checked against a copy of the word's characters kept beside its table
// index (words of Latin-1 characters: any other is looked up in the table). It holds only words
// the table keeps for good (the model's own, and those of plain letters the tokenizer adds, see
// tagger.ts's forgetLearned), each at the table's index: a word it holds is the table's, and one
// it does not hold is looked up in the table as before.
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
  // A slot: the top bits of the word's hash above where its entry starts in `entries`; 0 when
  // empty (no entry starts at 0). One number a slot and a byte a character keep the index no
  // larger than a table of hashes and indices alone.
  let slots = new Int32Array(1 << bits);
  let size = 0;
  // An entry: the word's length, its table index in three bytes, then its characters, a byte each.
  let entries = new Uint8Array(1 << 20);
  let used = 1;

  const hashOf = (word: string): number => {
    let h = HASH_SEED;
    for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
    return h;
  };

  const place = (h: number, at: number): void => {
    let p = h & mask;
    while (slots[p] !== 0) p = (p + 1) & mask;
    slots[p] = ((h >>> OFFSET_BITS) << OFFSET_BITS) | at;
  };

  const find = (text: string, from: number, to: number, h: number): number => {
    const length = to - from;
    const tag = h >>> OFFSET_BITS;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const slot = slots[p] as number;
      if (slot === 0) return -1;
      if (slot >>> OFFSET_BITS !== tag) continue;
      const at = slot & OFFSET_MASK;
      if (entries[at] !== length) continue;
      const chars = at + ENTRY_HEAD - from;
      let k = from;
      while (k < to && entries[chars + k] === text.charCodeAt(k)) k++;
      if (k === to) return (entries[at + 1] as number) | ((entries[at + 2] as number) << 8) | ((entries[at + 3] as number) << 16);
    }
  };

  const add = (word: string, index: number): void => {
    // A word of a character past a byte, longer than a length byte holds, or past the entries'
    // room is left to the table.
    const need = ENTRY_HEAD + word.length;
    if (list[index] !== word || word.length > 0xff || index > 0xffffff || used + need > OFFSET_MASK) return;
    for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 0xff) return;
    const h = hashOf(word);
    if (find(word, 0, word.length, h) !== -1) return;
    // Half full at most: probes stay short.
    if (2 * (size + 1) > mask + 1) {
      const old = slots;
      bits++;
      mask = (1 << bits) - 1;
      slots = new Int32Array(1 << bits);
      for (const slot of old) {
        if (slot === 0) continue;
        const at = slot & OFFSET_MASK;
        let again = HASH_SEED;
        for (let k = 0; k < (entries[at] as number); k++) again = hashStep(again, entries[at + ENTRY_HEAD + k] as number);
        place(again, at);
      }
    }
    if (used + need > entries.length) {
      const old = entries;
      entries = new Uint8Array(Math.min(OFFSET_MASK + 1, Math.max(Math.ceil(1.25 * old.length), used + need)));
      entries.set(old);
    }
    const at = used;
    entries[at] = word.length;
    entries[at + 1] = index & 0xff;
    entries[at + 2] = (index >>> 8) & 0xff;
    entries[at + 3] = index >>> 16;
    for (let k = 0; k < word.length; k++) entries[at + ENTRY_HEAD + k] = word.charCodeAt(k);
    used += need;
    place(h, at);
    size++;
  };

  return { find, add };
}

/** An entry's length and table index, before its characters. */
const ENTRY_HEAD = 4;
/** Bits of a slot for where its entry starts; the hash's top bits above them. */
const OFFSET_BITS = 22;
const OFFSET_MASK = (1 << OFFSET_BITS) - 1;
