// Role descriptions to people: "the president", "the Abcian minister", "Abc's mayor", "the crown
// prince", "the mayors of Abc and Xyz" name the person the article gave that role (held in that
// place when the description names one); "the two leaders", "both men" name the latest pair of
// people named together. Only definite descriptions are read: "a minister" names no one.
import type { NounPhrase, SentenceParse, Word } from '../parse/types';
import { postChain } from '../parse/predicates';
import type { Discourse, Sighting } from './discourse';
import { roleIn, type RoleSpan } from './role-words';
import { nationalityIn, type RoleFact } from './roles';
import { isPersonNoun } from './traits';

const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'both']);
const PAIR = /^(?:the )?(?:two|both) (?:leaders|men|women|presidents|ministers|officials|mayors|heads|sides|politicians|diplomats|cities|towns|capitals)$|^the (?:pair|duo|two)$/;
/** Words that make a different office of the same title ("vice president" is not "president"). */
const OTHER_OFFICE = new Set(['vice', 'deputy', 'shadow', 'assistant', 'under', 'associate', 'lieutenant', 'co', 'sub', 'ex', 'former']);
/** Words that say nothing of which office ("senior", "top") and may be left out of a description. */
const LOOSE = new Set(['the', 'senior', 'top', 'chief', 'current', 'new', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'visiting']);

export interface DescriptionContext {
  roles: readonly RoleFact[];
  /** The roles by their head word ("secretary" for "Secretary of State"). */
  byHead: ReadonlyMap<string, RoleFact[]>;
  adjectives: ReadonlyMap<string, string>;
  labelOf: (entity: string) => string | undefined;
  kindOf: (entity: string) => string | undefined;
}

/** Role nouns that fit any role held for the place they name ("the Kenyan leader"). */
const GENERIC = new Set(['leader', 'leaders', 'official', 'officials', 'chief', 'head']);
/** Titles a text may use for the person it is about without ever writing them before the name. */
const HEAD_TITLES = new Set(['president', 'prime minister', 'chancellor', 'premier', 'king', 'queen', 'pope', 'mayor', 'governor', 'first minister', 'chief executive', 'crown prince', 'emir']);

/**
 * "the prime minister said" when no one holds the role by name: the person the text is about,
 * the most often named so far, if the article gives them no other role. So too for a player's
 * position or a trait the text gives no one ("Abc's A ... the defender told Xyz"): person-nouns.txt.
 */
function topicFallback(np: NounPhrase, parse: SentenceParse, discourse: Discourse, ctx: DescriptionContext, described: RoleSpan): string[] {
  const role = described.role.toLowerCase();
  if (HEAD_TITLES.has(role)) return topicPerson(np, parse, discourse, ctx);
  return isPersonNoun(role) && !personNamedBefore(np, parse) ? topicPerson(np, parse, discourse, ctx) : [];
}

/** "... led to A being entered by B, but the athlete told Xyz": a person named before it in its sentence may be the one a trait means. */
export const personNamedBefore = (np: NounPhrase, parse: SentenceParse): boolean => parse.nps.some((x) => x.form === 'name' && x.kind === 'person' && x.start < np.start);

/** The person the text is about, for a "the" description of one (see topicFallback). */
export function topicPerson(np: NounPhrase, parse: SentenceParse, discourse: Discourse, ctx: Pick<DescriptionContext, 'roles' | 'kindOf'>): string[] {
  if (parse.words[np.start]?.lower !== 'the') return [];
  // "the chief executive of a car maker" is someone the text has not named.
  if (np.post.some((pp) => pp.prep === 'of' && /^an? /.test(pp.np.lower))) return [];
  // Most often named person; between equals, the first one the text made a subject.
  const firstSubject = discourse.firstMainSubject;
  const ranked = [...discourse.counts].filter(([id]) => ctx.kindOf(id) === 'person').sort((a, b) => b[1] - a[1] || (firstSubject.get(a[0]) ?? Infinity) - (firstSubject.get(b[0]) ?? Infinity));
  const topic = ranked[0];
  if (!topic || !firstSubject.has(topic[0])) return [];
  // "A and B met the Pope": a person the sentence names is not the one it describes.
  if (parse.nps.some((x) => x.form === 'name' && x.refs.includes(topic[0]))) return [];
  return ctx.roles.some((r) => r.person === topic[0] && r.role) ? [] : [topic[0]];
}

/** The role a definite description names, or a pair description; undefined for anything else. */
export function describedRole(parse: SentenceParse, np: NounPhrase): RoleSpan | 'pair' | undefined {
  if (np.form !== 'description') return undefined;
  const text = np.lower;
  // "The two have met", not "the two warring Koreas".
  if (PAIR.test(text) && (text !== 'the two' || !['ADV', 'ADJ', 'NOUN', 'PROPN'].includes(parse.words[np.end]?.pos ?? ''))) return 'pair';
  const first = parse.words[np.start]?.lower ?? '';
  // "Mayors from Abc and Xyz": a bare plural is definite when it names its places.
  const placed = /s$/.test(np.lower) && ['from', 'of', 'in'].includes(np.post[0]?.prep ?? '') && np.post[0]?.np.form === 'name';
  if (!DEFINITE.has(first) && !np.possessor && !placed) return undefined;
  const role = roleIn(parse.words, np.start, np.end);
  return role && role.end === np.end ? role : undefined;
}

