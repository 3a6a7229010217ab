// Decides what a candidate run names, in order of certainty: a known name from the data; a
// person behind an honorific or a role title (the title and any place or body before it, as in
// "Abc Mayor Ada Lin" or "Mayor of Abc Ada Lin", become a mention of their own and the role's
// owner); an organisation by its head word; a region by its head word or compass prefix; a
// person by first name, East Asian family name or shape. Single unknown words are left for
// coreference, which may tie them to a full name. Each piece records the rule that decided it.
import { lexiconSet } from '../lexicon';
import { gazetteer, isFirstName } from './gazetteer';
import { isPartyName, isPeopleWord, lookupDemonym, lookupKnown } from './lookup';
import { cues, hasOrgHead, isName, isWord, nameWordCount, words, type Piece, type RunContext } from './piece';
import { byPersonShape, byRegionShape, isRegionAdjective } from './shapes';
import { isHonorific, isModifier, isRoleModifier, matchTitle, type TitleMatch } from './titles';
import type { Token } from './tokens';

export function classify(tokens: Token[], context: RunContext): Piece[] {
  if (tokens.length === 0) return [];
  const name = words(tokens);
  const known = lookupKnown(name, tokens.length, context);
  if (known) return [{ tokens, ...known }];
  const suffixed = byKnownSuffix(tokens, context);
  if (suffixed) return suffixed;
  if (isHonorific(tokens[0]) && tokens.length > 1 && !namesVenue(tokens.slice(1))) return personAfter(tokens, 1, 'honorific', undefined, []);
  const attributed = byAttribute(tokens, context);
  if (attributed) return attributed;
  const titled = byTitle(tokens, context);
  if (titled) return titled;
  const split = byOf(tokens, context);
  if (split) return split;
  const partisan = byPlaceAndParty(tokens, context);
  if (partisan) return partisan;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  // Nationality adjectives and those of peoples and faiths are cues, not entities ("Abcian
  // officials", "South Abcian", "Irish-American"), unless part of a body's name; events and laws
  // are not entities.
  const orgHead = hasOrgHead(tokens);
  if (!orgHead && (lookupDemonym(name) || tokens.every((t) => isPeopleWord(t.text)) || isRegionAdjective(tokens))) return [];
  // "the Abcton Eagles American football team": a nationality after a name describes what follows.
  if (!orgHead && isPeopleWord(last.text)) return tokens.length > 1 ? classify(tokens.slice(0, -1), context) : [];
  if (cues().eventHeads.has(last.text) && tokens.length > 1) return [];
  if (isPeopleWord(first.text) && !orgHead) return classify(tokens.slice(1), context);
  // "Injured Abc", "Embattled Abc": a participle before one name says what befell it.
  if (tokens.length === 2 && isParticiple(first)) return classify(tokens.slice(1), context);
  if (orgHead) return [{ tokens, kind: 'institution', rule: 'org-head', strength: 3 }];
  if (hasOrgSuffix(tokens, context)) return [{ tokens, kind: 'institution', rule: 'org-suffix', strength: 2 }];
  // "Abc & Xyz": names joined by an ampersand are a firm's ("Marks & Spencer"), never a person's;
  // two full personal names so joined are two people.
  const amp = tokens.findIndex((t, k) => t.text === '&' && k > 0 && k < tokens.length - 1);
  if (amp > 0) {
    const [left, right] = [tokens.slice(0, amp), tokens.slice(amp + 1)];
    const fullName = (part: Token[]): boolean => part.length >= 2 && isFirstName(part[0]?.text ?? '');
    if (fullName(left) && fullName(right)) return [...classify(left, context), ...classify(right, context)];
    return [{ tokens, kind: 'institution', rule: 'ampersand', strength: 2 }];
  }
  const region = byRegionShape(tokens, context);
  if (region) return region;
  return byPersonShape(tokens, context);
}

/**
 * "Abc International", "Abc Ventures": a word that ends bodies' names, after capitalised words
 * only; after a place alone it names an event ("Abcton International", a tournament).
 */
function hasOrgSuffix(tokens: Token[], context: RunContext): boolean {
  const n = tokens.length;
  if (n < 2 || !cues().orgSuffixes.has((tokens[n - 1] as Token).text) || !tokens.every(isWord)) return false;
  const known = lookupKnown(words(tokens.slice(0, -1)), n - 1, { ...context, locative: false });
  return known === undefined || known.kind === 'institution';
}

