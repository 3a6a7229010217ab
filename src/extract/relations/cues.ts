// Compiles the relation cue lexicons (listed and loaded by lexicon/index.ts) each into one
// case-insensitive, word-bounded regular expression, longest phrase first.
import { lexiconRows, type LexiconName } from '../lexicon';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A global regex matching any of the phrases as whole words; inner spaces match any run of spaces. */
export function phraseRegex(phrases: Iterable<string>): RegExp {
  const sorted = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  const body = sorted.map((p) => escape(p).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${body})(?![\\p{L}\\p{N}-])`, 'giu');
}

const regexCache = new Map<LexiconName, RegExp>();

/** The compiled regex of a list's first column. */
export function cueRegex(name: LexiconName): RegExp {
  let re = regexCache.get(name);
  if (!re) {
    re = phraseRegex(lexiconRows(name).map((row) => row[0] ?? ''));
    regexCache.set(name, re);
  }
  return re;
}

const classCache = new Map<LexiconName, ReadonlyMap<string, string>>();

/** The second column of a list keyed by the lowercased first column ("met" → "verb"). */
export function cueClasses(name: LexiconName): ReadonlyMap<string, string> {
  let classes = classCache.get(name);
  if (!classes) {
    classes = new Map(lexiconRows(name).map((row) => [(row[0] ?? '').toLowerCase(), row[1] ?? '']));
    classCache.set(name, classes);
  }
  return classes;
}

export interface CueMatch {
  text: string;
  start: number;
  end: number;
}

/** The latest search of each list: several relation passes search the same sentence for the same cues. */
const lastSearch = new Map<LexiconName, { text: string; base: number; found: readonly CueMatch[] }>();

/** Every match of a list in `text`, with offsets shifted by `base`. */
export function findCues(name: LexiconName, text: string, base = 0): readonly CueMatch[] {
  const last = lastSearch.get(name);
  if (last && last.text === text && last.base === base) return last.found;
  const re = cueRegex(name);
  re.lastIndex = 0;
  const out: CueMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  }
  lastSearch.set(name, { text, base, found: out });
  return out;
}

/** Normalises a matched cue for lookup in cueClasses: lowercase, single spaces. */
export function cueKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}
