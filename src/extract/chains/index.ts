// Document-level mention chains: every pronoun and role description is tied to the named entity
// it stands for where the article makes that clear, so relations found between phrases are
// reported between entities. Names carry their entity already; appositions share it ("Abc's
// attorney, Ada Lin"); "I" inside a quotation is its speaker; he/she/his/her take the person the
// text is about (earlier in the sentence, else the subject of a recent sentence) of a fitting
// gender; they/their a group named together; its the latest body; a description ("the Abcian
// minister", "the crown prince", "the two leaders") the person the article gave that role; a
// body noun ("the firm", "the club") the body the text has just spoken of.
import type { ArticleContext } from '../types';
import { countryCode } from '../entities/gazetteer';
import { lexiconRows } from '../lexicon';
import type { NounPhrase, SentenceParse } from '../parse/types';
import { lastWord } from '../parse/words';
import { agesOf, resolveAged, type AgeFact, type PeopleFacts } from './ages';
import { resolveBody, resolveRelayBody } from './bodies';
import { isCounterpart, resolveCounterpart } from './counterparts';
import { countryAdjectives } from './demonyms';
import { describedRole, personNamedBefore, resolveDescription, rolesByHead, topicPerson } from './descriptions';
import { Genders, genderOfWord } from './gender';
import { Discourse } from './discourse';
import { resolvePronoun } from './pronouns';
import { laterRoles, rolesOf, type RoleFact } from './roles';
import { resolveTrait, traitsOf, type TraitFact } from './traits';

export type { RoleFact } from './roles';

export interface Chains {
  roles: RoleFact[];
  genders: Genders;
  adjectives: ReadonlyMap<string, string>;
}

