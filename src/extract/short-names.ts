// Short names tied to the full names they shorten: a surname (or an East Asian family name) to
// the one person who bears it, never to two; "Lin Jr." to the one "Ada Lin Jr."; a first name
// alone to the one person of that first name; a first word to the one organisation it starts;
// "Abc Police" to the one "Abc Police Department";
// "Abc" to "Abc Province"; a singular to the plural name of a group ("Abc Dem", "Abc Dems"); an
// outlet's head word to the one outlet it ends ("the Times").
import { lexiconSet } from './lexicon';
import { gazetteer, nameKey } from './entities/gazetteer';
import { lookupDemonym } from './entities/lookup';
import { addTo as add, fullestFound, merge, tokenCount, type Group } from './name-groups';

let eastAsian: Set<string> | undefined;
let outletHeads: Set<string> | undefined;

function isEastAsianSurname(word: string): boolean {
  eastAsian ??= lexiconSet('east-asian-surnames');
  return eastAsian.has(word);
}

/** Surnames to people, first words to organisations, bare region names to "Abc Province". */
export function linkShortNames(groups: Map<string, Group>): void {
  linkPlurals(groups);
  linkDroppedHeads(groups);
  const distinguished = linkGenerations(groups);
  const bySurname = new Map<string, Group[]>();
  const byGivenName = new Map<string, Group[]>();
  const byMiddleName = new Map<string, Group[]>();
  const byFirstWord = new Map<string, Group[]>();
  // "Times" → the one "Abc Times": outlets are named by the head word that ends their name.
  const byOutletHead = new Map<string, Group[]>();
  outletHeads ??= lexiconSet('outlet-heads');
  for (const g of groups.values()) {
    if (g.into || tokenCount(g) < 2) continue;
    const full = fullestFound(g);
    const last = full.piece.tokens.at(-1)?.text ?? '';
    if (g.kind === 'institution' && outletHeads.has(last)) add(byOutletHead, nameKey(last), g);
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
    const outlets = byOutletHead.get(g.key);
    if (outlets?.length === 1 && outlets[0] && (g.kind === 'institution' || g.kind === 'unknown')) {
      merge(g, outlets[0], 'outlet-head');
      continue;
    }
    // A word that is no ordinary English word ("Abcorp" for "Abcorp Holdings"), or a dictionary word
    // that is a body on its own before the body's head ("Abc" for "Abc Party").
    const body = byFirstWord.get(g.key)?.length === 1 ? byFirstWord.get(g.key)?.[0] : undefined;
    const first = body ? fullestFound(g).piece.tokens[0] : undefined;
    if (!body || PEOPLE_ADJECTIVE.test(g.key) || lookupDemonym(first?.text ?? '')) continue;
    const word = gazetteer().englishWords.has(g.key);
    // An acronym alone is the parent of what it opens ("Abc" beside "Abc Radio 4", "Abc Sport"),
    // the same body only before a word for its sort ("Abc Group").
    if (first?.upper && !isWordAndHead(body)) continue;
    if ((!word && (g.kind === 'unknown' || g.kind === 'institution')) || (word && g.kind === 'institution' && isWordAndHead(body))) merge(g, body, 'first-word');
  }
}

/** Last words a body's name drops in running text ("the Abc Police" for "the Abc Police Department"). */
const DROPPED_HEADS = ['department', 'service', 'force'];

/** "Abc Police" is the one "Abc Police Department" (or Service, Force) the article names. */
function linkDroppedHeads(groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    if (g.into || g.kind !== 'institution' || tokenCount(g) < 2) continue;
    const fuller = DROPPED_HEADS.map((head) => groups.get(`${g.key} ${head}`)).filter((x): x is Group => x !== undefined && !x.into && x.kind === 'institution');
    if (fuller.length === 1 && fuller[0]) merge(g, fuller[0], 'dropped-head');
  }
}

// Heads that only say what sort of body the word before them is ("Abc Party" is Abc); "Abc News"
// or "Abc Radio" name a part or a product of Abc, not Abc itself.
const SORT_HEADS = new Set(['Party', 'Group', 'Company', 'Corporation', 'Corp', 'Inc', 'plc', 'PLC', 'Ltd', 'Holdings']);

/** A body named by two words, the second its sort ("Abc Party", "Abc Group"). */
function isWordAndHead(g: Group): boolean {
  const tokens = fullestFound(g).piece.tokens;
  return tokens.length === 2 && SORT_HEADS.has(tokens[1]?.text ?? '');
}

// "European", "Javanese", "Flemish": adjectives of peoples, never short names of bodies (nor are
// the nationality words the data knows: "Saudi" beside "the Saudi Abc Fund").
const PEOPLE_ADJECTIVE = /(?:an|ese|ish)$/;

const GENERATION = /^(?:[ivx]{1,4}|jr|sr)$/;

// Rules that make a person whatever the rest of the name says.
const PERSON_CERTAIN = new Set(['honorific', 'role-title', 'royal-title']);

/**
 * "the Abc Dems" beside "Abc Dem": a plural name with "the" that the article also writes in the
 * singular names a group or a party, and its members; "potential Ada Lins" is a figure of speech.
 * The singular joins the plural.
 */
function linkPlurals(groups: Map<string, Group>): void {
  for (const g of groups.values()) {
    const singular = g.key.endsWith('s') ? groups.get(g.key.slice(0, -1)) : undefined;
    const pluralKind = g.kind === 'person' || (g.kind === 'institution' && g.strength <= 2);
    if (!singular || g.into || singular.into || tokenCount(g) < 2 || !pluralKind || singular.kind !== 'person') continue;
    if (!g.found.some((f) => f.definite) || [...g.found, ...singular.found].some((f) => PERSON_CERTAIN.has(f.piece.rule))) continue;
    Object.assign(g, { kind: 'institution', strength: 2, rule: 'plural-name' });
    merge(singular, g, 'singular');
  }
}

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