/** "a New Abc Democrat", "an Abcshire Tory": a known place, then the member's party word, are two names. */
function byPlaceAndParty(tokens: Token[], context: RunContext): Piece[] | undefined {
  const n = tokens.length;
  const last = tokens[n - 1] as Token;
  if (n < 2 || !isPartyName(last.text)) return undefined;
  const place = lookupKnown(words(tokens.slice(0, -1)), n - 1, { ...context, locative: true });
  const party = lookupKnown(last.text, 1, { ...context, locative: false });
  if (!place || place.kind === 'institution' || party?.kind !== 'institution') return undefined;
  return [{ tokens: tokens.slice(0, -1), ...place }, { tokens: [last], ...party }];
}

const JOINING = new Set(['of', 'for', 'the', 'and', 'on', 'at', '&']);

/**
 * "Abc News White House correspondent", "XYZ White House reporter": a body named before a known
 * name of two or more words is a name of its own, when it is one by itself (an acronym, a known
 * name); "Royal Supreme Court" keeps its first word, which names nothing alone.
 */
function byKnownSuffix(tokens: Token[], context: RunContext): Piece[] | undefined {
  for (let k = 1; k <= tokens.length - 2; k++) {
    const suffix = tokens.slice(k);
    const known = lookupKnown(words(suffix), suffix.length, context);
    if (!known || JOINING.has(tokens[k - 1]?.text ?? '')) continue;
    const prefix = classify(tokens.slice(0, k), { ...context, nextWord: '' });
    if (prefix.length === 1 && prefix[0]?.kind === 'institution' && (prefix[0].strength >= 3 || (prefix[0].tokens[0] as Token).upper)) return [...prefix, { tokens: suffix, ...known }];
    // "the International Abc Xyz", "the Ruritanian Abc Xyz": one word of a people or an adjective
    // before a known body of two words or more names a branch of it, not something else.
    if (k === 1 && known.kind === 'institution' && known.strength >= 3 && qualifiesBody(tokens[0] as Token)) {
      return [{ tokens, kind: 'institution', rule: 'qualified-known-body', strength: 2 }];
    }
    return undefined;
  }
  return undefined;
}

/** A demonym or a dictionary adjective that no role widens ("senior", "former") and no one is named. */
function qualifiesBody(t: Token): boolean {
  if (lookupDemonym(t.text)) return true;
  return isModifier(t) && !isRoleModifier(t.text) && !isParticiple(t);
}

// Past participles of the dictionary; "United" and the like name bodies and teams.
const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}ed$/u;
const NAME_PARTICIPLES = new Set(['United', 'Allied', 'Associated', 'Consolidated', 'Federated', 'Integrated', 'Limited', 'Incorporated']);
function isParticiple(t: Token): boolean {
  return PARTICIPLE.test(t.text) && !NAME_PARTICIPLES.has(t.text) && gazetteer().englishWords.has(t.text.toLowerCase()) && !isFirstName(t.text);
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
  // People are not "Abc-based": even a name opening with a given name is a body there ("Abc-based Wells Xyz").
  if (BODY_ATTRIBUTES.has(attribute) && named.length === 1 && named[0] && (named[0].strength < 3 || named[0].kind === 'person') && named[0].kind !== 'country') {
    return [...pieces, { tokens: rest, kind: 'institution', rule: `${attribute}-body`, strength: 2 }];
  }
  return [...pieces, ...named];
}

/**
 * "writes Ada Lin for Abc", "said Ada Lin on Xyz": a person's full name never runs on through "for"
 * or "on" (bodies do: "Centre for Abc", "Mail on Sunday"); what follows is another name.
 */
function byForOrOn(tokens: Token[], context: RunContext): Piece[] | undefined {
  const k = tokens.findIndex((t) => t.text === 'for' || t.text === 'on');
  if (k < 2 || k >= tokens.length - 1) return undefined;
  const left = tokens.slice(0, k);
  if (hasOrgHead(left) || !isFirstName(left[0]?.text ?? '')) return undefined;
  const person = classify(left, { ...context, nextWord: '' });
  if (person.length !== 1 || person[0]?.kind !== 'person') return undefined;
  let from = k + 1;
  while (tokens[from]?.text === 'the') from++;
  const right = tokens.slice(from);
  return right.length ? [...person, ...classify(right, context)] : undefined;
}

// Company suffixes after which "of Abc" names where the company is, not part of its name.
const COMPANY_SUFFIX = /^(?:Inc\.?|Corp\.?|Co\.?|Ltd\.?|LLC|plc|PLC|SpA|AG|SA|S\.A\.|NV|AB|GmbH|Group|Bancorp)$/;