/** `outlets`: the article's news outlets, which no description of a body stands for. */
export function resolveChains(parses: readonly SentenceParse[], ctx: ArticleContext, outlets: ReadonlySet<string>): Chains {
  const adjectives = countryAdjectives(ctx);
  const roleContext = { adjectives, bodies: bodiesOf(ctx) };
  // 1. Roles the article gives its people, from titles, appositions and copulas; then again with
  // the article's own country, which the first reading tells, for titles that name no country
  // (read again: only the sentences holding such a title).
  const homeTitles = new Set<number>();
  const homeless = { adjectives, bodies: roleContext.bodies, homeTitles };
  const firstReading = parses.map((p) => rolesOf(p, homeless));
  let roles = firstReading.flat();
  const home = homeCountry(ctx, roles);
  if (home) {
    const atHome = { adjectives, bodies: roleContext.bodies, home };
    roles = withOwnCountries(parses.flatMap((p, s) => (homeTitles.has(p.sentence.index) ? rolesOf(p, atHome) : (firstReading[s] as RoleFact[]))));
  }
  // 2. Genders: first names, then the words before names and the roles held.
  const genders = new Genders(ctx.entities);
  for (const p of parses) {
    for (const np of p.nps) {
      if (np.form !== 'name' || np.kind !== 'person') continue;
      for (const m of np.modifiers) genders.learn(np.refs[0] as string, genderOfWord(m));
    }
  }
  for (const r of roles) for (const w of r.role.split(/\s+/)) genders.learn(r.person, genderOfWord(w));
  // 3. Pronouns and descriptions, sentence by sentence, against what came before; "I" inside a
  // quotation after the rest of its sentence, whose speaker may itself be a pronoun.
  const kindOf = new Map(ctx.entities.map((e) => [e.id, e.kind]));
  const labels = new Map(ctx.entities.map((e) => [e.id, e.label]));
  const labelOf = (id: string): string | undefined => labels.get(id);
  const discourse = new Discourse(ctx.text);
  const byHead = rolesByHead(roles);
  const bodies = { names: bodyNames(ctx), outlets, text: ctx.text, sentences: ctx.sentences };
  // Read only when a description needs them: most articles have none that does.
  const people = new LazyFacts(parses);
  const descriptions = { roles, byHead, adjectives, labelOf, kindOf: (id: string) => kindOf.get(id) };
  const counterparts = { roles, labelOf };
  const topicContext = { roles, kindOf: (id: string) => kindOf.get(id) };
  const topic = (np: NounPhrase, parse: SentenceParse): string[] => (personNamedBefore(np, parse) ? [] : topicPerson(np, parse, discourse, topicContext));
  const resolve = (parse: SentenceParse, np: NounPhrase): void => {
    if (np.form === 'name') return discourse.mention(parse, np);
    // An apposition names what a description means: "his counterparts, A, B and C"; "A and B, the mayors".
    if (np.appositive?.form === 'name') np.refs = appositionRefs(np, np.appositive);
    else if (isPlaceNoun(np)) np.refs = placeNamed(np);
    else if (np.form === 'pronoun') np.refs = resolvePronoun(np, parse, discourse, genders);
    else if (isCounterpart(np, parse)) np.refs = resolveCounterpart(np, parse, discourse, counterparts);
    else {
      const described = describedRole(parse, np);
      if (described) np.refs = resolveDescription(np, parse, discourse, descriptions, described);
    }
    // "the 76-year-old owner of Abc": an age names the person when the role alone does not.
    if (!np.refs.length && np.form === 'description') np.refs = resolveAged(np, parse, discourse, people);
    if (!np.refs.length && np.form === 'description') np.refs = resolveTrait(np, parse, people, topic);
    if (!np.refs.length && np.form === 'description') np.refs = resolveBody(np, parse, discourse, bodies);
    if (np.form === 'description') resolveRelayBody(np, parse, discourse, bodies);
    if (!np.refs.length) return;
    np.kind = kindOf.get(np.refs[0] as string);
    for (const r of np.refs) genders.learn(r, pronounGender(np));
    discourse.mention(parse, np);
  };
  /** First-person pronouns of a quotation still open when its sentence ended, waiting for the speaker named at its close. */
  let open: NounPhrase[] = [];
  for (const parse of parses) {
    discourse.enter(parse);
    const inQuote = (np: NounPhrase): boolean => np.form === 'pronoun' && (parse.words[np.start]?.quoted ?? false);
    for (const np of parse.nps) if (!inQuote(np)) resolve(parse, np);
    for (const np of parse.nps) if (inQuote(np)) resolve(parse, np);
    // "“I have been to Abc. It is a fine city,” A said": a quotation's earlier sentences are A's too.
    const continued = parse.words[0]?.quoted ? parse.speakers.get(0) : undefined;
    if (continued?.refs.length) for (const np of open) np.refs = [...continued.refs];
    // A sentence left unparsed carries the quotation on unless it closes one.
    const carries = parse.words.length ? parse.words[0]?.quoted && !continued : !/["\u201d]/.test(parse.sentence.text);
    if (!carries) open = [];
    if (openAtEnd(parse)) open.push(...parse.nps.filter((np) => inQuote(np) && FIRST_PERSON.test(np.lower) && np.start >= quoteStart(parse)));
    for (const np of parse.speakers.values()) if (np.refs[0] !== undefined) discourse.speaker = np.refs[0];
    // "“Just spoke with B,” A tweeted": a quoted verb with no subject has the speaker's.
    for (const p of parse.predicates) {
      if (p.subject.length || p.clause.kind !== 'quote') continue;
      const speaker = speakerOfWord(parse, p.start);
      if (speaker) p.subject = [speaker];
    }
    discourse.leave(parse);
  }
  // 4. Roles stated of people a pronoun names ("She is a professor at Abc").
  for (const parse of parses) roles.push(...laterRoles(parse, roleContext));
  return { roles, genders, adjectives };
}

const FIRST_PERSON = /^(?:i|me|my|mine|myself)$/;

/** The ages and traits the article gives its people, read only when a description needs them: most articles have none that does. */
class LazyFacts implements PeopleFacts {
  private agesRead: AgeFact[] | undefined;
  private traitsRead: TraitFact[] | undefined;

  constructor(private readonly parses: readonly SentenceParse[]) {}

  get ages(): AgeFact[] {
    return (this.agesRead ??= this.parses.flatMap(agesOf));
  }

  get traits(): TraitFact[] {
    return (this.traitsRead ??= this.parses.flatMap(traitsOf));
  }
}

/** Whether the sentence ends inside a quotation that goes on into the next. */
function openAtEnd(parse: SentenceParse): boolean {
  const last = parse.words[parse.words.length - 1];
  return last !== undefined && last.quoted && !/^["”]$/.test(last.text);
}

/** Where the quotation the sentence ends in starts. */
function quoteStart(parse: SentenceParse): number {
  let k = parse.words.length;
  while (k > 0 && parse.words[k - 1]?.quoted) k--;
  return k;
}

function pronounGender(np: NounPhrase): 'male' | 'female' | 'unknown' {
  if (np.form !== 'pronoun') return 'unknown';
  if (/^(?:he|him|his|himself)$/.test(np.lower)) return 'male';
  if (/^(?:she|her|hers|herself)$/.test(np.lower)) return 'female';
  return 'unknown';
}

/** The entities a description in apposition stands for: the name, or its whole list when either side is plural. */
function appositionRefs(description: NounPhrase, name: NounPhrase): string[] {
  const plural = name.list && (name.list[0] === name || /s$/.test(description.lower));
  return plural ? (name.list ?? []).flatMap((m) => m.refs) : [...name.refs];
}

/** "the Portuguese city of Porto", "the capital, Abc": a place noun with the name of that place. */
const PLACE_NOUNS = new Set(['city', 'town', 'capital', 'port', 'village', 'state', 'province', 'region', 'country', 'county', 'island', 'municipality']);

function isPlaceNoun(np: NounPhrase): boolean {
  return np.form === 'description' && np.post[0]?.prep === 'of' && np.post[0].np.form === 'name' && PLACE_NOUNS.has(lastWord(np.lower));
}

function placeNamed(np: NounPhrase): string[] {
  const named = np.post[0]?.np;
  return named && named.kind !== 'person' && named.kind !== 'institution' ? [...named.refs] : [];
}

/** The phrase naming the speaker of the quotation that holds word `at`. */
function speakerOfWord(parse: SentenceParse, at: number): NounPhrase | undefined {
  let start = at;
  while (start > 0 && parse.words[start - 1]?.quoted) start--;
  const speaker = parse.speakers.get(start);
  return speaker?.refs.length ? speaker : undefined;
}

/** The words of each institution's label and aliases, lowercased. */
function bodyNames(ctx: ArticleContext): Map<string, string[]> {
  return new Map(ctx.entities.filter((e) => e.kind === 'institution').map((e) => [e.id, [e.label, ...e.aliases].flatMap((n) => n.toLowerCase().split(/[\s-]+/))]));
}

/** The article's institutions by lowercased label and alias. */
function bodiesOf(ctx: ArticleContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of ctx.entities) if (e.kind === 'institution') for (const n of [e.label, ...e.aliases]) out.set(n.toLowerCase().replace(/^the /, ''), e.id);
  return out;
}

/**
 * "South Korean President A" ... "President A": a title the article's country was given to is
 * held for the country a nationality gave the same person elsewhere.
 */
function withOwnCountries(roles: RoleFact[]): RoleFact[] {
  const marked = markedCountries(roles);
  return roles.map((r) => {
    const own = r.rule.endsWith('national-title') ? marked.get(r.person) : undefined;
    return own ? { ...r, target: own, rule: r.rule.replace(/national-title$/, 'own-nationality') } : r;
  });
}

/**
 * The article's own country: the one whose officials it need not mark. News writes "Abcian
 * President A" for a foreign leader and plain "President B" for its own, so among the countries
 * no nationality marks a title, the one named most (twice at least, more than any other); else
 * the one whose seats of government it names unmarked ("the White House"), more than any other's.
 */
function homeCountry(ctx: ArticleContext, roles: readonly RoleFact[]): string | undefined {
  const marked = new Set(markedCountries(roles).values());
  const countries = ctx.entities.filter((e) => e.kind === 'country' && !marked.has(e.id)).sort((a, b) => b.mentions - a.mentions);
  const [first, second] = countries;
  if (first && first.mentions >= 2 && (!second || first.mentions >= 2 * second.mentions)) return first.id;
  const [seat, other] = seatCountries(ctx);
  if (!seat || (other && seat.mentions < 2 * other.mentions)) return undefined;
  // News from abroad marks the country's officials ("Abc President A") even while it names its seats.
  const titled = new Set(roles.filter((r) => /(?:demonym|qualifier|possessor)$/.test(r.rule)).map((r) => r.target));
  const home = countries.find((c) => countryCode(c.label) === seat.code)?.id;
  return home && !titled.has(home) ? home : undefined;
}

let seats: Map<string, string> | undefined;

/** Countries by how often the article names their seats of government (seat-countries.txt), most first. */
function seatCountries(ctx: ArticleContext): { code: string; mentions: number }[] {
  seats ??= new Map(lexiconRows('seat-countries').map(([name = '', country = '']) => [name.toLowerCase(), countryCode(country) ?? '']));
  const counts = new Map<string, number>();
  for (const e of ctx.entities) {
    if (e.kind !== 'institution') continue;
    const code = seats.get(e.label.toLowerCase().replace(/^the /, ''));
    if (code) counts.set(code, (counts.get(code) ?? 0) + e.mentions);
  }
  return [...counts].map(([code, mentions]) => ({ code, mentions })).sort((a, b) => b.mentions - a.mentions);
}

/** Person → the country a nationality before one of their titles names ("Abcian President A"). */
function markedCountries(roles: readonly RoleFact[]): Map<string, string> {
  return new Map(roles.filter((r) => r.rule.endsWith('demonym') && r.target).map((r) => [r.person, r.target as string]));
}
