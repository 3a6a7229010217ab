// Classification by the shape of a name when no title or known name decides it: regions by a
// head word or compass word ("Abc Province", "South Abc"), names of two known places joined by
// a hyphen, and people, bodies and unknowns by their words (first names, family names written
// first, place words inside, acronyms, ordinary English words, the word after the name).
import { gazetteer, isFirstName, isStopWord } from './gazetteer';
import { lookupDemonym, lookupKnown } from './lookup';
import { cues, isName, words, type Piece, type RunContext } from './piece';
import { isRoleWord } from './titles';
import type { Token } from './tokens';

export const COMPASS = new Set(
  'North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern Upper Lower Greater Inner Outer Mainland'.split(' '),
);

/** "Abc Province", "Abc Bay Area", "South Abc" where Abc is a known place. */
export function byRegionShape(tokens: Token[], context: RunContext): Piece[] | undefined {
  const last = tokens[tokens.length - 1] as Token;
  const head = cues().regionHeads.get(last.text);
  // "defender Wayne Abc", "Wayne Abc said": after a person's role word or before a verb only
  // people use, a given name and a head word that is also a surname ("Bridge", "Street") name a person.
  const person = tokens.length === 2 && !context.locative && isFirstName(tokens[0]?.text ?? '') && (isRoleWord(context.previousWord) || cues().personVerbs.has(context.nextWord));
  if (tokens.length > 1 && head !== undefined && !person) {
    const placeBefore = lookupKnown(words(tokens.slice(0, -1)), tokens.length - 1, { ...context, locative: true });
    if (!head || placeBefore) return [{ tokens, kind: 'region', rule: 'region-head', strength: 3 }];
  }
  const first = tokens[0] as Token;
  // "Abc Township" is a municipality; "Isle of Abc" an island.
  if (tokens.length > 1 && last.text === 'Township') return [{ tokens, kind: 'city', rule: 'township', strength: 3 }];
  if (tokens.length > 2 && (first.text === 'Isle' || first.text === 'Isles') && tokens[1]?.text === 'of') return [{ tokens, kind: 'region', rule: 'isle-of', strength: 3 }];
  // "City of Abc" is the city Abc.
  if (first.text === 'City' && tokens[1]?.text === 'of' && tokens.length > 2) {
    const city = lookupKnown(words(tokens.slice(2)), tokens.length - 2, { ...context, locative: true });
    if (city?.kind === 'city') return [{ tokens: tokens.slice(2), ...city, rule: `city-of+${city.rule}` }];
  }
  if (tokens.length > 1 && COMPASS.has(first.text)) {
    const rest = lookupKnown(words(tokens.slice(1)), tokens.length - 1, { ...context, locative: true });
    if (rest && rest.kind !== 'institution') return [{ tokens, kind: 'region', rule: 'compass+place', strength: 3 }];
  }
  // "Abc-Xyz" where both parts are known places ("Abc-Xyz relations"): two mentions.
  if (tokens.length === 1 && first.text.includes('-')) {
    const parts = splitHyphenated(first, context);
    if (parts) return parts;
  }
  return undefined;
}

function splitHyphenated(token: Token, context: RunContext): Piece[] | undefined {
  const pieces: Piece[] = [];
  let offset = token.start;
  for (const part of token.text.split('-')) {
    // Each part must be a place without the help of a preceding "in": "in Coca-Cola" names no towns.
    const known = lookupKnown(part, 1, { ...context, locative: false });
    if (!known || known.kind === 'institution') return undefined;
    pieces.push({ tokens: [{ ...token, text: part, start: offset, end: offset + part.length }], ...known });
    offset += part.length + 1;
  }
  return pieces.length > 1 ? pieces : undefined;
}

const INNER_CAPITAL = /^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')\p{Lu}\p{Ll}+\p{Lu}/u;
const INNER_CAPITAL_WORD = /^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;
const COMPASS_START = /^(?:North|South|East|West)\p{Lu}/u;