/**
 * "Ada Lin of the Abc Bank", "Xyz Corp of Abc": a person's name or a company's full name
 * before "of" ends there; what follows is another name.
 */
function byOf(tokens: Token[], context: RunContext): Piece[] | undefined {
  const k = tokens.findIndex((t) => t.text === 'of');
  if (k < 0) return byForOrOn(tokens, context);
  if (k === 0 || k >= tokens.length - 1) return undefined;
  const left = tokens.slice(0, k);
  let from = k + 1;
  while (tokens[from]?.text === 'the') from++;
  const right = tokens.slice(from);
  if (right.length === 0) return undefined;
  const last = left[left.length - 1] as Token;
  if (COMPANY_SUFFIX.test(last.text)) {
    return [{ tokens: left, kind: 'institution', rule: 'company-suffix', strength: 3 }, ...classify(right, { ...context, locative: true })];
  }
  // The left part must itself be a person's name, with or without a title ("Sen. Ada Lin").
  const person = classify(left, { ...context, nextWord: '' });
  const named = person[person.length - 1];
  if (!named || named.kind !== 'person' || hasOrgHead(left)) return ofCountry(left, right, context);
  const place = classify(right, { ...context, locative: true });
  // "Mayor Ada Lin of Abcton": a city-held title makes the place after "of" the city of the role.
  const only = place.length === 1 ? place[0] : undefined;
  if (only && left.some((_, j) => matchTitle(left, j)?.city)) {
    if (only.kind === 'person' || only.kind === 'unknown') Object.assign(only, { kind: 'city', rule: 'city-role-owner', strength: 3 });
    if (only.kind === 'city') named.roleOf ??= only;
  }
  return [...person, ...place];
}

/**
 * "Abc of Xyzland" whose one word names no person, no thing and no body: a team, firm or athlete of
 * that country; the country is named whatever the word turns out to be.
 */
function ofCountry(left: Token[], right: Token[], context: RunContext): Piece[] | undefined {
  // One word of a name: an ordinary word names a thing of the country ("Gulf of Abc").
  const word = left.length === 1 ? (left[0] as Token) : undefined;
  if (!word || word.possessive || gazetteer().englishWords.has(word.text.toLowerCase()) || cues().orgHeads.has(word.text) || matchTitle(left, 0)) return undefined;
  const country = lookupKnown(words(right), right.length, { ...context, locative: true });
  if (country?.kind !== 'country') return undefined;
  return [...classify(left, { ...context, nextWord: '' }), { tokens: right, ...country }];
}

const CONSTITUENCY_PART = /^(?:North|South|East|West|Central|Mid|Outer|Inner|Rural|Urban)$/;

/**
 * "MP for Abcton", "Senator for Xyzland", "MP for Abcton West": the known place after "for" where
 * a role is held, and where the name after the seat starts (a compass word after the place names
 * the seat). None when words that are not a full personal name follow ("MP for West Abc", whose
 * seat the data does not know).
 */
function seatAfterFor(tokens: Token[], from: number, context: RunContext): { place: Piece; end: number } | undefined {
  const place = longestKnownPlace(tokens, from, context);
  if (!place || place.kind === 'institution') return undefined;
  let end = tokens.indexOf(place.tokens[place.tokens.length - 1] as Token) + 1;
  while (CONSTITUENCY_PART.test(tokens[end]?.text ?? '')) end++;
  return end === tokens.length || (tokens.length - end >= 2 && isFirstName(tokens[end]?.text ?? '')) ? { place, end } : undefined;
}