const roleWords = (role: string): string[] => role.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && !LOOSE.has(w));

/** The head of a role ("secretary" in "secretary of state") and the words around it. */
function headOf(words: string[]): { head: string; rest: string[] } {
  const of = words.indexOf('of');
  const core = of > 0 ? words.slice(0, of) : words;
  return { head: (core[core.length - 1] ?? '').replace(/s$/, ''), rest: [...core.slice(0, -1), ...(of > 0 ? words.slice(of) : [])] };
}

/** Does a role the article gave fit the role a description names? */
function fits(given: string, described: string): boolean {
  const g = headOf(roleWords(given));
  const d = headOf(roleWords(described));
  if (!d.head || g.head !== d.head) return false;
  if (!d.rest.every((w) => g.rest.includes(w))) return false;
  return !g.rest.some((w) => OTHER_OFFICE.has(w) && !d.rest.includes(w));
}

/** Places the description names: a nationality, a name inside it, its possessor, "of X". */
function placesOf(parse: SentenceParse, np: NounPhrase, ctx: DescriptionContext): string[] {
  const out = np.qualifiers.map((q) => q.entity);
  for (const w of parse.words.slice(np.start, np.end) as Word[]) {
    const country = ctx.adjectives.get(w.lower);
    if (country) out.push(country);
  }
  if (np.possessor?.form === 'name') out.push(...np.possessor.refs);
  for (const pp of postChain(np)) {
    if (pp.prep !== 'of' && pp.prep !== 'from' && pp.prep !== 'in') break;
    const members = pp.np.list ?? [pp.np];
    for (const m of members) if (m.form === 'name') out.push(...m.refs);
  }
  return out;
}

/** The people (or places) a description names; `described` is what describedRole() found in it. */
export function resolveDescription(np: NounPhrase, parse: SentenceParse, discourse: Discourse, ctx: DescriptionContext, described: RoleSpan | 'pair'): string[] {
  const s = parse.sentence.index;
  const before = (x: Sighting): boolean => !x.quoted && (x.sentence < s || x.start < np.start);
  if (described === 'pair') {
    // "the two cities" name places, any other pair people: the latest pair named together, else the last two.
    const kind = /(?:cities|towns|capitals)$/.test(np.lower) ? 'city' : 'person';
    const lastTwo: string[] = [];
    for (const x of discourse.backwards()) {
      if (x.kind !== kind || !before(x)) continue;
      if (kind === 'person' && x.group.length === 2) return [...x.group];
      if (!lastTwo.includes(x.entity)) lastTwo.push(x.entity);
      if (lastTwo.length === 2 && kind === 'city') break;
    }
    return lastTwo.length >= 2 ? lastTwo.slice(0, 2) : [];
  }
  const places = placesOf(parse, np, ctx);
  const nationality = nationalityIn(parse.words, np.start, described.start);
  const generic = GENERIC.has(described.role.toLowerCase().split(/\s+/).pop() ?? '');
  const placed = (r: RoleFact): boolean =>
    (!places.length || (r.target !== undefined && places.includes(r.target))) && (!nationality || r.nationality === nationality || (r.target !== undefined && ctx.labelOf(r.target) === nationality));
  // "the Kenyan leader": any role held for that country; "the minister": that role.
  const candidates = generic ? ctx.roles : (ctx.byHead.get(headOf(roleWords(described.role)).head) ?? []);
  const holders = candidates.filter((r) => r.role && (generic ? nationality !== undefined || places.length > 0 : fits(r.role, described.role)) && placed(r));
  const people = [...new Set(holders.map((r) => r.person))];
  if (!people.length) return topicFallback(np, parse, discourse, ctx, described);
  // "the mayors of Abc and Xyz", "the energy ministers": a plural names every holder.
  if (/s$/.test(np.lower) && !/s$/.test(described.role.replace(/s$/, '')) && people.length <= 6) return people;
  if (people.length === 1) return people;
  // Several hold it: the one the text named last.
  let latest: string | undefined;
  for (const p of people) if ((discourse.latest.get(p) ?? -1) > (discourse.latest.get(latest ?? '') ?? -1)) latest = p;
  return latest !== undefined && discourse.latest.has(latest) ? [latest] : [];
}

/** The article's roles by head word, so a description looks only at those that may fit it. */
export function rolesByHead(roles: readonly RoleFact[]): Map<string, RoleFact[]> {
  const out = new Map<string, RoleFact[]>();
  for (const r of roles) {
    if (!r.role) continue;
    const head = headOf(roleWords(r.role)).head;
    out.set(head, [...(out.get(head) ?? []), r]);
  }
  return out;
}
