// Decides what a candidate run names, in order of certainty: a known name from the data; a
// person behind an honorific or a role title (the title and any place or body before it, as in
// "Abc Mayor Ada Lin" or "Mayor of Abc Ada Lin", become a mention of their own and the role's
// owner); an organisation by its head word; a region by its head word or compass prefix; a
// person by first name, East Asian family name or shape. Single unknown words are left for
// coreference, which may tie them to a full name. Each piece records the rule that decided it.
import type { EntityKind } from '../../types';
import { lexiconRows, lexiconSet } from '../lexicon';
import { gazetteer, isFirstName, isStopWord } from './gazetteer';
import { lookupDemonym, lookupKnown, type PlaceContext } from './lookup';
import { isHonorific, isRoleWord, matchTitle } from './titles';
import type { Token } from './tokens';

export type PieceKind = EntityKind | 'unknown';

/** One name found in a run, before coreference. */
export interface Piece {
  tokens: Token[];
  kind: PieceKind;
  rule: string;
  /** 3: from data or a title; 2: a strong cue; 1: a guess from shape; 0: unknown. */
  strength: number;
  label?: string;
  identity?: string;
  /** A role title glued to the name ("Vice President"). */
  title?: string;
  /** The piece the title belongs to ("Abc" in "Mayor of Abc"), or a demonym's country. */
  roleOf?: Piece | { label: string; identity: string };
}

export interface RunContext extends PlaceContext {
  /** The word after the run ("said"), lowercased. */
  nextWord: string;
  /** The lowercase word before the run ("daily" in "the daily Abc"). */
  previousWord: string;
}

let orgHeads: Set<string> | undefined;
let regionHeads: Map<string, boolean> | undefined;
let eastAsian: Set<string> | undefined;
let personVerbs: Set<string> | undefined;
let eventHeads: Set<string> | undefined;
let particles: Set<string> | undefined;
let teamSuffixes: Set<string> | undefined;
let venueHeads: Set<string> | undefined;
let institutionCues: Set<string> | undefined;

const COMPASS = new Set(
  'North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern Upper Lower Greater Inner Outer Mainland'.split(' '),
);

function load(): void {
  orgHeads ??= lexiconSet('org-heads');
  regionHeads ??= new Map(lexiconRows('region-heads').map((r) => [r[0] ?? '', r[1] === 'after-place']));
  eastAsian ??= lexiconSet('east-asian-surnames');
  personVerbs ??= lexiconSet('person-cue-verbs');
  eventHeads ??= lexiconSet('event-heads');
  particles ??= lexiconSet('name-particles');
  teamSuffixes ??= lexiconSet('team-suffixes');
  venueHeads ??= lexiconSet('venue-heads');
  institutionCues ??= lexiconSet('institution-cues');
}

const words = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(' ');
const isWord = (t: Token): boolean => t.cap && !t.punct;
// Name words, with lowercase particles of personal names allowed inside ("Ada bin Lin").
const NOT_IN_PERSONAL_NAMES = new Set(['of', 'for', 'the', 'on', '&']);
const isName = (tokens: readonly Token[]): boolean =>
  tokens.length > 0 &&
  isWord(tokens[0] as Token) &&
  isWord(tokens[tokens.length - 1] as Token) &&
  tokens.every((t) => isWord(t) || (particles?.has(t.text) && !NOT_IN_PERSONAL_NAMES.has(t.text)));
// A lone head word ("the Center") is a description, not a name.
const hasOrgHead = (tokens: readonly Token[]): boolean => tokens.length > 1 && tokens.some((t) => orgHeads?.has(t.text));

export function classify(tokens: Token[], context: RunContext): Piece[] {
  load();
  if (tokens.length === 0) return [];
  const known = lookupKnown(words(tokens), tokens.length, context);
  if (known) return [{ tokens, ...known }];
  if (isHonorific(tokens[0]) && tokens.length > 1) return personAfter(tokens, 1, 'honorific', undefined, []);
  const attributed = byAttribute(tokens, context);
  if (attributed) return attributed;
  const titled = byTitle(tokens, context);
  if (titled) return titled;
  const split = byOf(tokens, context);
  if (split) return split;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  // Nationality adjectives are cues, not entities ("Abcian officials", "South Abcian"), unless
  // part of a body's name; events and laws are not entities.
  if (!hasOrgHead(tokens) && (lookupDemonym(words(tokens)) || lookupDemonym(last.text) || isRegionAdjective(tokens))) return [];
  if (eventHeads?.has(last.text) && tokens.length > 1) return [];
  const demonym = lookupDemonym(first.text);
  if (demonym && !hasOrgHead(tokens)) return classify(tokens.slice(1), context);
  if (hasOrgHead(tokens)) return [{ tokens, kind: 'institution', rule: 'org-head', strength: 3 }];
  const region = byRegionShape(tokens, context);
  if (region) return region;
  return byPersonShape(tokens, context);
}