/** "[prefix] Title Name" and "Title of Place Name": the person, plus the prefix or place. */
function byTitle(tokens: Token[], context: RunContext): Piece[] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const title = matchTitle(tokens, i);
    // "Court of Justice": a title word after "of" is part of a name.
    if (!title || tokens[i - 1]?.text === 'of') continue;
    // "Assistant US Attorney A", "Acting UK Ambassador B": role modifiers before a known name widen the title.
    let lead = 0;
    while (lead < i - 1 && isRoleModifier(tokens[lead]?.text ?? '')) lead++;
    if (lead > 0 && !lookupKnown(words(tokens.slice(lead, i)), i - lead, context)) lead = 0;
    const prefix = tokens.slice(lead, i);
    let rest = i + title.length;
    let titleText = title.text;
    // Stacked titles ("Pro Vice-Chancellor Professor Ada Lin", "Chief Political Correspondent
    // Ada Lin"): the last one is glued to the name.
    for (let more = stackedTitle(tokens, rest); more && more.at + more.length < tokens.length; more = stackedTitle(tokens, rest)) {
      titleText = more.text;
      rest = more.at + more.length;
    }
    let owner: Piece | undefined;
    const pieces: Piece[] = [];
    // "MP for Abcton", "Senator for Xyzland": a known place after "for" is where the role is held,
    // as after "of"; anything else after "for" is a portfolio ("Minister for Health").
    const forPlace = tokens[rest]?.text === 'for' ? seatAfterFor(tokens, rest + 1, context) : undefined;
    if (forPlace) {
      owner = forPlace.place;
      pieces.push(forPlace.place);
      rest = forPlace.end;
    } else if (tokens[rest]?.text === 'of') {
      const known = longestKnownPlace(tokens, rest + 1, context);
      const body = bodyBeforeName(tokens, rest + 1);
      // "CEO of Abcton Capital Ada Lin": a body's name may open with a place.
      const bodyOpensWithPlace = known && body && body.tokens[0] === known.tokens[0] && body.tokens.length > known.tokens.length;
      const place = (bodyOpensWithPlace ? body : known) ?? body ?? (title.city ? cityBeforeName(tokens, rest + 1) : undefined);
      if (place) {
        owner = place;
        pieces.push(place);
        rest = tokens.indexOf(place.tokens[place.tokens.length - 1] as Token) + 1;
      } else {
        // "a Speaker of the Abc House": a title of a body, and no name after it, names the body.
        const body = bodyAfterTitle(tokens, rest + 1);
        if (body) return [body];
        // "Minister of Trade and Industry Ada Lin": a portfolio, no entity, is part of the title.
        const nameAt = title.city ? undefined : portfolioEnd(tokens, rest + 1);
        if (nameAt === undefined) return undefined;
        titleText = tokens.slice(i, nameAt).map((t) => t.text).join(' ');
        rest = nameAt;
      }
    }
    const name = tokens.slice(rest);
    // A head word after a title makes a body's name ("Abcian Nations General Assembly"), an event's
    // ("the General Election"), a venue's ("Prince Abc Air Base").
    const lastWord = name[name.length - 1]?.text ?? '';
    if (name.length > 0 && (nameWordCount(name) > 4 || name.some((t) => cues().orgHeads.has(t.text)) || cues().eventHeads.has(lastWord) || namesVenue(name) || !isName(name))) return undefined;
    // "Dean Abc": a one-word title that is also a first name, before one name, is a full name.
    if (i === 0 && title.length === 1 && rest === 1 && name.length === 1 && isFirstName(tokens[0]?.text ?? '')) return undefined;
    const nameKnown = name.length > 0 ? lookupKnown(words(name), name.length, context) : undefined;
    if (nameKnown && nameKnown.kind !== 'city') return undefined;
    // "Army Lt. Col. Bo Chen": one word for a body before the title is that body; "House Speaker
    // Ada Lin": so is the title's first word, when no single word stands before it.
    const bodyBefore = prefix.length === 1 ? bodyWord(prefix) : undefined;
    const bodyInTitle = prefix.length !== 1 && title.length > 1 ? bodyWord([tokens[i] as Token]) : undefined;
    const before = bodyBefore ? [bodyBefore] : prefix.length ? classify(prefix, { ...context, nextWord: '' }) : [];
    pieces.unshift(...before, ...(bodyInTitle ? [bodyInTitle] : []));
    const demonym = prefix.length === 1 ? lookupDemonym(prefix[0]?.text ?? '') : undefined;
    const roleOf = owner ?? bodyBefore ?? bodyInTitle ?? before[before.length - 1] ?? demonym;
    if (title.city && roleOf && 'tokens' in roleOf && (roleOf.kind === 'person' || roleOf.kind === 'unknown')) {
      Object.assign(roleOf, { kind: 'city', rule: 'city-role-owner', strength: 3 });
    }
    if (name.length === 0) return pieces;
    if (title.royal && name.length === 1) return [...pieces, { tokens: tokens.slice(i, i + title.length).concat(name), kind: 'person', rule: 'royal-title', strength: 3, roleOf }];
    return personAfter(tokens, rest, 'role-title', { title: titleText, roleOf }, pieces);
  }
  return undefined;
}

let qualifierBodies: Set<string> | undefined;

/** The body one word names when it qualifies a title (title-qualifier-bodies.txt), if it does. */
function bodyWord(tokens: Token[]): Piece | undefined {
  qualifierBodies ??= lexiconSet('title-qualifier-bodies');
  return qualifierBodies.has(tokens[0]?.text ?? '') ? { tokens, kind: 'institution', rule: 'title-qualifier', strength: 2 } : undefined;
}

