// Acronyms tied to the names they abbreviate: an acronym in brackets after a name, then one
// spelt by the initials of exactly one name of the article.
import { lexiconSet } from './lexicon';
import { nameKey } from './entities/gazetteer';
import { fullestFound, merge, tokenCount, type Group } from './name-groups';

let particles: Set<string> | undefined;

/** Acronyms in brackets after a name, then acronyms matching a name's initials. */
export function linkAcronyms(groups: Map<string, Group>, acronyms: Map<string, string>): void {
  for (const [acronym, name] of acronyms) {
    const a = groups.get(acronym);
    const n = groups.get(name);
    if (a && n && a !== n && !a.into) merge(a, n, 'acronym-in-brackets');
  }
  particles ??= lexiconSet('name-particles');
  // Indexed by first letter, so each acronym is tried only against names that could fit it.
  const byLetter = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.into || (g.kind !== 'institution' && g.kind !== 'region' && g.kind !== 'person') || tokenCount(g) < 2) continue;
    const letter = nameKey(g.found[0]?.text ?? '').charAt(0);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), g]);
  }
  for (const g of groups.values()) {
    if (g.into || tokenCount(g) !== 1 || (g.strength > 1 && g.kind !== 'institution') || !/^[A-Z.&]{2,8}$/.test(g.found[0]?.text ?? '')) continue;
    const acronym = g.key.replace(/ /g, '');
    const targets = (byLetter.get(acronym.charAt(0)) ?? []).filter((t) => abbreviates(acronym, nameWords(t)));
    if (targets.length === 1 && targets[0]) merge(g, targets[0], 'acronym-letters');
  }
}

function nameWords(g: Group): { word: string; optional: boolean }[] {
  return nameKey(fullestFound(g).text)
    .split(' ')
    .map((word) => ({ word, optional: particles?.has(word) ?? false }));
}

/**
 * Whether the acronym is spelt by the name's words in order, each word giving its first letter
 * and maybe one or two later ones, particles optional ("OPEC": Organization of the Petroleum
 * Exporting Countries; "AOC": Ada Okafor Cruz).
 */
function abbreviates(acronym: string, words: { word: string; optional: boolean }[], a = 0, w = 0): boolean {
  if (w === words.length) return a === acronym.length;
  const { word, optional } = words[w] as { word: string; optional: boolean };
  if (optional && abbreviates(acronym, words, a, w + 1)) return true;
  if (word[0] !== acronym[a]) return false;
  if (abbreviates(acronym, words, a + 1, w + 1)) return true;
  // Up to two more letters from inside the word.
  for (let i = 1; i < word.length && a + 1 < acronym.length; i++) {
    if (word[i] !== acronym[a + 1]) continue;
    if (abbreviates(acronym, words, a + 2, w + 1)) return true;
    for (let j = i + 1; j < word.length && a + 2 < acronym.length; j++) {
      if (word[j] === acronym[a + 2] && abbreviates(acronym, words, a + 3, w + 1)) return true;
    }
  }
  return false;
}