// "Abc-based Xyz", "Abc-led Xyz": the place, then a body (for -based, -listed) or a name.
const ATTRIBUTE = /^(.+)-(based|listed|headquartered|led|run|owned|born|sponsored|ruled|controlled|backed|bound|made)$/;
const BODY_ATTRIBUTES = new Set(['based', 'listed', 'headquartered']);

function byAttribute(tokens: Token[], context: RunContext): Piece[] | undefined {
  const k = tokens.findIndex((t) => ATTRIBUTE.test(t.text));
  if (k < 0) return undefined;
  const token = tokens[k] as Token;
  const [, head = '', attribute = ''] = ATTRIBUTE.exec(token.text) ?? [];
  const placeTokens = [...tokens.slice(0, k), { ...token, text: head, end: token.start + head.length }];
  const known = lookupKnown(words(placeTokens), placeTokens.length, { ...context, locative: true });
  const pieces: Piece[] = known ? [{ tokens: placeTokens, ...known }] : [];
  const rest = tokens.slice(k + 1);
  if (rest.length === 0) return pieces;
  const named = classify(rest, context);
  if (BODY_ATTRIBUTES.has(attribute) && named.length === 1 && named[0] && named[0].strength < 3 && named[0].kind !== 'country') {
    return [...pieces, { tokens: rest, kind: 'institution', rule: `${attribute}-body`, strength: 2 }];
  }
  return [...pieces, ...named];
}

// Company suffixes after which "of Abc" names where the company is, not part of its name.
const COMPANY_SUFFIX = /^(?:Inc\.?|Corp\.?|Co\.?|Ltd\.?|LLC|plc|PLC|SpA|AG|SA|S\.A\.|NV|AB|GmbH|Group|Bancorp)$/;

/**
 * "Ada Lin of the Abc Bank", "Xyz Corp of Abc": a person's name or a company's full name
 * before "of" ends there; what follows is another name.
 */
function byOf(tokens: Token[], context: RunContext): Piece[] | undefined {
  const k = tokens.findIndex((t) => t.text === 'of');
  if (k <= 0 || k >= tokens.length - 1) return undefined;
  const left = tokens.slice(0, k);
  let from = k + 1;
  while (tokens[from]?.text === 'the') from++;
  const right = tokens.slice(from);
  if (right.length === 0) return undefined;
  const last = left[left.length - 1] as Token;
  if (COMPANY_SUFFIX.test(last.text)) {
    return [{ tokens: left, kind: 'institution', rule: 'company-suffix', strength: 3 }, ...classify(right, { ...context, locative: true })];
  }
  if (left.length < 2 || !isFirstName(left[0]?.text ?? '') || !isName(left)) return undefined;
  return [{ tokens: left, kind: 'person', rule: 'first-name', strength: 3 }, ...classify(right, { ...context, locative: true })];
}

/** "[prefix] Title Name" and "Title of Place Name": the person, plus the prefix or place. */
function byTitle(tokens: Token[], context: RunContext): Piece[] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const title = matchTitle(tokens, i);
    // "Court of Justice": a title word after "of" is part of a name.
    if (!title || tokens[i - 1]?.text === 'of') continue;
    const prefix = tokens.slice(0, i);
    let rest = i + title.length;
    let titleText = title.text;
    // Stacked titles ("Pro Vice-Chancellor Professor Ada Lin"): the last one is glued to the name.
    for (let more = matchTitle(tokens, rest); more && rest + more.length < tokens.length; more = matchTitle(tokens, rest)) {
      titleText = more.text;
      rest += more.length;
    }
    let owner: Piece | undefined;
    const pieces: Piece[] = [];
    if (tokens[rest]?.text === 'of') {
      const place = longestKnownPlace(tokens, rest + 1, context) ?? bodyBeforeName(tokens, rest + 1);
      if (!place) return undefined;
      owner = place;
      pieces.push(place);
      rest = tokens.indexOf(place.tokens[place.tokens.length - 1] as Token) + 1;
    }
    const name = tokens.slice(rest);
    if (name.length > 0 && (name.length > 4 || hasOrgHead(name) || !isName(name))) return undefined;
    // "Dean Abc": a one-word title that is also a first name, before one name, is a full name.
    if (i === 0 && title.length === 1 && rest === 1 && name.length === 1 && isFirstName(tokens[0]?.text ?? '')) return undefined;
    const nameKnown = name.length > 0 ? lookupKnown(words(name), name.length, context) : undefined;
    if (nameKnown && nameKnown.kind !== 'city') return undefined;
    const before = prefix.length ? classify(prefix, { ...context, nextWord: '' }) : [];
    pieces.unshift(...before);
    const demonym = prefix.length === 1 ? lookupDemonym(prefix[0]?.text ?? '') : undefined;
    const roleOf = owner ?? before[before.length - 1] ?? demonym;
    if (name.length === 0) return pieces;
    if (title.royal && name.length === 1) return [...pieces, { tokens: tokens.slice(i, i + title.length).concat(name), kind: 'person', rule: 'royal-title', strength: 3, roleOf }];
    return personAfter(tokens, rest, 'role-title', { title: titleText, roleOf }, pieces);
  }
  return undefined;
}

