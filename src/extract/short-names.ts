// Short names tied to the full names they shorten: a surname (or an East Asian family name) to
// the one person who bears it, never to two; "Lin Jr." to the one "Ada Lin Jr."; a first name
// alone to the one person of that first name; a first word to the one organisation it starts;
// "Abc" to "Abc Province".
import { lexiconSet } from './lexicon';
import { gazetteer, nameKey } from './entities/gazetteer';
import { addTo as add, fullestFound, merge, tokenCount, type Group } from './name-groups';

let eastAsian: Set<string> | undefined;

function isEastAsianSurname(word: string): boolean {
  eastAsian ??= lexiconSet('east-asian-surnames');
  return eastAsian.has(word);
}

/** Surnames to people, first words to organisations, bare region names to "Abc Province". */
export function linkShortNames(groups: Map<string, Group>): void {
  const distinguished = linkGenerations(groups);
  const bySurname = new Map<string, Group[]>();
  const byGivenName = new Map<string, Group[]>();
  const byMiddleName = new Map<string, Group[]>();
  const byFirstWord = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.into || tokenCount(g) < 2) continue;
    const full = fullestFound(g);
    const parts = full.piece.tokens.map((t) => nameKey(t.text));
    // "Ada Lin Jr.", "Bo Chen III": the surname is before the generation.
    if (parts.length > 2 && GENERATION.test(parts[parts.length - 1] ?? '')) parts.pop();
    if (g.kind === 'person') {
      add(bySurname, parts[parts.length - 1] ?? '', g);
      if (parts.length <= 3 && isEastAsianSurname(full.piece.tokens[0]?.text ?? '')) add(bySurname, parts[0] ?? '', g);
      else add(byGivenName, parts[0] ?? '', g);
      for (const part of parts.slice(1, -1)) if (part.length > 2) add(byMiddleName, part, g);
    } else if (g.kind === 'institution' || g.kind === 'region') {
      add(byFirstWord, parts[0] ?? '', g);
    }
  }
  for (const g of groups.values()) {
    // One token, not one key word: a hyphenated surname ("Abc-Xyz") is one token with a two-word key.
    if (g.into || tokenCount(g) !== 1) continue;
    // A first name alone ("Ada") is the one person of that first name, when no surname fits.
    const bare = g.kind === 'person' || g.kind === 'unknown' || g.kind === 'city';
    // A bare surname is not the one the article shortens with the generation ("Lin Jr.").
    const surnamed = bySurname.get(g.key)?.filter((p) => !distinguished.has(p));
    const people = (surnamed?.length ? surnamed : undefined) ?? (bare ? (byGivenName.get(g.key) ?? byMiddleName.get(g.key)) : undefined);
    if (people && mayBePerson(g)) {
      // A surname two people share resolves to neither.
      if (people.length === 1 && people[0]) merge(g, people[0], 'surname');
      else g.kind = 'unknown';
      continue;
    }
    // Only a word that is no ordinary English word ("Abcorp" for "Abcorp Holdings").
    const bodies = byFirstWord.get(g.key);
    const bodyOrUnknown = g.kind === 'unknown' || g.kind === 'institution';
    if (bodies?.length === 1 && bodies[0] && bodyOrUnknown && !gazetteer().englishWords.has(g.key) && !PEOPLE_ADJECTIVE.test(g.key)) {
      merge(g, bodies[0], 'first-word');
    }
  }
}

// "European", "Javanese", "Flemish": adjectives of peoples, never short names of bodies.
const PEOPLE_ADJECTIVE = /(?:an|ese|ish)$/;

const GENERATION = /^(?:[ivx]{1,4}|jr|sr)$/;



/**
 * "Lin Jr." is the one "Ada Lin Jr." of the article. Returns the people so shortened: an article
 * that tells a son from his father this way keeps a bare "Lin" for the father.
 */
function linkGenerations(groups: Map<string, Group>): Set<Group> {
  const byGeneration = new Map<string, Group[]>();
  for (const g of groups.values()) {
    if (g.into || g.kind !== 'person' || tokenCount(g) < 3) continue;
    const parts = nameKey(fullestFound(g).text).split(' ');
    if (GENERATION.test(parts[parts.length - 1] ?? '')) add(byGeneration, parts.slice(-2).join(' '), g);
  }
  const distinguished = new Set<Group>();
  for (const g of groups.values()) {
    const people = byGeneration.get(g.key);
    if (g.into || tokenCount(g) !== 2 || people?.length !== 1 || !people[0] || people[0] === g || !mayBePerson(g)) continue;
    merge(g, people[0], 'surname-generation');
    distinguished.add(people[0]);
  }
  return distinguished;
}

/**
 * A name may be a person's surname unless the data is sure it is a place used as one ("in Abc"
 * with Abc a big city) or a body it lists. A small town found only because a preposition came
 * before ("met with Abc"), or a body guessed from context, yields to a person the article names.
 */
function mayBePerson(g: Group): boolean {
  if (g.kind === 'person' || g.kind === 'unknown') return true;
  if (g.kind === 'country' || g.kind === 'region') return false;
  return g.found.every((f) => {
    if (f.piece.kind === 'person' || f.piece.kind === 'unknown') return true;
    if (f.piece.rule.startsWith('lexicon:')) return false;
    return !f.locative || f.piece.kind === 'institution' || f.piece.rule.endsWith('+locative');
  });
}

