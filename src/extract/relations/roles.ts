// Role phrases ("Vice President", "senior research fellow", "International Trade Secretary"):
// a known role title or role noun, widened to the capitalised words and role modifiers before
// it, and stopped at a nationality adjective, which names the role's country instead.
import { lexiconRows } from '../lexicon';

let modifierSet: Set<string> | undefined;

/** Lowercase words that widen a role phrase ("senior", "energy"), from role-modifiers.txt. */
function modifiers(): Set<string> {
  modifierSet ??= new Set(lexiconRows('role-modifiers').map((row) => (row[0] ?? '').toLowerCase()));
  return modifierSet;
}

let roleSet: Set<string> | undefined;

/** Every known role, lowercased: titles that stand before names and nouns written after them. */
export function knownRoles(): Set<string> {
  roleSet ??= new Set(
    [...lexiconRows('role-titles'), ...lexiconRows('affiliation-roles')].map((row) => (row[0] ?? '').toLowerCase().replace(/\.$/, '')),
  );
  return roleSet;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const tokens = (text: string): Token[] =>
  [...text.matchAll(/[\p{L}][\p{L}.’'-]*/gu)].map((m) => ({ word: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));

const clean = (w: string): string => w.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, '');

export interface RolePhrase {
  role: string;
  /** Offset of the phrase in the text it was read from. */
  start: number;
  /** The nationality adjective right before the phrase, lowercased, if any. */
  adjective?: string;
}

/**
 * The role phrase that ends `text` (only spaces after it), or undefined. `adjectives` are
 * nationality words that stop the phrase and are reported as its country.
 */
export function roleAtEnd(text: string, adjectives: ReadonlyMap<string, string>): RolePhrase | undefined {
  if (!/[\p{L}.]\s*$/u.test(text)) return undefined;
  const toks = tokens(text);
  const n = toks.length;
  const roles = knownRoles();
  let base = -1;
  for (let k = Math.min(4, n); k >= 1 && base < 0; k--) {
    const phrase = toks.slice(n - k).map((t) => clean(t.word)).join(' ');
    if (roles.has(phrase)) base = n - k;
  }
  if (base < 0) return undefined;
  let first = base;
  let adjective: string | undefined;
  while (first > 0) {
    const prev = toks[first - 1];
    if (!prev) break;
    const pair = first > 1 ? `${clean(toks[first - 2]?.word ?? '')} ${clean(prev.word)}` : '';
    if (pair && adjectives.has(pair)) { adjective = pair; break; }
    if (adjectives.has(clean(prev.word))) { adjective = clean(prev.word); break; }
    const between = text.slice(prev.end, toks[first]?.start ?? prev.end);
    if (!/^\s+$/.test(between) || /['’]s$/.test(prev.word)) break;
    if (!(/^\p{Lu}/u.test(prev.word) || modifiers().has(clean(prev.word)))) break;
    first--;
  }
  const start = toks[first]?.start ?? 0;
  const last = toks[n - 1];
  const phrase: RolePhrase = { role: text.slice(start, last ? last.end : start).replace(/\.$/, ''), start };
  if (adjective) phrase.adjective = adjective;
  return phrase;
}

/** True for a word that may stand in a title before a name ("energy minister", "senior"). */
export function isTitleWord(word: string): boolean {
  const w = clean(word);
  return modifiers().has(w) || knownRoles().has(w);
}

/** True when the whole of `text` (trimmed) is a role phrase ("a senior research fellow"). */
export function isRolePhrase(text: string): string | undefined {
  const body = text.trim().replace(/^(?:a|an|the|its|his|her|their)\s+/i, '');
  if (!body || wordsIn(body) > 6 || !/^[\p{L}\s'’-]+$/u.test(body)) return undefined;
  const found = roleAtEnd(body, new Map());
  if (!found) return undefined;
  const lead = body.slice(0, found.start).trim();
  return !lead || lead.split(/\s+/).every((w) => modifiers().has(clean(w)) || /^\p{Ll}+$/u.test(w)) ? body : undefined;
}

const wordsIn = (text: string): number => tokens(text).length;