function personAfter(tokens: Token[], from: number, rule: string, role: Pick<Piece, 'title' | 'roleOf'> | undefined, before: Piece[]): Piece[] {
  const name = tokens.slice(from);
  if (name.length === 0 || name.length > 4 || !isName(name)) return before;
  return [...before, { tokens: name, kind: 'person', rule, strength: 3, ...role }];
}

/** The longest run of tokens from `from` that names a known place, country or institution. */
function longestKnownPlace(tokens: Token[], from: number, context: RunContext): Piece | undefined {
  for (let end = Math.min(tokens.length, from + 5); end > from; end--) {
    const part = tokens.slice(from, end);
    const known = lookupKnown(words(part), part.length, { ...context, locative: true });
    if (known) return { tokens: part, ...known };
  }
  return undefined;
}

/** "Title of the Abc Bank Ada Lin": the body named after "of", then a two- or three-word name. */
function bodyBeforeName(tokens: Token[], from: number): Piece | undefined {
  for (const nameLength of [2, 3, 1]) {
    const end = tokens.length - nameLength;
    let start = from;
    while (start < end && tokens[start]?.text === 'the') start++;
    const body = tokens.slice(start, end);
    if (body.length > 1 && hasOrgHead(body) && tokens.slice(end).every(isWord)) {
      return { tokens: body, kind: 'institution', rule: 'org-head', strength: 3 };
    }
  }
  return undefined;
}

/** "Abc Province", "Abc Bay Area", "South Abc" where Abc is a known place. */
function byRegionShape(tokens: Token[], context: RunContext): Piece[] | undefined {
  const last = tokens[tokens.length - 1] as Token;
  const head = regionHeads?.get(last.text);
  if (tokens.length > 1 && head !== undefined) {
    const placeBefore = lookupKnown(words(tokens.slice(0, -1)), tokens.length - 1, { ...context, locative: true });
    if (!head || placeBefore) return [{ tokens, kind: 'region', rule: 'region-head', strength: 3 }];
  }
  const first = tokens[0] as Token;
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
    const known = lookupKnown(part, 1, context);
    if (!known || known.kind === 'institution') return undefined;
    pieces.push({ tokens: [{ ...token, text: part, start: offset, end: offset + part.length }], ...known });
    offset += part.length + 1;
  }
  return pieces.length > 1 ? pieces : undefined;
}

const INNER_CAPITAL = /^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')\p{Lu}\p{Ll}+\p{Lu}/u;

// Short capitals may open a name ("JD Abc") but never end one ("W L PCT").
function looksLikeNameWord(t: Token, k: number, tokens: readonly Token[]): boolean {
  if (/^\p{Lu}\.$/u.test(t.text) || particles?.has(t.text)) return true;
  const shortCapitals = t.upper && t.text.length <= 4;
  return t.text.replace(/[^\p{L}]/gu, '').length >= 2 && (!shortCapitals || (k === 0 && !(tokens[tokens.length - 1] as Token).upper));
}

/** A country, region or big city named as one word of a longer name. */
function isPlaceWord(word: string): boolean {
  const known = lookupKnown(word, 1, { locative: false });
  return known !== undefined && known.kind !== 'institution' && known.strength >= 3;
}

function isCountryOrRegion(word: string): boolean {
  const known = lookupKnown(word, 1, { locative: false });
  return known !== undefined && (known.kind === 'country' || known.kind === 'region');
}

