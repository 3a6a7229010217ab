// The roles the article gives its people, read from the parse: titles before a name ("Abcian
// Foreign Minister A", "Abc Mayor A", "Abc's top diplomat A", "President A of Abc"), appositions
// ("A, chief economist at Abc", "A, Abc's ambassador"), a body after the name ("A of Abc", "A at
// Abc"), a body owning the name ("Abc's A") and copulas ("A is the mayor of Abc", "A, who heads
// Abc"). A role may tie the person to the institution, city, country or region where it is held.
import type { EntityKind } from '../../types';
import { gluedHyphen } from '../parse/phrases';
import { expand, isLeadingVerb, postChain } from '../parse/predicates';
import { lastWord } from '../parse/words';
import type { NounPhrase, Predicate, PrepPhrase, SentenceParse, Word } from '../parse/types';
import { isPartyName, lookupDemonym } from '../entities/lookup';
import { gazetteer } from '../entities/gazetteer';
import { lexiconRows, lexiconSet } from '../lexicon';
import { describedAge } from './ages';
import { isAnyBodyNoun } from './bodies';
import { isRoleTitle, roleIn, type RoleSpan } from './role-words';
import { isPersonNoun } from './traits';

const PLACES: readonly EntityKind[] = ['institution', 'city', 'country', 'region'];
/** Prepositions after a role that name where it is held ("head of", "economist at"). */
const HELD_AT = new Set(['of', 'at', 'for', 'with', 'on', 'from', 'in']);
const THROUGH = new Set(['of', 'for', 'on']);
/** Verbs whose object is the body a person leads, and the role they give. */
const LEADS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair'], ['chaired', 'chair'], ['heads', 'head'], ['headed', 'head'], ['leads', 'leader'], ['led', 'leader'],
  ['runs', 'head'], ['ran', 'head'], ['founded', 'founder'], ['co-founded', 'co-founder'],
  ['represents', 'representative'], ['represented', 'representative'],
]);
const WORKS = new Set(['works', 'worked', 'working', 'serves', 'served', 'serving', 'teaches', 'taught', 'teaching', 'studies', 'studied', 'lectures']);
const SITS = new Set(['sits', 'sat', 'sitting']);
/** Verbs by which a player plays for the team or country after "for" ("scored twice for Abc", "signed for Abc"). */
const PLAYS = new Set(['play', 'plays', 'played', 'playing', 'scored', 'scores', 'scoring', 'signed', 'signs', 'signing']);
/** Nouns for a player's games and goals, whose "for" names the team ("made his debut for Abc", "won his 50th cap for Abc"). */
const GAMES = new Set(['debut', 'cap', 'caps', 'goal', 'goals', 'appearance', 'appearances']);
/** Prepositions after "on loan" that name a club ("from Abc", "at Abc", "to Abc", "with Abc"). */
const LOANED = new Set(['from', 'at', 'to', 'with']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", 'becomes', 'became', 'remains', 'remained']);
/** Verbs that, in the passive, give their subject the role they name ("A was appointed chief executive of Abc"). */
const APPOINTED = new Set(['appointed', 'named', 'elected', 'hired', 'installed', 'promoted', 'reappointed', 're-elected']);
/** Verbs whose "by" names the body that took a person on ("appointed by Abc"; not "named by Abc", an honour). */
const HIRED = new Set(['appointed', 'reappointed', 'hired', 'installed', 'employed', 'recruited']);
/** Verbs whose object is the body a person becomes part of ("A joined Abc in 2019"). */
const JOINS = new Set(['joined', 'joins', 'rejoined']);
/**
 * Verbs whose "as" phrase is a role their subject takes up, holds or leaves ("took over as chief
 * executive of Abc", "replaced B as chairman of Abc", "stepped down as head of Abc"); a former
 * role still ties the holder to the body.
 */
const AS_ROLE = new Set([
  'took', 'takes', 'taken', 'replaced', 'replaces', 'succeeded', 'succeeds', 'stepped', 'steps', 'stood', 'stands',
  'resigned', 'resigns', 'quit', 'quits', 'retired', 'retires', 'returned', 'returns', 'remains', 'remained', 'stayed', 'stays',
  'continues', 'continued', 'started', 'starts', 'began', 'begins', 'joined', 'joins', 'rejoined',
  'serves', 'served', 'serving', 'works', 'worked', 'working',
]);
/** Verbs by which one person takes another's role ("replaced B as chairman"). */
const SUCCEEDS = new Set(['replaced', 'replaces', 'succeeded', 'succeeds']);
/** The same in the passive ("was sacked as manager of Abc", "was replaced as chairman of Abc"). */
const AS_ROLE_PASSIVE = new Set(['replaced', 'succeeded', 'sacked', 'fired', 'ousted', 'dismissed', 'removed', 'reinstated', 'confirmed', 'unveiled', 'chosen', 'selected']);

export interface RoleFact {
  person: string;
  role: string;
  target?: string;
  /** The country a nationality before the role names ("Kenyan" → "Kenya"), named in the article or not. */
  nationality?: string;
  sentence: number;
  rule: string;
}

/** Article context the role reader needs. */
export interface RoleContext {
  /** Nationality adjectives mapped to the article's countries. */
  adjectives: ReadonlyMap<string, string>;
  /** The article's own country, for titles that name none (see homeCountry in index.ts). */
  home?: string;
  /** Read with no home country: collects the sentences where one would hold a title, the only ones it changes. */
  homeTitles?: Set<number>;
  /** The article's institutions by lowercased name, for the body a title names ("Senator" → the Senate). */
  bodies: ReadonlyMap<string, string>;
}

const placeNp = (np: NounPhrase | undefined): NounPhrase | undefined => (np && np.form === 'name' && np.kind && PLACES.includes(np.kind) ? np : undefined);
const placeEntity = (np: NounPhrase | undefined): string | undefined => placeNp(np)?.refs[0];

/** The country a nationality adjective among words [from, to) stands for. */
function demonymIn(words: readonly Word[], from: number, to: number, ctx: RoleContext): { country: string; at: number } | undefined {
  for (let i = to - 1; i >= from; i--) {
    const one = words[i]?.lower ?? '';
    const two = i > from ? `${words[i - 1]?.lower} ${one}` : '';
    const country = (two && ctx.adjectives.get(two)) || ctx.adjectives.get(one);
    if (country) return { country, at: i };
  }
  return undefined;
}

/**
 * Where a role in a phrase is held: a body or place named before it (the first: "Abc News
 * White House correspondent"), the possessor ("Abc's Brazilian midfielder"), a nationality,
 * "of X" / "at X" after it (through a description: "head of Abc's economics department"), the
 * body a title names ("Senator" → the Senate), else for a national title the article's country.
 */
function heldAt(parse: SentenceParse, np: NounPhrase, role: RoleSpan, ctx: RoleContext): Held {
  // "a Europe expert": a place before a role of knowledge is its subject; a body still employs.
  const topical = isTopicRole(role.role);
  // "Moscow-backed candidate", "Abc-born actor": a place glued by a hyphen to the next word qualifies
  // that word, not the role; "Abc-based" still says where the role is held.
  const compound = (q: { end: number }): boolean => gluedHyphen(parse.words, q.end) && parse.words[q.end + 1]?.lower !== 'based';
  const before = np.qualifiers.find((q) => q.end <= role.start && PLACES.includes(q.kind) && !(topical && q.kind !== 'institution') && !compound(q));
  // "hosted Prime Minister A in Abc", "met with B at the Abc House": where an event took place is
  // no place a role its object or partner holds.
  // "Professor A, of the Abc Institute,": a body set off after a titled name is where the title is held.
  const held = heldAfter(np, parse.words) ?? (np.form === 'name' ? setOffHeld(parse, np) : undefined);
  const eventPlace = (held?.prep === 'in' || held?.prep === 'at') && (np.prep === 'with' || parse.predicates.some((p) => p.object.includes(np) && !COPULAS.has(p.cue)));
  const after = eventPlace ? undefined : held;
  // "the Republican governor of Abc", "Democratic Sen. A of Abc": a party before the role is the
  // holder's party; the role is held where the phrase after it says.
  if (before && after && isPartyQualifier(before, parse.words) && !SPEAKS_FOR.test(role.role)) return { target: after.entity, rule: `${after.prep}-place`, also: { target: before.entity, rule: 'party-qualifier' } };
  // "Abcton Police Chief A": the place's force or council the article names ("the Abcton Police Department").
  const force = before && before.kind !== 'institution' ? placeBody(parse.words, before, ctx) : undefined;
  if (force && before) return { target: force, rule: 'place-body', also: { target: before.entity, rule: 'qualifier' } };
  // A place before the role is its scope when a body after it employs ("chief UK economist at Abc").
  if (before && (before.kind === 'institution' || after?.kind !== 'institution')) {
    // "US Secretary of State A": the country, and the department the title names.
    const body = before.kind === 'country' ? titleBodyIn(role.role.toLowerCase(), ctx) : undefined;
    return { target: before.entity, rule: 'qualifier', ...(body ? { also: { target: body, rule: 'title-body' } } : {}) };
  }
  const owner = placeEntity(np.possessor);
  if (owner) return { target: owner, rule: 'possessor' };
  const demonym = demonymIn(parse.words, np.start, role.start, ctx);
  if (demonym) return { target: demonym.country, rule: 'demonym' };
  // "Chinese Ambassador A in Abc": a role a nationality marks is held for that country, not where A is.
  const title = role.role.toLowerCase().replace(/\.$/, '');
  if (after && !(after.prep === 'in' && nationalityIn(parse.words, np.start, role.start))) {
    // "an MEP for Abcshire": the seat's place, and the body the title sits in when the article names it.
    const seat = after.kind !== 'institution' && (after.prep === 'for' || after.prep === 'of') ? titleBodyIn(title, ctx) : undefined;
    return { target: after.entity, rule: `${after.prep}-place`, ...(seat ? { also: { target: seat, rule: 'title-body' } } : {}) };
  }
  const national = isNational(title) && !nationalityIn(parse.words, np.start, role.start);
  if (national && !ctx.home) ctx.homeTitles?.add(parse.sentence.index);
  const home = national && ctx.home ? { target: ctx.home, rule: 'national-title' } : undefined;
  const body = titleBodyIn(title, ctx);
  // "Secretary of State A" in an article naming the State Department: the department, and the country too.
  if (body) return { target: body, rule: 'title-body', ...(home ? { also: home } : {}) };
  return home ?? { rule: 'title' };
}

let bodyWords: Set<string> | undefined;
/**
 * The article's body a place and the body word after it name, in full or with its head dropped
 * ("Abcton Police" → "the Abcton Police Department"; title-qualifier-bodies.txt).
 */
function placeBody(words: readonly Word[], place: { start: number; end: number }, ctx: RoleContext): string | undefined {
  const word = words[place.end]?.text ?? '';
  if (!(bodyWords ??= lexiconSet('title-qualifier-bodies')).has(word)) return undefined;
  const name = words.slice(place.start, place.end + 1).map((w) => w.lower).join(' ');
  return ctx.bodies.get(name) ?? ['department', 'service', 'force'].map((head) => ctx.bodies.get(`${name} ${head}`)).find((b) => b !== undefined);
}

/** Roles that speak on a subject: a party's "spokesman for health" speaks for the party, on health. */
const SPEAKS_FOR = /spokes(?:man|woman|person)$/i;

/** Where heldAt finds a role held, and a second body the same words tie the holder to (a party, the country). */
interface Held {
  target?: string;
  rule: string;
  also?: { target: string; rule: string };
}

/** The place or body named by "of X" / "at X" after a role (through descriptions: "head of Abc's department"). */
function heldAfter(np: NounPhrase, words: readonly Word[]): { entity: string; kind: EntityKind; prep: string } | undefined {
  for (const pp of postChain(np)) {
    if (!HELD_AT.has(pp.prep)) break;
    const at = placeNp(pp.np) ?? placeNp(pp.np.possessor) ?? namedBody(pp.np);
    if (at) return { entity: at.refs[0] as string, kind: at.kind as EntityKind, prep: pp.prep };
    const owner = unitOwner(pp.np, words);
    if (owner) return { entity: owner, kind: 'institution', prep: pp.prep };
    // A portfolio or subject reaches on ("head of the department at Abc", "an expert on law at
    // Abc"); a place does not: "President A at the hotel in Abc" says where A was.
    if (pp.np.form !== 'description' || !THROUGH.has(pp.prep)) break;
  }
  return undefined;
}

/**
 * The body a description of one names by its first words ("the Abc football team", "the Abc
 * group"); not a body of a body ("the Abc committee" is not Abc).
 */
function namedBody(np: NounPhrase): { refs: string[]; kind: EntityKind } | undefined {
  const q = np.qualifiers[0];
  return q && q.kind === 'institution' && np.form === 'description' && isAnyBodyNoun(lastWord(np.lower)) ? { refs: [q.entity], kind: q.kind } : undefined;
}

let units: Set<string> | undefined;
/** Whether a phrase's head names a part of a body (body-units.txt): "panel", "board". */
const isUnit = (np: NounPhrase, words: readonly Word[]): boolean => np.form === 'description' && (units ??= lexiconSet('body-units')).has(words[np.head]?.lower ?? '');

/** "the Abc panel", "the Abc Holdings board": the body that owns the part of it a phrase names. */
function unitOwner(np: NounPhrase, words: readonly Word[]): string | undefined {
  if (!isUnit(np, words)) return undefined;
  const owners = np.qualifiers.filter((q) => q.kind === 'institution');
  return owners.length === 1 ? owners[0]?.entity : undefined;
}

/** The body a verb's object names: the body itself, or a part of it ("chairs the Abc panel", "the board of Abc"). */
function bodyOf(np: NounPhrase, words: readonly Word[]): string | undefined {
  const of = np.post[0]?.prep === 'of' && isUnit(np, words) ? placeEntity(np.post[0].np) : undefined;
  return placeEntity(np) ?? unitOwner(np, words) ?? of;
}

let topics: Set<string> | undefined;
/** Roles of knowledge, whose place before them is their subject (affiliation-roles.txt rows marked topic). */
const isTopicRole = (role: string): boolean =>
  (topics ??= new Set(lexiconRows('affiliation-roles').filter((row) => row[1] === 'topic').map((row) => row[0] ?? ''))).has(role.toLowerCase().split(' ').pop() ?? '');

let national: Set<string> | undefined;
/** Titles held for a country (role-titles.txt rows marked national). */
const isNational = (title: string): boolean =>
  (national ??= new Set(lexiconRows('role-titles').filter((row) => row[1] === 'national').map((row) => (row[0] ?? '').toLowerCase().replace(/\.$/, '')))).has(title);

let bodiesOfTitles: Map<string, string> | undefined;
/**
 * The article's body a title names: by the whole title or its last word ("secretary of state" →
 * the State Department, "senator" → the Senate; title-bodies.txt), or by its first word when the
 * article names a body so ("Treasury Secretary" → the Treasury).
 */
function titleBodyIn(title: string, ctx: RoleContext): string | undefined {
  bodiesOfTitles ??= new Map(lexiconRows('title-bodies').map((row) => [(row[0] ?? '').toLowerCase(), (row[1] ?? '').toLowerCase()]));
  const words = title.split(' ');
  const named = bodiesOfTitles.get(title) ?? bodiesOfTitles.get(words[words.length - 1] ?? '');
  return (named ? ctx.bodies.get(named) : undefined) ?? (words.length > 1 ? ctx.bodies.get(words[0] ?? '') : undefined);
}

/** Role facts of one sentence, in text order. */
export function rolesOf(parse: SentenceParse, ctx: RoleContext): RoleFact[] {
  const out: RoleFact[] = [];
  const words = parse.words;
  const add = (person: string, role: string, target: string | undefined, rule: string, nationality?: string): void => {
    if (target === person) return;
    out.push({ person, role, ...(target ? { target } : {}), ...(nationality ? { nationality } : {}), sentence: parse.sentence.index, rule });
  };
  const described = (person: string, d: NounPhrase, rule: string, index = -1): void => {
    const role = roleIn(words, d.start, d.end, inQualifier(d));
    if (!role) return;
    // "A and B, the mayors of X and Y respectively": the i-th person holds it at the i-th place.
    const places = d.post[0]?.prep === 'of' ? (d.post[0].np.list ?? [d.post[0].np]) : [];
    const nth = index >= 0 && (respectively(d) || namesRespectively(d)) ? places[index] : undefined;
    const target = nth ? placeEntity(nth) : undefined;
    if (nth) return add(person, singular(role.role), target, `${rule}:respectively`);
    const held = heldAt(parse, d, role, ctx);
    add(person, role.role, held.target, `${rule}:${held.rule}`, nationalityIn(words, d.start, role.start));
    if (held.also) add(person, '', held.also.target, `${rule}:${held.also.rule}`);
    // "a Democrat from Abc": the role word names the person's party too.
    const party = isPartyWord(role.role) ? ctx.bodies.get(role.role.toLowerCase()) : undefined;
    if (party) add(person, '', party, `${rule}:party`);
  };
  // "the ministers of X and Y, A and B respectively": the word closes the names in apposition.
  const namesRespectively = (d: NounPhrase): boolean => {
    const names = d.appositive?.list;
    return names !== undefined && words[(names[names.length - 1] as NounPhrase).end]?.lower === 'respectively';
  };
  const respectively = (d: NounPhrase): boolean => {
    const tail = d.post[0]?.np.list;
    const end = tail ? (tail[tail.length - 1] as NounPhrase).end : d.end;
    return words[end]?.lower === 'respectively' || words[d.start - 2]?.lower === 'respectively' || words.slice(d.end, d.end + 8).some((w) => w.lower === 'respectively');
  };
  /**
   * The role descriptions joined before a titled name when every member before it is one, in the
   * singular and with no name of its own ("Abc founder and chief executive A"); else none.
   */
  const coordinatedTitles = (np: NounPhrase): NounPhrase[] => {
    const list = np.list;
    if (!list || list[list.length - 1] !== np || words[np.start - 1]?.lower !== 'and') return [];
    const before = list.slice(0, -1);
    const titles = before.filter((d) => {
      const role = d.form === 'description' && !d.appositive ? roleIn(words, d.start, d.end, inQualifier(d)) : undefined;
      return role !== undefined && role.end === d.end && !/[^s]s$/i.test(role.role);
    });
    return titles.length === before.length ? titles : [];
  };
  // Only lists fill these (most sentences have none): made on the first name in a list.
  let sharedTitle = NO_LIST_TITLES;
  let listNationality = NO_LIST_NATIONALITIES;
  let listBody = NO_LIST_BODIES;
  for (const np of parse.nps) {
    if (np.form !== 'name' || np.kind !== 'person') continue;
    if (np.list && sharedTitle === NO_LIST_TITLES) {
      /** The title a list's first member holds in the plural ("Presidents A of X and B of Y"). */
      sharedTitle = new Map();
      /** The country a nationality gave an earlier member of a list. */
      listNationality = new Map();
      // "Abc chairman A, director-general B and reporter C": later titles with no place of their own are held at the first's body.
      listBody = new Map();
    }
    const person = np.refs[0] as string;
    // 1. A title before the name, and where it is held.
    // Names and the article's nationality adjectives are no part of a title ("Saudi King").
    const isName = (i: number): boolean => np.qualifiers.some((q) => i >= q.start && i < q.end) || ctx.adjectives.has(words[i]?.lower ?? '');
    // A title the name itself opens counts too ("Abcian King Xyz", named "King Xyz").
    const own = roleIn(words, np.start, np.nameStart, isName) ?? titleInName(words, np, isName);
    if (own && np.list?.[0] === np && /s$/i.test(own.role)) sharedTitle.set(np.list, own);
    // "Abc founder and chief executive A": titles joined before one name are all A's, held where the first says.
    const joined = own ? coordinatedTitles(np) : [];
    for (const d of joined) described(person, d, 'title-and');
    const firstHeld = joined[0] ? heldAt(parse, joined[0], roleIn(words, joined[0].start, joined[0].end, inQualifier(joined[0])) as RoleSpan, ctx) : undefined;
    if (np.list && firstHeld?.rule === 'qualifier' && firstHeld.target) listBody.set(np.list, firstHeld.target);
    const title = own ?? (np.list ? sharedTitle.get(np.list) : undefined);
    if (title) {
      const held = heldAt(parse, np, own ? title : { ...title, start: np.start, end: np.start }, ctx);
      // "French prime minister A and energy minister B": B's title shares A's nationality.
      // It outranks the article's own country, which a national title with no place falls back to.
      const foreign = np.list !== undefined && listNationality.has(np.list);
      const inherited = (!held.target || held.rule === 'national-title') && np.list ? listNationality.get(np.list) : undefined;
      const bare = own !== undefined && !np.qualifiers.length && own.role === own.role.toLowerCase() && !words.slice(np.start, own.start).some((w) => /^\p{Lu}/u.test(w.text));
      const sharedBody = !inherited && !held.target && bare && np.list ? listBody.get(np.list) : undefined;
      const target = inherited ?? sharedBody ?? (foreign && held.rule === 'national-title' ? undefined : held.target);
      add(person, own && !np.list ? title.role : singular(title.role), target, `title:${inherited ? 'list-demonym' : sharedBody ? 'list-body' : held.rule}`, own ? nationalityIn(words, np.start, own.start) : undefined);
      if (held.also) add(person, '', held.also.target, `title:${held.also.rule}`);
      if (np.list && own && held.rule === 'qualifier' && held.target && np.list[0] === np && np.qualifiers.some((q) => q.entity === held.target && q.kind === 'institution')) listBody.set(np.list, held.target);
      // A nationality the article names no country for still makes the list foreign ("British ... A, B").
      const nationality = own ? nationalityIn(words, np.start, own.start) : undefined;
      if (np.list && (held.rule === 'demonym' || nationality)) listNationality.set(np.list, held.rule === 'demonym' ? held.target : undefined);
    }
    // "Governor of the Abc Bank A", "British Chancellor of the Xyz Office B": a title whose
    // body opens the name's phrase holds the role there, and where its nationality says.
    const office = title ? undefined : officeOf(parse, np);
    if (office) {
      add(person, office.role.role, office.body, 'title-of-body');
      const held = heldAt(parse, office.title, office.role, ctx);
      if (held.target && held.target !== office.body) add(person, office.role.role, held.target, `title-of-body:${held.rule}`);
      if (np.list && held.rule === 'demonym') listNationality.set(np.list, held.target);
    }
    // "Abc's head of research A", "Abc director of football B": a role over a field, written in
    // lowercase between "of" and the name, is the name's title, held where its phrase says.
    const field = title || office ? undefined : fieldTitle(parse, np);
    if (field) described(person, field, 'title-of-field');
    // A party named by its adjective before the name ("Democrat Ada Lin", "Republican Senator B").
    for (const m of words.slice(np.start, np.nameStart)) {
      const party = partyOf(m.text, ctx);
      if (party) add(person, '', party, 'party');
    }
    // The entity passes name a known party's word apart from the name after it ("Democrat Ada Lin").
    // Two words count when both are capitalised words ("Lib Dem Ada Lin", "Liberal Democrat Bo Tan").
    const party = parse.nps.find((p) => p.end === np.start && p.form === 'name' && p.kind === 'institution' && p.end - p.start <= 2);
    const partyWords = party ? words.slice(party.start, party.end).map((w) => w.text) : [];
    const named = partyWords.length === 1 ? isPartyWord(partyWords[0] ?? '') : partyWords.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
    if (party?.refs[0] && named) add(person, '', party.refs[0], 'party-before');
    // "Sen. Ada Lin (R-Texas)": the party's initial and the state after the name.
    // ", D-Calif.," is the same tag set off by commas; the state is the legislator's too.
    const opener = words[np.end]?.text;
    const initial = (opener === '(' || opener === ',') && words[np.end + 2]?.text === '-' ? PARTY_INITIALS[words[np.end + 1]?.text ?? ''] : undefined;
    const tagged = initial ? partyOf(initial, ctx) : undefined;
    if (tagged) add(person, '', tagged, 'party-initial');
    const state = initial ? parse.nps.find((x) => x.start > np.end && x.start <= np.end + 3 && x.form === 'name' && x.kind === 'region') : undefined;
    if (state?.refs[0]) add(person, '', state.refs[0], 'party-state');
    // "A and B, of X and Y respectively,": the i-th name is of the i-th place.
    const nth = np.list ? respectivePlace(parse, np.list, np.list.indexOf(np)) : undefined;
    if (nth) add(person, '', nth, 'of-respectively');
    if (!title) {
      // 2. A body or place owning the name ("Abc's Ada Lin"), or qualifying it ("Abc's Ada").
      const owner = placeEntity(np.possessor);
      if (owner) add(person, '', owner, 'possessor');
      // 3. A body right after the name ("Ada Lin of Abc", "Ada Lin at the Abc Institute"), or
      // after the last of a list of bare names ("Ada Lin and Bo Tan of Abc").
      const last = np.list?.[np.list.length - 1];
      const shared = last && last !== np && !np.post.length && np.list?.every((m) => m.form === 'name' && m.kind === 'person' && m.nameStart === m.start);
      const pp = shared ? last.post[0] : (np.post[0] ?? setOffBody(parse, np));
      const body = pp && (pp.prep === 'of' || pp.prep === 'at' || pp.prep === 'from' || pp.prep === 'for') ? placeEntity(pp.np) : undefined;
      // ("the killing of A at the Abc Consulate" places A, it ties A to nothing; so does "met A at the
      // Abc Hotel", where "at" says where the meeting was.)
      const placed = pp?.prep === 'at' && parse.predicates.some((p) => p.object.includes(np));
      if (body && pp?.np.kind === 'institution' && np.prep === undefined && !placed) add(person, '', body, `${pp.prep}-body`);
      // "A of Abcland said", "beat A of Abcland": a country right after the name is the one A serves
      // or represents; a town there is where A lives ("A, of Abcton"), no role.
      else if (body && pp && pp === np.post[0] && pp.prep === 'of' && pp.np.kind === 'country') add(person, '', body, 'of-country');
    }
    // 4. An apposition that describes the person, or the whole list the person is in.
    const list = np.list;
    const after = list?.[list.length - 1]?.appositive;
    const before = list?.[0]?.appositive;
    const shared = after && after.start > (list?.[list.length - 1]?.start ?? 0) ? after : before && before.start < (list?.[0]?.start ?? 0) ? before : undefined;
    // "A, publisher and CEO of Abc,": a list of roles set off after the name describes it too.
    const setOff = words[np.end]?.text === ',' ? parse.nps.find((d) => d.start === np.end + 1 && d.form === 'description' && d.list?.[0] === d) : undefined;
    const appositive = np.appositive ?? shared ?? setOff;
    // "Abc University expert and former official, A": each role of a list in apposition.
    const members = appositive?.list?.every((m) => m.form === 'description') ? appositive.list : appositive ? [appositive] : [];
    for (const d of members) if (d.form === 'description') described(person, d, 'apposition', list ? list.indexOf(np) : -1);
  }
  // 5. Copulas and verbs of leading: "A is the mayor of X", "A, who heads X", "A works for X".
  predicateRoles(parse, (s) => s.form === 'name', described, add);
  appointedBy(parse, ctx, add);
  groupLeaders(parse, add);
  return out;
}

/** Stand-ins for rolesOf's list maps in a sentence with no list: never read with a key, never written. */
const NO_LIST_TITLES: Map<NounPhrase[], RoleSpan> = new Map();
const NO_LIST_NATIONALITIES: Map<NounPhrase[], string | undefined> = new Map();
const NO_LIST_BODIES: Map<NounPhrase[], string> = new Map();

/**
 * "the Abc delegation led by A", "a delegation from Abc, headed by A": who leads a body's group
 * speaks for the body. A group from a city or country is its delegation too.
 */
function groupLeaders(parse: SentenceParse, add: (person: string, role: string, target: string | undefined, rule: string) => void): void {
  for (const p of parse.predicates) {
    if (!isLeadingVerb(p.cue)) continue;
    const leaders = p.preps.filter((pp) => pp.prep === 'by' && pp.np.form === 'name' && pp.np.kind === 'person').flatMap((pp) => expand(pp.np));
    if (!leaders.length) continue;
    // A participle set off after "a delegation from Abc," may take Abc for its subject.
    const groups = p.subject.map((np) => parse.nps.find((g) => isUnit(g, parse.words) && g.post[0]?.np === np) ?? np);
    for (const group of groups) {
      if (!isUnit(group, parse.words)) continue;
      const from = group.post[0]?.prep === 'from' ? placeEntity(group.post[0].np) : undefined;
      const body = unitOwner(group, parse.words) ?? from;
      if (body) for (const l of leaders) if (l.kind === 'person' && l.refs.length === 1) add(l.refs[0] as string, 'leader', body, 'group-leader');
    }
  }
}

/**
 * "Abc appointed A as its chief executive", "Abc has named B chairman": a body that appoints a
 * person to a role employs them, unless the role names another body ("as head of Xyz").
 */
function appointedBy(parse: SentenceParse, ctx: RoleContext, add: (person: string, role: string, target: string | undefined, rule: string) => void): void {
  for (const p of parse.predicates) {
    if (p.voice !== 'active' || p.modality !== 'fact' || !APPOINTED.has(p.cue)) continue;
    const bodies = p.subject.filter((s) => s.kind === 'institution' && s.refs.length === 1);
    if (bodies.length !== 1) continue;
    const body = bodies[0]?.refs[0] as string;
    const hires = p.object.flatMap(expand).filter((o) => o.kind === 'person' && o.refs.length === 1);
    const last = hires[hires.length - 1];
    if (!last) continue;
    const d = roleAfter(parse, last.end);
    const role = d ? roleIn(parse.words, d.start, d.end, inQualifier(d)) : undefined;
    if (!d || !role) continue;
    const held = heldAt(parse, d, role, ctx);
    const elsewhere = held.target !== undefined && held.target !== body && !/national-title|title-body|^title$/.test(held.rule);
    for (const h of hires) add(h.refs[0] as string, role.role, elsewhere ? held.target : body, `appointed-by:${elsewhere ? held.rule : 'subject'}`);
  }
}

/**
 * Roles of one sentence stated by copulas and verbs of leading whose subject is a person phrase
 * the caller accepts: names first, then (once chains resolved them) pronouns ("She is a professor at X").
 */
export function laterRoles(parse: SentenceParse, ctx: RoleContext): RoleFact[] {
  const out: RoleFact[] = [];
  const add = (person: string, role: string, target: string | undefined, rule: string): void => {
    if (target !== person) out.push({ person, role, ...(target ? { target } : {}), sentence: parse.sentence.index, rule });
  };
  const described = (person: string, d: NounPhrase, rule: string): void => {
    const role = roleIn(parse.words, d.start, d.end, inQualifier(d));
    if (!role) return;
    const held = heldAt(parse, d, role, ctx);
    add(person, role.role, held.target, `${rule}:${held.rule}`);
    if (held.also) add(person, '', held.also.target, `${rule}:${held.also.rule}`);
  };
  // A pronoun, or what set off a name says of it, once resolved ("A, 59, who heads X").
  predicateRoles(parse, (s) => s.form === 'pronoun' || (s.appositive?.form === 'name' && s.appositive.refs[0] === s.refs[0]), described, add);
  // "Its CEO, Ada Lin,", "the firm's chief executive, Ada Lin,": a role owned by a pronoun or a
  // description now resolved to a body.
  for (const np of parse.nps) {
    const d = np.appositive;
    // "A club spokesman, Ada Lin,": a body noun the chains read as the body (a lowercase qualifier).
    const noun = d?.qualifiers.find((q) => q.kind === 'institution' && /^\p{Ll}/u.test(parse.words[q.start]?.text ?? ''))?.entity;
    const body = d?.possessor && d.possessor.form !== 'name' && d.possessor.kind === 'institution' ? d.possessor.refs[0] : noun;
    const role = d && body && np.form === 'name' && np.kind === 'person' ? roleIn(parse.words, d.start, d.end) : undefined;
    if (role && body) add(np.refs[0] as string, role.role, body, 'apposition:possessor');
    // "the carmaker's chief executive Ada Lin": a title before the name, owned by a description
    // now resolved to a body. "its" counts only for the last body named before it in the sentence
    // ("Abc said its founder A"); across sentences the latest body is too often another one.
    const owner = np.possessor?.form === 'description' && np.possessor.kind === 'institution' ? np.possessor.refs[0] : np.possessor ? ownBody(parse, np.possessor) : undefined;
    const title = owner && np.form === 'name' && np.kind === 'person' && np.nameStart > np.start ? roleIn(parse.words, np.start, np.nameStart) : undefined;
    if (title && owner) add(np.refs[0] as string, title.role, owner, 'title:possessor');
  }
  // "the 76-year-old owner of Abc": a role in an age description, once the age named the person.
  for (const np of parse.nps) if (np.kind === 'person' && np.refs.length === 1 && describedAge(np, parse)) described(np.refs[0] as string, np, 'aged');
  return out;
}

/** The body an "its" stands for when it is the last body the sentence names before it. */
function ownBody(parse: SentenceParse, pronoun: NounPhrase): string | undefined {
  if (pronoun.form !== 'pronoun' || pronoun.lower !== 'its' || pronoun.kind !== 'institution' || pronoun.refs.length !== 1) return undefined;
  const named = parse.nps.filter((x) => x.form === 'name' && x.kind === 'institution' && x.end <= pronoun.start);
  const last = named[named.length - 1];
  return last && last.refs[0] === pronoun.refs[0] ? last.refs[0] : undefined;
}

function predicateRoles(
  parse: SentenceParse,
  accept: (np: NounPhrase) => boolean,
  described: (person: string, d: NounPhrase, rule: string) => void,
  add: (person: string, role: string, target: string | undefined, rule: string) => void,
): void {
  for (const p of parse.predicates) {
    if (p.modality !== 'fact' || !p.subject.length) continue;
    const people = p.subject.filter((s) => accept(s) && s.kind === 'person' && s.refs.length === 1);
    if (!people.length) continue;
    for (const s of people) {
      const person = s.refs[0] as string;
      if (COPULAS.has(p.cue)) for (const o of p.object) if (o.form === 'description') described(person, o, 'copula');
      if (p.voice === 'passive' && APPOINTED.has(p.cue)) {
        const roles = [...p.object, ...p.preps.filter((pp) => pp.prep === 'as').map((pp) => pp.np)];
        for (const o of roles) if (o.form === 'description') described(person, o, 'appointed');
      }
      // "A, appointed by the Abc Department": the body that appointed A employs A (not a person who
      // did); "by" says the verb is passive even in a participle the tagger reads as active.
      if (HIRED.has(p.cue)) for (const pp of p.preps) if (pp.prep === 'by' && pp.np.form === 'name' && pp.np.kind === 'institution' && pp.np.refs.length === 1) add(person, '', pp.np.refs[0] as string, 'appointed-by');
      const as = (p.voice === 'active' ? AS_ROLE : AS_ROLE_PASSIVE).has(p.cue) ? asPhrase(parse, p) : undefined;
      if (as) described(person, as, 'as-role');
      // "A replaced B as chief executive of Abc": B held the role before A.
      if (as && p.voice === 'active' && SUCCEEDS.has(p.cue)) {
        for (const o of p.object.flatMap(expand)) if (o.form === 'name' && o.kind === 'person' && o.refs.length === 1) described(o.refs[0] as string, as, 'as-role:predecessor');
      }
      if (p.voice === 'active' && JOINS.has(p.cue)) {
        for (const o of p.object.flatMap(expand)) { const b = placeNp(o); if (b?.kind === 'institution') add(person, '', b.refs[0] as string, 'joined'); }
      }
      const led = LEADS.get(p.cue);
      if (led) for (const o of p.object.flatMap(expand)) { const b = bodyOf(o, parse.words); if (b) add(person, led, b, 'verb'); }
      // "sits on the board of Abc", "sat on the Abc panel": a seat on a part of a body.
      if (SITS.has(p.cue)) for (const pp of p.preps) { const b = pp.prep === 'on' ? bodyOf(pp.np, parse.words) : undefined; if (b) add(person, '', b, 'sits-on'); }
      // "scored twice for Abc", "made her debut for Abc", "scored his first goal for Abc": the player's team.
      const games = p.object.filter((o) => o.form === 'description' && GAMES.has(lastWord(o.lower)));
      if (PLAYS.has(p.cue) || games.length) {
        for (const pp of [...p.preps, ...games.flatMap((o) => o.post)]) {
          const b = pp.prep === 'for' ? placeEntity(pp.np) : undefined;
          if (b) add(person, 'player', b, 'plays-for');
        }
      }
      // "A, on loan from Abc, scored", "A is on loan at Abc": a loan ties the player to both clubs.
      for (const pp of p.preps) {
        if (pp.prep !== 'on' || pp.np.form !== 'description' || parse.words[pp.np.head]?.lower !== 'loan') continue;
        for (const at of pp.np.post) { const b = LOANED.has(at.prep) ? placeEntity(at.np) : undefined; if (b) add(person, 'player', b, 'on-loan'); }
      }
      if (WORKS.has(p.cue)) {
        for (const pp of p.preps) {
          // "serves in the Senate": a body one works in (not a place: "works in Abc" says where).
          const b = pp.prep === 'for' || pp.prep === 'at' ? placeEntity(pp.np) : pp.prep === 'in' && pp.np.form === 'name' && pp.np.kind === 'institution' ? pp.np.refs[0] : undefined;
          if (b) add(person, '', b, 'works');
        }
      }
    }
  }
}

/**
 * The description after the first "as" that follows a verb in its clause, before another verb or a
 * mark ("took over as chief executive", "replaced B as chairman"); the tagger may read that "as" as
 * an adverb, so it is found by its place, not among the verb's prepositions.
 */
function asPhrase(parse: SentenceParse, p: Predicate): NounPhrase | undefined {
  for (let i = p.end; i < Math.min(p.end + 8, p.clause.end); i++) {
    const w = parse.words[i];
    if (!w || w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX') return undefined;
    if (w.lower === 'as') return parse.nps.find((d) => d.start === i + 1 && d.form === 'description');
  }
  return undefined;
}

/** The description right after a person named as a role's holder ("as its new chief executive", "its chairman"). */
function roleAfter(parse: SentenceParse, from: number): NounPhrase | undefined {
  from = afterSetOff(parse, from);
  for (let i = from; i < Math.min(from + 5, parse.words.length); i++) {
    const d = parse.nps.find((x) => x.start === i && x.form === 'description');
    if (d) return d;
    const w = parse.words[i] as Word;
    if (w.lower !== 'as' && w.pos !== 'DET' && w.pos !== 'PRON' && w.pos !== 'ADJ' && w.pos !== 'ADV') return undefined;
  }
  return undefined;
}

/**
 * "hired A, a former banker, as its chief", "named B, 52, as chairman": past an age or a
 * description set off by commas when "as" follows it; else `from` itself.
 */
function afterSetOff(parse: SentenceParse, from: number): number {
  if (parse.words[from]?.text !== ',') return from;
  for (let i = from + 1; i < Math.min(from + 10, parse.words.length); i++) {
    const w = parse.words[i] as Word;
    if (w.text === ',') return parse.words[i + 1]?.lower === 'as' ? i + 1 : from;
    if (w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX') return from;
  }
  return from;
}

const SET_OFF_PREPS = new Set(['of', 'from', 'at', 'for']);

/** A name set off by a comma and "of", "from", "at" or "for" right after word `end` (", of Abc"). */
function setOffAt(parse: SentenceParse, end: number): PrepPhrase | undefined {
  const prep = parse.words[end + 1]?.lower ?? '';
  if (parse.words[end]?.text !== ',' || !SET_OFF_PREPS.has(prep)) return undefined;
  const np = parse.nps.find((x) => x.start === end + 2 && x.form === 'name');
  return np ? { prep, np } : undefined;
}

/** The i-th of a list of places set off after a list of names and closed by "respectively". */
function respectivePlace(parse: SentenceParse, names: readonly NounPhrase[], i: number): string | undefined {
  const places = setOffAt(parse, (names[names.length - 1] as NounPhrase).end)?.np.list;
  const last = places?.[places.length - 1];
  if (!places || !last || places.length !== names.length || parse.words[last.end]?.lower !== 'respectively') return undefined;
  return placeEntity(places[i]);
}

/**
 * "Ada Lin, of Abc Securities, said", "Bo Tan, from the Abc Institute, told": a body set off by
 * commas right after a name is where the person works or whom they speak for.
 */
function setOffBody(parse: SentenceParse, np: NounPhrase): PrepPhrase | undefined {
  const pp = setOffAt(parse, np.end);
  const close = pp ? parse.words[pp.np.end]?.text : undefined;
  return pp?.np.kind === 'institution' && (close === ',' || close === undefined || close === '.') ? pp : undefined;
}

/** The body set off after a name, as heldAfter gives a body after a role. */
function setOffHeld(parse: SentenceParse, np: NounPhrase): { entity: string; kind: EntityKind; prep: string } | undefined {
  const pp = setOffBody(parse, np);
  const entity = pp?.np.refs[0];
  return pp && entity ? { entity, kind: 'institution', prep: pp.prep } : undefined;
}

/** A name qualifying a description says where its role is held, it is no part of the role ("a Abc Capital economist"). */
const inQualifier =
  (d: NounPhrase) =>
  (i: number): boolean =>
    d.qualifiers.some((q) => i >= q.start && i < q.end);

/** "Presidents" → "President", "Foreign ministers" → "Foreign minister". */
function singular(role: string): string {
  return role.replace(/(?<=\p{L}{3})s$/u, '');
}

/** The nationality starting at word `i` (before `to`): two words first ("South Korean", where "Korean" alone names no one country). */
function nationalityAt(words: readonly Word[], i: number, to: number): { label: string; width: number } | undefined {
  const pair = i + 1 < to ? lookupDemonym(`${words[i]?.text ?? ''} ${words[i + 1]?.text ?? ''}`) : undefined;
  if (pair) return { label: pair.label, width: 2 };
  const one = lookupDemonym(words[i]?.text ?? '');
  return one ? { label: one.label, width: 1 } : undefined;
}

/** The country (its common name) the last nationality among words [from, to) stands for, from the country data. */
export function nationalityIn(words: readonly Word[], from: number, to: number): string | undefined {
  for (let i = to - 1; i >= from; i--) {
    // Two words first, as nationalityAt reads them, looking back from the end.
    const pair = i > from ? lookupDemonym(`${words[i - 1]?.text ?? ''} ${words[i]?.text ?? ''}`) : undefined;
    const country = pair ?? lookupDemonym(words[i]?.text ?? '');
    if (country) return country.label;
  }
  return undefined;
}

/** The countries every nationality among words [from, to) stands for, in order and once each. */
export function nationalitiesIn(words: readonly Word[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const found = nationalityAt(words, i, to);
    if (!found) continue;
    i += found.width - 1;
    if (!out.includes(found.label)) out.push(found.label);
  }
  return out;
}

/** The parties US news abbreviates after a legislator's name ("(D-Ohio)", "(R-Texas)"). */
const PARTY_INITIALS: Readonly<Record<string, string>> = { D: 'Democrat', R: 'Republican' };

/** A word of four letters or more, capitalised and otherwise in lower case. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}{3,}$/u;

/** The article's party a capitalised adjective names: "Liberal" or "Liberals" → the article's "Liberal Party". */
function partyOf(word: string, ctx: RoleContext): string | undefined {
  if (!CAPITALISED_WORD.test(word)) return undefined;
  const stem = word.toLowerCase().replace(/(?:ic|s)$/, '');
  for (const [name, id] of ctx.bodies) if (/ party$/.test(name) && name.split(' ')[0]?.replace(/(?:ic|s)$/, '') === stem) return id;
  return undefined;
}

/** A body qualifying a role that is a party's word ("the Republican governor"; party-words.txt). */
const isPartyQualifier = (q: { kind: EntityKind; start: number; end: number }, words: readonly Word[]): boolean =>
  q.kind === 'institution' && isPartyName(words.slice(q.start, q.end).map((w) => w.text).join(' '));

/** A capitalised ordinary word that names a body ("Democrat", "Tory"), unlike a name or an acronym ("Reuters", "BBC"). */
const isPartyWord = (word: string): boolean => CAPITALISED_WORD.test(word) && gazetteer().englishWords.has(word.toLowerCase());

/** The title and body of "Governor of the Abc Bank A": a role governing, by "of", a phrase whose body qualifies the name. */
function officeOf(parse: SentenceParse, np: NounPhrase): { title: NounPhrase; role: RoleSpan; body: string } | undefined {
  const body = np.prep === 'of' ? np.qualifiers.find((q) => q.kind === 'institution' && q.end === np.nameStart) : undefined;
  const title = body ? parse.nps.find((d) => d.form === 'description' && d.post[0]?.np === np) : undefined;
  const role = title ? roleIn(parse.words, title.start, title.end) : undefined;
  return body && title && role ? { title, role, body: body.entity } : undefined;
}

/** Longest field of a role written between "of" and the name ("head of research and development A"). */
const MAX_FIELD = 3;

/** The role phrase governing, by "of", a name whose phrase opens with a lowercase field ("head" of "research A"). */
function fieldTitle(parse: SentenceParse, np: NounPhrase): NounPhrase | undefined {
  const width = np.nameStart - np.start;
  if (np.prep !== 'of' || width < 1 || width > MAX_FIELD) return undefined;
  // A word for a person there says whose the role is, not its field ("the lawyer of actress A").
  const isField = (w: Word): boolean => (w.pos === 'NOUN' || w.pos === 'ADJ' || w.lower === 'and') && /^\p{Ll}/u.test(w.text) && !isPersonNoun(w.lower) && !isRoleTitle(w.text);
  if (!parse.words.slice(np.start, np.nameStart).every(isField)) return undefined;
  const title = parse.nps.find((d) => d.form === 'description' && d.post[0]?.np === np);
  const role = title ? roleIn(parse.words, title.start, title.end, inQualifier(title)) : undefined;
  return title && role?.end === title.end ? title : undefined;
}

/** The role title a person's name opens, when more of the name follows ("King Xyz"). */
function titleInName(words: readonly Word[], np: NounPhrase, stop: (i: number) => boolean): RoleSpan | undefined {
  const first = np.nameStart;
  if (np.end - first < 2 || !/^\p{Lu}/u.test(words[first]?.text ?? '')) return undefined;
  const role = roleIn(words, np.start, first + 1, stop);
  return role && role.end === first + 1 ? role : undefined;
}