// Short capitals may open a name ("JD Abc") but never end one ("W L PCT").
function looksLikeNameWord(t: Token, k: number, tokens: readonly Token[]): boolean {
  if (/^\p{Lu}\.$/u.test(t.text) || cues().particles.has(t.text)) return true;
  // Regnal numbers and generations end names ("Ada Lin II", "Bo Chen Jr.").
  if (k > 0 && /^(?:[IVX]{1,4}|Jr\.?|Sr\.?)$/.test(t.text)) return true;
  const shortCapitals = t.upper && t.text.length <= 4;
  return t.text.replace(/[^\p{L}]/gu, '').length >= 2 && (!shortCapitals || (k === 0 && !(tokens[tokens.length - 1] as Token).upper));
}

/** A country, region or big city named as one word of a longer name. */
function isPlaceWord(word: string, strength = 3): boolean {
  const known = lookupKnown(word, 1, { locative: false });
  return known !== undefined && known.kind !== 'institution' && known.strength >= strength;
}

/** A dictionary word that is no first name and no place. */
function isDescriptor(t: Token): boolean {
  return !t.upper && gazetteer().englishWords.has(t.text.toLowerCase()) && !isFirstName(t.text) && !lookupKnown(t.text, 1, { locative: false });
}

/**
 * "Abc Development", "Xyz Constitution": an abstract noun ends no person's name; it ends a body's,
 * a law's or a work's alike, so only a role after it says a body ("the Civil Aviation minister").
 */
function notPerson(tokens: Token[], context: RunContext): Piece[] {
  return [isRoleWord(context.nextWord) ? { tokens, kind: 'institution', rule: 'role-owner', strength: 1 } : { tokens, kind: 'unknown', rule: 'abstract-head', strength: 0 }];
}

function isAbstractNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length >= 8 && cues().abstractSuffixes.some((end) => lower.endsWith(end)) && gazetteer().englishWords.has(lower) && !isFirstName(word);
}

function isPluralNoun(word: string): boolean {
  const english = gazetteer().englishWords;
  const lower = word.toLowerCase();
  return lower.endsWith('s') && english.has(lower) && english.has(lower.slice(0, -1));
}

function isCountry(word: string): boolean {
  return lookupKnown(word, 1, { locative: false })?.kind === 'country';
}

function isCountryOrRegion(word: string): boolean {
  const known = lookupKnown(word, 1, { locative: false });
  return known !== undefined && (known.kind === 'country' || known.kind === 'region');
}

// "Southeast Asian", "Latin American": a compass or region word before an adjective of a people.
const PEOPLE_ADJECTIVE = /(?:an|ese|ish|ic|i)$/;
export function isRegionAdjective(tokens: readonly Token[]): boolean {
  if (tokens.length < 2) return false;
  const last = tokens[tokens.length - 1] as Token;
  return COMPASS.has(tokens[0]?.text ?? '') && PEOPLE_ADJECTIVE.test(last.text) && !lookupKnown(words(tokens), tokens.length, { locative: false });
}

/** How many leading tokens (fewer than all) name a known city or region; 0 if none. Countries are
 * left out: a country before an acronym or a name is often a label, not a body's name. */
function leadingPlaceLength(tokens: Token[], context: RunContext): number {
  for (let k = tokens.length - 1; k >= 1; k--) {
    const known = lookupKnown(words(tokens.slice(0, k)), k, { ...context, locative: true });
    if (known && (known.kind === 'city' || known.kind === 'region')) return k;
  }
  return 0;
}

/**
 * "the Abc Dems", "the Ada Lin films": "the" never stands before a person's name. A name shaped
 * like a person's after it is a party or group when its last word is a plural no dictionary
 * holds, else a work or a thing named after someone.
 */
export function byPersonShape(tokens: Token[], context: RunContext): Piece[] {
  const pieces = byShape(tokens, context);
  const only = pieces.length === 1 ? pieces[0] : undefined;
  if (context.previousWord !== 'the' || only?.kind !== 'person') return pieces;
  // "the Ada Lin case": a matter about the person, who is named.
  if (cues().matterNouns.has(context.nextWord) && tokens.length > 1 && (only?.strength ?? 0) >= 2) return pieces;
  const last = tokens[tokens.length - 1] as Token;
  const group = tokens.length > 1 && /[^su]s$/.test(last.text) && !gazetteer().englishWords.has(last.text.toLowerCase()) && !isFirstName(last.text);
  return [group ? { tokens, kind: 'institution', rule: 'definite-plural', strength: 1 } : { tokens, kind: 'unknown', rule: 'definite-name', strength: 0 }];
}

