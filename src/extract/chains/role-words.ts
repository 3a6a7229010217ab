// Role phrases inside noun phrases ("Foreign Minister", "senior research fellow", "chief
// economist"): a known role (role-titles.txt, affiliation-roles.txt) widened to the role
// modifiers and capitalised title words before it (role-modifiers.txt).
import { lookupDemonym } from '../entities/lookup';
import { knownRoles } from '../entities/titles';
import { lexiconRows } from '../lexicon';
import type { Word } from '../parse/types';

let modifiers: Set<string> | undefined;

/** Lowercased, without a final period (no regex: this runs on most words). */
const clean = (w: string): string => {
  const lower = w.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};

function roleModifiers(): Set<string> {
  modifiers ??= new Set(lexiconRows('role-modifiers').map((row) => clean(row[0] ?? '')));
  return modifiers;
}

let endings: Set<string> | undefined;
/** What follows the last space or hyphen of a phrase: the end of its last word. */
const lastPiece = (phrase: string): string => phrase.slice(Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-')) + 1);
/** The last pieces of the known roles. */
const roleEnds = (): Set<string> => (endings ??= new Set([...knownRoles()].map(lastPiece)));

/** No word is kept out of a role. */
const never = (): boolean => false;

/** Longest role a phrase may hold, in words. */
const MAX_ROLE = 4;

export interface RoleSpan {
  /** The role as written ("Foreign Minister"). */
  role: string;
  /** Word indices [start, end). */
  start: number;
  end: number;
}

/** A known role, its plural (when `plural`), or (when `glued`) one with a modifier glued on by a hyphen ("co-chairman"). */
function isKnown(known: ReadonlySet<string>, phrase: string, plural: boolean, glued: boolean): boolean {
  if (known.has(phrase) || (plural && phrase.endsWith('s') && known.has(phrase.slice(0, -1)))) return true;
  const dash = phrase.indexOf('-');
  return glued && dash > 0 && roleModifiers().has(phrase.slice(0, dash)) && isKnown(known, phrase.slice(dash + 1), plural, true);
}

/**
 * The last role phrase among words [from, to), widened to the modifiers and capitalised words
 * before it; `stop` says which words may not be taken in (a name, a nationality adjective).
 */
export function roleIn(words: readonly Word[], from: number, to: number, stop: (i: number) => boolean = never): RoleSpan | undefined {
  // Most spans asked about are empty (a name with no title before it).
  if (to <= from) return undefined;
  const known = knownRoles();
  const ends = roleEnds();
  // Each word is cleaned once, not once for every phrase it stands in.
  const cleaned: string[] = [];
  const cleanAt = (i: number): string => (cleaned[i] ??= clean((words[i] as Word).text));
  for (let end = to; end > from; end--) {
    // Most words end no role (nor its plural): no phrase ending there is built.
    if (end <= words.length) {
      const last = lastPiece(cleanAt(end - 1));
      if (!ends.has(last) && !ends.has(last.slice(0, -1))) continue;
    }
    for (let len = Math.min(MAX_ROLE, end - from); len >= 1; len--) {
      const start = end - len;
      if (stop(start) || stop(end - 1)) continue;
      let phrase = '';
      // A possessive mark joins its word as the lexicon writes it ("state's attorney").
      for (let i = start; i < Math.min(end, words.length); i++) phrase = i === start ? cleanAt(i) : cleanAt(i) === "'s" ? `${phrase}'s` : `${phrase} ${cleanAt(i)}`;
      // A modifier glued on counts in one word ("co-chairman"), not across words ("former - President").
      const glued = !phrase.includes(' ');
      if (phrase.includes(' - ')) phrase = phrase.replace(/ - /g, '-');
      if (!isKnown(known, phrase, true, glued)) continue;
      let first = start;
      while (first > from && !stop(first - 1)) {
        const w = words[first - 1] as Word;
        // A nationality names the role's country, it is no part of the role ("Swiss president",
        // "South Korean president").
        const pair = first > from + 1 ? `${words[first - 2]?.text} ${w.text}` : '';
        if (lookupDemonym(w.text) || (pair && lookupDemonym(pair))) break;
        if (roleModifiers().has(clean(w.text)) || (/^\p{Lu}/u.test(w.text) && (w.pos === 'PROPN' || w.pos === 'NOUN'))) first--;
        else break;
      }
      // "Minister of Trade and Industry": a portfolio of capitalised words after "of" belongs to the role.
      let last = end;
      if (words[end]?.lower === 'of' && end + 1 < to && words.slice(end + 1, to).every((w) => /^\p{Lu}/u.test(w.text) || w.lower === 'and' || w.lower === 'the')) last = to;
      const role = words.slice(first, last).map((w) => w.text).join(' ').replace(/ - /g, '-').replace(/ 's /g, "'s ").replace(/\.$/, '');
      return { role, start: first, end: last };
    }
  }
  return undefined;
}

/** True for a word that is a role ("minister"), not one that only widens a role ("senior", "trade"). */
export function isRoleTitle(word: string): boolean {
  return isKnown(knownRoles(), clean(word), false, true);
}

/** True for a word that is or widens a role ("minister", "senior"). */
export function isRoleWord(word: string): boolean {
  const w = clean(word);
  return isKnown(knownRoles(), w, false, true) || roleModifiers().has(w);
}