/** A title at tokens[k], or after role modifiers ("Political" in "Chief Political Correspondent"). */
function stackedTitle(tokens: Token[], k: number): (TitleMatch & { at: number }) | undefined {
  let at = k;
  while (at < tokens.length - 1 && isModifier(tokens[at] as Token)) at++;
  const title = matchTitle(tokens, at);
  return title ? { ...title, at } : undefined;
}

/** "Abc Air Base" after a title or form of address: a venue named after someone, not a person ("Ada Hall" is one). */
function namesVenue(name: readonly Token[]): boolean {
  return name.length > 1 && cues().venueHeads.has((name[name.length - 1] as Token).text) && !isFirstName(name[0]?.text ?? '');
}

function personAfter(tokens: Token[], from: number, rule: string, role: Pick<Piece, 'title' | 'roleOf'> | undefined, before: Piece[]): Piece[] {
  const name = tokens.slice(from);
  if (name.length === 0 || nameWordCount(name) > 4 || !isName(name)) return before;
  return [...before, { tokens: name, kind: 'person', rule, strength: 3, ...role }];
}

/** The longest run of tokens from `from` that names a known place, country or institution. */
function longestKnownPlace(tokens: Token[], from: number, context: RunContext): Piece | undefined {
  while (tokens[from]?.text === 'the') from++;
  for (let end = Math.min(tokens.length, from + 5); end > from; end--) {
    const part = tokens.slice(from, end);
    // "Sheriff of Abc County": a region's head word ends the place, known or not.
    const region = part.length > 1 ? byRegionShape(part, context) : undefined;
    if (region?.length === 1 && region[0]?.kind === 'region') return region[0];
    const known = lookupKnown(words(part), part.length, { ...context, locative: true });
    if (known) return { tokens: part, ...known };
  }
  return undefined;
}

/**
 * Where the name starts after a portfolio ("Trade and Industry Ada Lin"): the name is its last
 * two words, or three when they start with a first name; the portfolio is capitalised words
 * joined by "and" and names no known place.
 */
function portfolioEnd(tokens: Token[], from: number): number | undefined {
  for (const nameLength of [3, 2]) {
    const at = tokens.length - nameLength;
    const portfolio = tokens.slice(from, at);
    if (nameLength === 3 && !isFirstName(tokens[at]?.text ?? '')) continue;
    if (portfolio.length === 0 || !isWord(portfolio[portfolio.length - 1] as Token) || !isName(tokens.slice(at))) continue;
    if (!portfolio.every((t) => isWord(t) || t.text === 'and')) continue;
    if (portfolio.some((t) => lookupKnown(t.text, 1, { locative: false }) !== undefined)) continue;
    return at;
  }
  return undefined;
}

/** "Mayor of Abcton Ada Lin" with a place the data lacks: the city, then a two-word name. */
function cityBeforeName(tokens: Token[], from: number): Piece | undefined {
  const end = tokens.length - 2;
  const city = tokens.slice(from, end);
  if (city.length === 0 || city.length > 3 || !city.every(isWord) || !isName(tokens.slice(end))) return undefined;
  return { tokens: city, kind: 'city', rule: 'city-role-of', strength: 2 };
}

/** "Title of the Abc Bank" with nothing after: the body named after "of". */
function bodyAfterTitle(tokens: Token[], from: number): Piece | undefined {
  let start = from;
  while (tokens[start]?.text === 'the') start++;
  const body = tokens.slice(start);
  return body.length > 1 && isWord(body[0] as Token) && isWord(body[body.length - 1] as Token) && hasOrgHead(body) ? { tokens: body, kind: 'institution', rule: 'org-head', strength: 3 } : undefined;
}

/** "Title of the Abc Bank Ada Lin": the body named after "of", then a two- or three-word name. */
function bodyBeforeName(tokens: Token[], from: number): Piece | undefined {
  for (const nameLength of [2, 3, 1]) {
    const end = tokens.length - nameLength;
    let start = from;
    while (start < end && tokens[start]?.text === 'the') start++;
    const body = tokens.slice(start, end);
    // A body's name ends in a word, never in "of" ("House of | Abcs Lin" is no split).
    if (body.length > 1 && isWord(body[body.length - 1] as Token) && hasOrgHead(body) && tokens.slice(end).every(isWord)) {
      return { tokens: body, kind: 'institution', rule: 'org-head', strength: 3 };
    }
  }
  return undefined;
}
