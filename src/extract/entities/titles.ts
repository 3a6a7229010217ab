// Role titles and honorifics matched on tokens, longest first ("Secretary of State" before
// "Secretary"); a trailing period is ignored ("Sen." is "Sen").
import { lexiconRows, lexiconSet } from '../lexicon';
import { gazetteer, isFirstName } from './gazetteer';
import type { Token } from './tokens';

export interface TitleMatch {
  /** How many tokens the title covers. */
  length: number;
  text: string;
  /** Royal titles stay part of the name ("King Abc"). */
  royal: boolean;
  /** The role is held in a city ("Mayor"): the place named with it is a city. */
  city: boolean;
}

interface TitleEntry {
  words: string[];
  royal: boolean;
  city: boolean;
}

let byFirstWord: Map<string, TitleEntry[]> | undefined;
let honorifics: Set<string> | undefined;

// By its last code unit, no regex: matchTitle asks this of most capitalised words.
const bare = (word: string): string => (word.charCodeAt(word.length - 1) === 46 /* . */ ? word.slice(0, -1) : word);

function titleIndex(): Map<string, TitleEntry[]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  for (const [title, flag] of lexiconRows('role-titles')) {
    if (!title) continue;
    const words = title.split(/\s+/).map(bare);
    // Indexed as the tokens write it: "State's" is the token "State", flagged possessive.
    const first = (words[0] ?? '').replace(/'s$/, '');
    const list = byFirstWord.get(first) ?? [];
    list.push({ words, royal: flag === 'royal', city: flag === 'city' });
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirstWord;
}

/** The longest role title starting at tokens[i], if any. */
export function matchTitle(tokens: readonly Token[], i: number): TitleMatch | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const candidates = titleIndex().get(bare(first.text));
  if (!candidates) return undefined;
  for (const c of candidates) {
    if (i + c.words.length > tokens.length) continue;
    // A title's plural before a list of names ("Prime Ministers Ada Lin and ..."): its last word takes an "s".
    const at = (k: number): string => bare(tokens[i + k]?.text ?? '');
    // "State's Attorney": the tokens cut a possessive "'s" off its word and flag it.
    const owned = (w: string, k: number): boolean => w.endsWith("'s") && tokens[i + k]?.possessive === true && at(k) === w.slice(0, -2);
    if (c.words.every((w, k) => at(k) === w || owned(w, k) || (k > 0 && k === c.words.length - 1 && at(k) === `${w}s`))) {
      const last = tokens[i + c.words.length - 1];
      return { length: c.words.length, text: last ? textBetween(first, last, tokens, i) : first.text, royal: c.royal, city: c.city };
    }
  }
  return undefined;
}

function textBetween(first: Token, last: Token, tokens: readonly Token[], i: number): string {
  const parts: string[] = [];
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) break;
    parts.push(t.text);
    if (t === last) break;
  }
  return first === last ? first.text : parts.join(' ');
}

export function isHonorific(token: Token | undefined): boolean {
  honorifics ??= lexiconSet('honorifics');
  return token !== undefined && honorifics.has(token.text);
}

let roleNouns: Set<string> | undefined;
/** Lowercased, without a final period (no regex: this runs on most words). */
const clean = (w: string): string => {
  const lower = w.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};

/** Every known role (role-titles.txt, affiliation-roles.txt), lowercased and without a final period. */
export function knownRoles(): Set<string> {
  roleNouns ??= new Set([...lexiconRows('role-titles'), ...lexiconRows('affiliation-roles')].map((row) => clean(row[0] ?? '')));
  return roleNouns;
}

/** Whether a word is a role noun ("minister", "spokesperson", "economist", "host"). */
export function isRoleWord(word: string): boolean {
  return knownRoles().has(clean(word));
}

let modifiers: Set<string> | undefined;
/** A word of the role-modifier list ("senior", "former"), in any case. */
export function isRoleModifier(word: string): boolean {
  modifiers ??= lexiconSet('role-modifiers');
  return modifiers.has(word.toLowerCase());
}

const ADJECTIVE = /\p{L}{3}(?:al|ic|ive|ary)$/u;
/**
 * A capitalised word that widens a role ("Senior", "National", "Political"): a role modifier from
 * the list, or an adjective of the dictionary that is no first name.
 */
export function isModifier(token: Token): boolean {
  const lower = token.text.toLowerCase();
  if (isRoleModifier(lower)) return true;
  return ADJECTIVE.test(lower) && gazetteer().englishWords.has(lower) && !isFirstName(token.text);
}