// "Southeast Asian", "Latin American": a compass or region word before an adjective of a people.
const PEOPLE_ADJECTIVE = /(?:an|ese|ish|ic|i)$/;
function isRegionAdjective(tokens: readonly Token[]): boolean {
  if (tokens.length < 2) return false;
  const last = tokens[tokens.length - 1] as Token;
  return COMPASS.has(tokens[0]?.text ?? '') && PEOPLE_ADJECTIVE.test(last.text) && !lookupKnown(words(tokens), tokens.length, { locative: false });
}

function byPersonShape(tokens: Token[], context: RunContext): Piece[] {
  const g = gazetteer();
  const first = tokens[0] as Token;
  const n = tokens.length;
  if (n >= 2 && n <= 4 && isName(tokens) && (!isStopWord(tokens[n - 1]?.text ?? '') || isFirstName(tokens[n - 2]?.text ?? ''))) {
    if (isFirstName(first.text) && tokens.every(looksLikeNameWord)) return [{ tokens, kind: 'person', rule: 'first-name', strength: 3 }];
    if (venueHeads?.has(tokens[n - 1]?.text ?? '')) return [{ tokens, kind: 'institution', rule: 'venue-head', strength: 1 }];
    // Capitals inside a word ("EuroAbc") mark brands and bodies; names allow Mc, Mac, De and the like.
    if (tokens.some((t) => INNER_CAPITAL.test(t.text))) return [{ tokens, kind: 'institution', rule: 'inner-capital', strength: 1 }];
    if (/^\p{Lu}\.$/u.test(first.text) && tokens.every(looksLikeNameWord) && !tokens.some((t) => isCountryOrRegion(t.text))) return [{ tokens, kind: 'person', rule: 'initials', strength: 2 }];
    if (eastAsian?.has(first.text) && n <= 3 && tokens.every(looksLikeNameWord)) return [{ tokens, kind: 'person', rule: 'east-asian-name', strength: 2 }];
    // Teams and companies are named after places ("Dynamo Abcton", "Abcton Rovers"); people
    // rarely, except with a place-named first word ("Abcton Lee").
    const placeAt = tokens.findIndex((t) => isPlaceWord(t.text));
    if (placeAt > 0 || (placeAt === 0 && teamSuffixes?.has(tokens[n - 1]?.text ?? ''))) return [{ tokens, kind: 'institution', rule: 'name-with-place', strength: 1 }];
    if (placeAt === 0 && isCountryOrRegion(first.text)) return [{ tokens, kind: 'unknown', rule: 'place-before-words', strength: 0 }];
    // An acronym opening a name is a body's ("ABC Abcton" for a base or branch), not a person's initials.
    const acronymFirst = first.upper && first.text.length >= 3 && !first.text.includes('.') && !g.englishWords.has(first.text.toLowerCase());
    if (acronymFirst && !(tokens[n - 1] as Token).upper) return [{ tokens, kind: 'institution', rule: 'acronym-name', strength: 1 }];
    // Table headings and codes ("W L PCT") are not names: name words have two letters or are initials.
    if (!tokens.every(looksLikeNameWord)) return [{ tokens, kind: 'unknown', rule: 'not-name-words', strength: 0 }];
    // Names of people are rarely made only of ordinary English words ("Democratic Rally").
    if (tokens.every((t) => g.englishWords.has(t.text.toLowerCase()))) return [{ tokens, kind: 'unknown', rule: 'common-words', strength: 0 }];
    // "Abc Xyz analyst Ada Lin": a name that a role word follows employs someone.
    if (isRoleWord(context.nextWord)) return [{ tokens, kind: 'institution', rule: 'role-owner', strength: 1 }];
    return [{ tokens, kind: 'person', rule: 'name-shape', strength: 1 }];
  }
  if (n === 1) {
    if (institutionCues?.has(context.previousWord)) return [{ tokens, kind: 'institution', rule: 'institution-cue', strength: 2 }];
    // Capitals that spell an ordinary word ("LEAGUE") are a heading, not an acronym.
    if (first.upper && /^[\p{Lu}.&]{2,6}$/u.test(first.text) && !g.englishWords.has(first.text.toLowerCase())) {
      return [{ tokens, kind: 'institution', rule: 'acronym', strength: 1 }];
    }
    if (personVerbs?.has(context.nextWord)) return [{ tokens, kind: 'person', rule: 'speech-verb', strength: 1 }];
    if (!first.upper && g.firstNames.has(first.text) && !g.englishWords.has(first.text.toLowerCase())) return [{ tokens, kind: 'person', rule: 'first-name-alone', strength: 1 }];
    return [{ tokens, kind: 'unknown', rule: 'single-word', strength: 0 }];
  }
  return [];
}
