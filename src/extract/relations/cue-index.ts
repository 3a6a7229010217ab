// Cue lexicons compiled for matching over a parsed sentence: each row is a cue of one or more
// words, then (after a TAB) the frames that find its arguments. Hyphens count as spaces, so
// "sister-city" and "sister city" are one cue. At each word the longest cue wins.
import { lexiconRows, type LexiconName } from '../lexicon';
import type { Word } from '../parse/types';

export interface Cue {
  /** The cue's words, lowercased ("held talks with"). */
  words: string[];
  text: string;
  frames: string[];
  lexicon: LexiconName;
}

export interface CueMatch {
  cue: Cue;
  /** Word indices of the match [start, end) in the sentence. */
  start: number;
  end: number;
}

/** A typed error for a lexicon row that names no known frame. */
export class LexiconError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconError';
  }
}

/**
 * The first word of every cue of every index, with the indexes (one bit each) that have a cue
 * starting with it: most words start none, and one look-up here passes them over for all the
 * indexes at once; an index none of whose cues starts in a sentence is not run on it.
 */
const cueStarts = new Map<string, number>();
let indexCount = 0;

/** A sentence's words as the indexes read them, worked out once for all of them. */
export interface CueWords {
  words: readonly Word[];
  /** Indices of the words, glued hyphens skipped, so "sister-city" reads as "sister city". */
  keep: number[];
  /** Positions in `keep` whose word starts a cue of an index built so far. */
  starts: number[];
  /** The bits of the indexes with a cue starting at one of `starts`. */
  indexes: number;
}

/** Read the sentence for matching; build every index first, so that `starts` holds for each. */
export function cueWords(words: readonly Word[]): CueWords {
  const keep: number[] = [];
  const starts: number[] = [];
  let indexes = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if (word.text === '-') continue;
    const bits = cueStarts.get(word.lower);
    if (bits !== undefined) {
      starts.push(keep.length);
      indexes |= bits;
    }
    keep.push(i);
  }
  return { words, keep, starts, indexes };
}

const split = (cue: string): string[] => cue.toLowerCase().replace(/[’]/g, "'").replace(/-/g, ' ').split(/\s+/).filter(Boolean);

export class CueIndex {
  private readonly byFirst = new Map<string, Cue[]>();
  /** This index's bit in `CueWords.indexes`. */
  private readonly bit: number;

  constructor(lexicon: LexiconName, defaultFrames: readonly string[], known: ReadonlySet<string>) {
    if (indexCount === 31) throw new LexiconError('more cue lexicons than a sentence can keep track of');
    this.bit = 1 << indexCount++;
    for (const row of lexiconRows(lexicon)) {
      const text = (row[0] ?? '').trim();
      const frames = row[1] ? row[1].trim().split(/\s+/) : [...defaultFrames];
      for (const f of frames) if (!known.has(f)) throw new LexiconError(`lexicon ${lexicon}.txt: cue "${text}" names unknown frame "${f}"`);
      const words = split(text);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ words, text, frames, lexicon });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(first, list);
      cueStarts.set(first, (cueStarts.get(first) ?? 0) | this.bit);
    }
  }

  /** Every cue in the sentence, longest first at each word, none overlapping. */
  match(sentence: CueWords): CueMatch[] {
    const { words, keep, starts } = sentence;
    const out: CueMatch[] = [];
    if (!(sentence.indexes & this.bit)) return out;
    // The first position a match has not taken.
    let free = 0;
    for (const k of starts) {
      if (k < free) continue;
      const at = keep[k] as number;
      const candidates = this.byFirst.get(words[at]?.lower ?? '');
      if (!candidates) continue;
      for (const cue of candidates) {
        if (k + cue.words.length > keep.length) continue;
        let ok = true;
        for (let j = 1; j < cue.words.length && ok; j++) ok = words[keep[k + j] as number]?.lower === cue.words[j];
        if (!ok) continue;
        const last = keep[k + cue.words.length - 1] as number;
        out.push({ cue, start: at, end: last + 1 });
        free = k + cue.words.length;
        break;
      }
    }
    return out;
  }
}