function byShape(tokens: Token[], context: RunContext): Piece[] {
  const g = gazetteer();
  const first = tokens[0] as Token;
  const n = tokens.length;
  if (n >= 2 && n <= 4 && isName(tokens) && (!isStopWord(tokens[n - 1]?.text ?? '') || isFirstName(tokens[n - 2]?.text ?? ''))) {
    // "Abcton Eagles": a city or state, then a plural noun or a club word, is a team.
    const lastWord = tokens[n - 1]?.text ?? '';
    // A club word is evidence enough for a city that is also an ordinary word ("Abc City", with "abc" a fabric).
    const team = (isPlaceWord(first.text) && isPluralNoun(lastWord)) || (isPlaceWord(first.text, 2) && cues().teamSuffixes.has(lastWord));
    if (team && !isCountry(first.text)) return [{ tokens, kind: 'institution', rule: 'team-name', strength: 1 }];
    // "Abc Rovers", "Abc FC": a club word no one has for a surname ends a club's name, whatever its first word.
    if (cues().clubSuffixes.has(lastWord)) return [{ tokens, kind: 'institution', rule: 'club-suffix', strength: 1 }];
    // "Abc City Hall": a venue head after an ordinary word is a place even after a first name ("Ada Hall" stays a person).
    const beforeLast = tokens[n - 2]?.text ?? '';
    if (n >= 3 && cues().venueHeads.has(lastWord) && g.englishWords.has(beforeLast.toLowerCase()) && !isFirstName(beforeLast)) return [{ tokens, kind: 'institution', rule: 'venue-head', strength: 1 }];
    // "Abc Air Station Xyz": a venue head after ordinary words opens a venue's name, whatever follows.
    const venueAt = tokens.findIndex((t, k) => k > 0 && cues().venueHeads.has(t.text));
    if (venueAt > 0 && tokens.slice(0, venueAt).every((t) => g.englishWords.has(t.text.toLowerCase()) && !isFirstName(t.text))) return [{ tokens, kind: 'institution', rule: 'venue-head', strength: 1 }];
    // "Mount Abc", "Fort Xyz": a word that opens the names of features and installations.
    const prefixKind = cues().placePrefixes.get(first.text);
    if (prefixKind !== undefined) return [{ tokens, kind: prefixKind, rule: 'place-prefix', strength: 1 }];
    // "the newspaper Abc Xyz": a type of body right before a name names the body; a word that is
    // also a person's trade does not before a given name ("film producer Ada Lin").
    const trade = cues().personTrades.has(context.previousWord) && isFirstName(first.text);
    if (cues().institutionCues.has(context.previousWord) && !trade) return [{ tokens, kind: 'institution', rule: 'institution-cue', strength: 2 }];
    // "Abc Xyz Rovers", "Abc Xyz Courier-News": a known place of two or more words opening a longer
    // name names a team, paper or company; people are not named after such places.
    if (leadingPlaceLength(tokens, context) >= 2) return [{ tokens, kind: 'institution', rule: 'name-after-place', strength: 1 }];
    // "Golfer Abc Xyz", "Rapper Young Abc": a word for a person's trade or trait before a name of
    // name words (no event's head, no acronym: "Star Wars DVD") names a person, whatever the words;
    // a possessive after the noun ("a Girl's Best Friend award") makes it part of a title.
    // A nationality may stand between ("Veteran Abcian Ada Lin").
    const rest = tokens.slice(n >= 4 && lookupDemonym(tokens[1]?.text ?? '') ? 2 : 1);
    if (n >= 3 && cues().personNouns.has(first.text.toLowerCase()) && (rest[0] as Token).start === (tokens[n - rest.length - 1] as Token).end + 1 && rest.every((t, k) => looksLikeNameWord(t, k, rest) && !t.upper && !cues().eventHeads.has(t.text) && !isStopWord(t.text))) {
      const named = byShape(rest, context);
      return named.length === 1 && named[0]?.kind === 'person' ? named : [{ tokens: rest, kind: 'person', rule: 'person-noun', strength: 2 }];
    }
    // "Veteran Ada Lin": an ordinary word before a full personal name describes the person; it is
    // no part of the name.
    for (const k of [2, 1]) {
      if (n < k + 2 || !isFirstName(tokens[k]?.text ?? '') || !tokens.slice(k).every(looksLikeNameWord)) continue;
      if (k === 1 && isDescriptor(first)) return byShape(tokens.slice(1), context);
      // "Democrat Ada Lin", "Lib Dem Bo Tan": a body's short name (a party) before a full personal name is named apart.
      const body = lookupKnown(words(tokens.slice(0, k)), k, { locative: false });
      if (body?.kind === 'institution') return [{ tokens: tokens.slice(0, k), ...body }, ...byShape(tokens.slice(k), context)];
    }
    if (isFirstName(first.text) && tokens.every(looksLikeNameWord)) return isAbstractNoun(lastWord) ? notPerson(tokens, context) : [{ tokens, kind: 'person', rule: 'first-name', strength: 3 }];
    if (cues().venueHeads.has(tokens[n - 1]?.text ?? '')) return [{ tokens, kind: 'institution', rule: 'venue-head', strength: 1 }];
    // Capitals inside a word ("EuroAbc") mark brands and bodies; names allow Mc, Mac, De and the like.
    if (tokens.some((t) => INNER_CAPITAL.test(t.text))) return [{ tokens, kind: 'institution', rule: 'inner-capital', strength: 1 }];
    if (/^\p{Lu}\.$/u.test(first.text) && tokens.every(looksLikeNameWord) && !tokens.some((t) => isCountry(t.text))) return [{ tokens, kind: 'person', rule: 'initials', strength: 2 }];
    if (cues().eastAsian.has(first.text) && n <= 3 && tokens.every(looksLikeNameWord)) return [{ tokens, kind: 'person', rule: 'east-asian-name', strength: 2 }];
    // Teams and companies are named after places ("Dynamo Abcton", "Abcton Rovers"); people
    // rarely, except with a place-named first word ("Abcton Lee").
    const placeAt = tokens.findIndex((t) => isPlaceWord(t.text));
    if (placeAt > 0 || (placeAt === 0 && cues().teamSuffixes.has(tokens[n - 1]?.text ?? ''))) return [{ tokens, kind: 'institution', rule: 'name-with-place', strength: 1 }];
    if (placeAt === 0 && isCountryOrRegion(first.text)) {
      // "(Ambassador to) Abcland Ada Lin": a country, then a full personal name.
      const rest = tokens.slice(1);
      const person = rest.length >= 2 && (isFirstName(rest[0]?.text ?? '') || cues().eastAsian.has(rest[0]?.text ?? '')) && rest.every(looksLikeNameWord);
      const place = lookupKnown(first.text, 1, { locative: false });
      if (person && place) return [{ tokens: [first], ...place }, { tokens: rest, kind: 'person', rule: 'name-after-place', strength: 2 }];
      return [{ tokens, kind: 'unknown', rule: 'place-before-words', strength: 0 }];
    }
    // An acronym opening a name is a body's ("ABC Abcton" for a base or branch), not a person's initials.
    const acronymFirst = first.upper && first.text.length >= 3 && !first.text.includes('.') && !g.englishWords.has(first.text.toLowerCase());
    if (acronymFirst && !(tokens[n - 1] as Token).upper) return [{ tokens, kind: 'institution', rule: 'acronym-name', strength: 1 }];
    // Table headings and codes ("W L PCT") are not names: name words have two letters or are initials.
    if (!tokens.every(looksLikeNameWord)) return [{ tokens, kind: 'unknown', rule: 'not-name-words', strength: 0 }];
    // "Abc Xyz analyst Ada Lin", "Abc Business host Ada Lin": a name that a role word follows
    // employs someone, even one made of ordinary words.
    if (isRoleWord(context.nextWord)) return [{ tokens, kind: 'institution', rule: 'role-owner', strength: 1 }];
    // Names of people are rarely made only of ordinary English words ("Green Harbour Union").
    if (tokens.every((t) => g.englishWords.has(t.text.toLowerCase()))) return [{ tokens, kind: 'unknown', rule: 'common-words', strength: 0 }];
    // "Abcorp Xyz": a company's name opens the run.
    if (g.companies.has(first.text) && !g.englishWords.has(first.text.toLowerCase())) return [{ tokens, kind: 'institution', rule: 'data:companies', strength: 1 }];
    // "Abc Pictures Briefings Lin" (a photo credit run into a headline): a plural noun before
    // the last word, after the first, is no part of a person's name ("Piers Lin" is one).
    if (tokens.slice(1, -1).some((t) => isPluralNoun(t.text) && !isFirstName(t.text))) return [{ tokens, kind: 'unknown', rule: 'plural-inside', strength: 0 }];
    if (isAbstractNoun(lastWord)) return notPerson(tokens, context);
    return [{ tokens, kind: 'person', rule: 'name-shape', strength: 1 }];
  }
  if (n === 1) {
    if (cues().institutionCues.has(context.previousWord)) return [{ tokens, kind: 'institution', rule: 'institution-cue', strength: 2 }];
    // "Pakistan's Abc province", "the Xyz region": a name before the word for a division is one.
    if (cues().divisions.has(context.nextWord) && !g.englishWords.has(first.text.toLowerCase()) && !first.upper) return [{ tokens, kind: 'region', rule: 'division-after', strength: 1 }];
    // "Abc-Post", "Abc-Gazette": a body's head word joined to the name by a hyphen.
    const lastPart = first.text.split('-').pop() ?? '';
    if (lastPart !== first.text && cues().orgHeads.has(lastPart)) return [{ tokens, kind: 'institution', rule: 'org-head-in-word', strength: 2 }];
    // Capitals that spell an ordinary word ("LEAGUE") are a heading, not an acronym.
    if (first.upper && /^[\p{Lu}.&]{2,6}$/u.test(first.text) && !g.englishWords.has(first.text.toLowerCase())) {
      return [{ tokens, kind: 'institution', rule: 'acronym', strength: 1 }];
    }
    // Capitals inside a word ("AbcFeed", "XyzWatch") mark brands and bodies, as in longer names;
    // "EastXyz" names a project or route, "MoUs" is an acronym's plural.
    if (INNER_CAPITAL_WORD.test(first.text) && !COMPASS_START.test(first.text)) return [{ tokens, kind: 'institution', rule: 'inner-capital', strength: 1 }];
    // A company's name, or one that is also an ordinary word ("Abc" the fruit) when it speaks.
    const word = g.englishWords.has(first.text.toLowerCase());
    const speaks = cues().personVerbs.has(context.nextWord);
    if (g.companies.has(first.text) && (!word || speaks)) return [{ tokens, kind: 'institution', rule: 'data:companies', strength: 1 }];
    if (speaks) return [{ tokens, kind: 'person', rule: 'speech-verb', strength: 1 }];
    if (!first.upper && g.firstNames.has(first.text) && !g.englishWords.has(first.text.toLowerCase())) return [{ tokens, kind: 'person', rule: 'first-name-alone', strength: 1 }];
    // "the Abc programme", "the Abc newspaper": an unknown word before the noun for a body
    // ("a Xyz daily" only says what sort of daily).
    const indefinite = context.previousWord === 'a' || context.previousWord === 'an';
    // Codes with digits name products ("the F-35 program"), not bodies.
    if (!indefinite && !/\d/.test(first.text) && cues().institutionCues.has(context.nextWord) && !g.englishWords.has(first.text.toLowerCase())) return [{ tokens, kind: 'institution', rule: 'institution-cue-after', strength: 1 }];
    return [{ tokens, kind: 'unknown', rule: 'single-word', strength: 0 }];
  }
  return [];
}
