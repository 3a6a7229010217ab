// Loads the relation cue lexicons (plain text beside the entity lexicons) and compiles each
// into one case-insensitive, word-bounded regular expression, longest phrase first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every relation cue list and what it means. */
export const CUE_LISTS = {
  'meeting-verbs': 'verbs and nouns saying two people met, with how participants are found',
  'speech-verbs': 'verbs reporting that someone said something',
  'outlet-cues': 'phrases after which the outlet carrying a person’s words is named',
  'report-cues': 'verbs by which an outlet relays what someone said, with the outlet’s side',
  'relay-words': 'people and documents through which an institution speaks',
  'sister-city-cues': 'phrases stating a twinning of cities',
  'visit-cues': 'words saying a person travelled to the place that follows',
  'planned-cues': 'words making a relation planned or hoped for',
  'negation-cues': 'words denying a relation',
  'called-off-cues': 'words after a cue saying the event did not happen',
  'affiliation-roles': 'role nouns written after a name (an expert at X)',
  'role-modifiers': 'lowercase words that widen a role phrase (senior, energy, former)',
  'outlet-heads': 'words in or around a name that make an institution a news outlet',
  'role-titles': 'role titles that stand before a name (shared with the entity passes)',
  'news-outlets': 'major news organisations (shared with the entity passes)',
} as const;

export type CueList = keyof typeof CUE_LISTS;

const LEXICON_DIR = join(__dirname, '..', 'lexicon');
const rowsCache = new Map<CueList, string[][]>();

/** The lines of a list split into tab-separated columns, header and blank lines skipped. */
export function cueRows(name: CueList): string[][] {
  let rows = rowsCache.get(name);
  if (!rows) {
    rows = readFileSync(join(LEXICON_DIR, `${name}.txt`), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('\t'));
    rowsCache.set(name, rows);
  }
  return rows;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A global regex matching any of the phrases as whole words; inner spaces match any run of spaces. */
export function phraseRegex(phrases: Iterable<string>): RegExp {
  const sorted = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  const body = sorted.map((p) => escape(p).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${body})(?![\\p{L}\\p{N}-])`, 'giu');
}

const regexCache = new Map<CueList, RegExp>();

/** The compiled regex of a list's first column. */
export function cueRegex(name: CueList): RegExp {
  let re = regexCache.get(name);
  if (!re) {
    re = phraseRegex(cueRows(name).map((row) => row[0] ?? ''));
    regexCache.set(name, re);
  }
  return re;
}

/** The second column of a list keyed by the lowercased first column ("met" → "verb"). */
export function cueClasses(name: CueList): Map<string, string> {
  return new Map(cueRows(name).map((row) => [(row[0] ?? '').toLowerCase(), row[1] ?? '']));
}

export interface CueMatch {
  text: string;
  start: number;
  end: number;
}

/** Every match of a list in `text`, with offsets shifted by `base`. */
export function findCues(name: CueList, text: string, base = 0): CueMatch[] {
  const re = cueRegex(name);
  re.lastIndex = 0;
  const out: CueMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** Normalises a matched cue for lookup in cueClasses: lowercase, single spaces. */
export function cueKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}
