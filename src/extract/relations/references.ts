// Pronouns and role descriptions as extra items, so relation rules see the people they mean.
// A description ("the crown prince", "the Pakistani president", "mayors from X and Y") is
// resolved through the roles the article gives its people: the role must match and, when
// the description names a place, the person must hold the role there. He/she/his/her point
// to the person the text is about: the first person earlier in the sentence, else the
// subject of the latest sentence that named one.
import { getGender } from 'gender-detection-from-name';
import type { ExtractedEntity } from '../types';
import { lexiconRows } from '../lexicon';
import type { RoleFact } from './affiliated-with';
import { addItems, between, insideItem, quoteAt, wordCount, type Item, type SentenceView } from './view';

const PRONOUN = /\b(he|she|his|her)\b/gi;

export type Gender = 'male' | 'female' | 'unknown';

// First names repeat across articles and the lists are searched name by name, so answers are kept.
const genderCache = new Map<string, Gender>();
const GENDER_CACHE_LIMIT = 50_000;

function genderOf(first: string): Gender {
  let gender = genderCache.get(first);
  if (gender === undefined) {
    if (genderCache.size >= GENDER_CACHE_LIMIT) genderCache.clear();
    gender = getGender(first);
    genderCache.set(first, gender);
  }
  return gender;
}

/** The gender a person's first name suggests, from multilingual first-name lists. */
export function genderOfPeople(entities: readonly ExtractedEntity[]): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const e of entities) {
    const first = e.kind === 'person' && e.label.includes(' ') ? e.label.split(/\s+/)[0] : undefined;
    if (first) out.set(e.id, genderOf(first));
  }
  return out;
}

/** Role titles that stand before names (lowercased): descriptions use them ("the mayor"). */
const titleRoles = (): string[] => lexiconRows('role-titles').map((row) => roleKey(row[0] ?? '').replace(/\.$/, ''));

/** Role words a description may use, and the first words (and plurals) that can start one. */
interface RoleWords {
  has(role: string): boolean;
  hasFirst(word: string): boolean;
}

let knownTitles: { roles: Set<string>; firsts: Set<string> } | undefined;

const firstAndPlural = (role: string): string[] => {
  const first = role.split(' ')[0] ?? '';
  return [first, `${first}s`];
};

/**
 * The known titles (built once per process) and the last one or two words of the article's
 * roles. Role words of two letters or fewer are left out: they are initials and particles.
 */
function roleWordsFor(roles: readonly RoleFact[]): RoleWords {
  if (!knownTitles) {
    const titles = new Set(titleRoles().filter((r) => r.length > 2));
    knownTitles = { roles: titles, firsts: new Set([...titles].flatMap(firstAndPlural)) };
  }
  const known = knownTitles;
  const own = new Set<string>();
  const ownFirsts = new Set<string>();
  for (const r of roles) {
    const words = roleKey(r.role).split(' ');
    for (const ending of [words.slice(-2), words.slice(-1)]) {
      const role = ending.join(' ');
      if (ending[0] === 'of' || role.length <= 2 || known.roles.has(role) || own.has(role)) continue;
      own.add(role);
      for (const w of firstAndPlural(role)) ownFirsts.add(w);
    }
  }
  return { has: (role) => known.roles.has(role) || own.has(role), hasFirst: (word) => known.firsts.has(word) || ownFirsts.has(word) };
}

const roleKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The article's roles looked up by role words: the whole role and each ending of two or more words. */
interface RoleIndex {
  byKey: Map<string, RoleFact[]>;
  withRole: Set<string>;
  withTarget: Set<string>;
}

function indexRoles(roles: RoleFact[]): RoleIndex {
  const index: RoleIndex = { byKey: new Map(), withRole: new Set(), withTarget: new Set() };
  for (const fact of roles) {
    index.withRole.add(fact.person);
    if (fact.target) index.withTarget.add(fact.person);
    const words = roleKey(fact.role).split(' ');
    // A one-word description ("the general") only matches that exact role, so one-word endings are not keys.
    for (let k = 0; k < words.length - 1 || k === 0; k++) {
      const key = words.slice(k).join(' ');
      if (!key) continue;
      const list = index.byKey.get(key) ?? [];
      list.push(fact);
      index.byKey.set(key, list);
    }
  }
  return index;
}

/** People whose role matches `role` (same words, or the role's last words) and, if given, at `place`. */
function holders(index: RoleIndex, role: string, place: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const fact of index.byKey.get(roleKey(role)) ?? []) if (!place || fact.target === place) out.add(fact.person);
  return out;
}

interface DescriptionContext {
  roles: RoleIndex;
  /** The role words, whose first words skip most words at once. */
  roleWords: RoleWords;
  adjectives: ReadonlyMap<string, string>;
  topic: string | undefined;
}

interface RoleMention {
  index: number;
  0: string;
}

/** Role phrases in a sentence, leftmost and longest first, singular or plural ("mayors"). */
const ROLE_WORD = /[\p{L}][\p{L}'’-]*/gu;
/** What may stand between the words of a role phrase: single spaces, apostrophes, hyphens. */
const BAD_GAP = /\s{2,}|[^\p{L}\s'’-]/u;
/** Text whose lowercasing maps each character to one character on its own (no final sigma, no dotted I). */
const CASE_SAFE = /^[\u0000-\u00ff\u2000-\u206f]*$/;

function roleMentions(text: string, roleWords: RoleWords): RoleMention[] {
  const starts: number[] = [];
  const ends: number[] = [];
  ROLE_WORD.lastIndex = 0;
  for (let m = ROLE_WORD.exec(text); m; m = ROLE_WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  // Lowercased once per sentence when that keeps every offset (Latin-1 and punctuation only), else word by word.
  const lower = CASE_SAFE.test(text) ? text.toLowerCase() : undefined;
  const out: RoleMention[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    const word = lower ? lower.slice(start, ends[i]) : text.slice(start, ends[i]).toLowerCase();
    if (!roleWords.hasFirst(word)) continue;
    // A gap that breaks a phrase breaks every longer one too, so only the words before it are tried.
    let words = 1;
    while (words < Math.min(4, starts.length - i) && !BAD_GAP.test(text.slice(ends[i + words - 1], starts[i + words]))) words++;
    for (let n = words; n >= 1; n--) {
      const span = text.slice(start, ends[i + n - 1]);
      const key = roleKey(span);
      if (roleWords.has(key) || (key.endsWith('s') && roleWords.has(key.slice(0, -1)))) {
        out.push({ index: start, 0: span });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** The places a description names after its role ("of X", "from X and Y"). */
function placesAfter(view: SentenceView, end: number): Item[] {
  const out: Item[] = [];
  let from = end;
  let first = true;
  for (const item of view.items) {
    if (item.start < end || item.kind === 'person') continue;
    const gap = between(view, from, item.start);
    const ok = first ? /^s?\s+(?:of|from|in)\s+(?:the\s+)?$/i.test(gap) : /^\s*(?:,\s*|,?\s*and\s+)$/i.test(gap);
    if (!ok) break;
    out.push(item);
    from = item.end;
    first = false;
  }
  return out;
}

/** Role descriptions in one sentence, resolved to the people the article gives that role. */
function descriptions(view: SentenceView, ctx: DescriptionContext): Item[] {
  const { roles, roleWords, adjectives, topic } = ctx;
  const out: Item[] = [];
  const text = view.sentence.text;
  for (const m of roleMentions(text, roleWords)) {
    const start = view.sentence.start + m.index;
    const end = start + m[0].length;
    if (insideItem(view, start, end)) continue;
    const matched = roleKey(m[0]);
    const role = roleWords.has(matched) || !matched.endsWith('s') ? matched : matched.slice(0, -1);
    // A title right before a name belongs to that name ("the Mayor Ada Lin").
    const next = view.items.find((i) => i.start >= end);
    if (next && next.kind === 'person' && /^\s*$/.test(between(view, end, next.start))) continue;
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    const prev = [...view.items].reverse().find((i) => i.end <= start);
    let places: Array<string | undefined> = placesAfter(view, end).map((i) => i.entity);
    if (!places.length && prev && /^['’]s?\s+$/.test(between(view, prev.end, start)) && prev.kind !== 'person') places = [prev.entity];
    if (!places.length) {
      const adj = /([\p{L}]+(?:\s+[\p{L}]+)?)\s+$/u.exec(lead)?.[1]?.toLowerCase();
      const word = adj?.split(' ').pop();
      const country = (adj && adjectives.get(adj)) ?? (word ? adjectives.get(word) : undefined);
      if (country) places = [country];
    }
    const definite = /\b(?:the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(lead) || /^\s*$/.test(lead) || places.length > 0;
    if (!definite || /\b(?:a|an|one|another|some|former)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(lead)) continue;
    for (const place of places.length ? places : [undefined]) {
      let people = holders(roles, role, place);
      // "the Pakistani president" when the article's only president has no stated country.
      if (!people.size && place) people = new Set([...holders(roles, role, undefined)].filter((p) => !roles.withTarget.has(p)));
      // "the prime minister" when no one holds that role: the person the text is about.
      const person = people.size === 1 ? [...people][0] : !people.size && !place && role.includes(' ') && topic && !roles.withRole.has(topic) && /\bthe\s+$/i.test(lead) ? topic : undefined;
      // "Minister of the Interior Ada Lin": a title before the person's own name.
      const named = view.items.find((i) => i.start >= end && i.kind === 'person');
      if (person && named?.entity === person && wordCount(between(view, end, named.start)) <= 6 && !/[,;:]/.test(between(view, end, named.start))) continue;
      if (person) out.push({ entity: person, kind: 'person', start, end, possessive: /^['’]s/.test(text.slice(end - view.sentence.start)), via: 'description' });
    }
  }
  return out;
}

/** Adds resolved descriptions and pronouns to every sentence view, in text order. */
export function addReferences(views: SentenceView[], roles: RoleFact[], adjectives: ReadonlyMap<string, string>, genderOf: ReadonlyMap<string, Gender>): void {
  // Role words to look for: the last one or two words of every role, and the known titles.
  const roleWords = roleWordsFor(roles);
  const index = indexRoles(roles);
  // Sentence subjects, latest last: a pronoun takes the latest one of its gender.
  const topics: string[] = [];
  const mentioned: string[] = [];
  const lastPeople: string[] = [];
  for (const view of views) {
    addItems(view, descriptions(view, { roles: index, roleWords, adjectives, topic: topics[topics.length - 1] }));
    const pronouns: Item[] = [];
    const text = view.sentence.text;
    PRONOUN.lastIndex = 0;
    for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
      const start = view.sentence.start + m.index;
      if (quoteAt(view, start)) continue;
      const word = (m[1] ?? '').toLowerCase();
      const gender = word === 'he' || word === 'his' ? 'male' : 'female';
      const fits = (id: string): boolean => genderOf.get(id) !== (gender === 'male' ? 'female' : 'male');
      const earlier = view.items.find((i) => i.kind === 'person' && i.end <= start && !quoteAt(view, i.start) && fits(i.entity));
      const entity = earlier?.entity ?? topics.slice(-3).reverse().find(fits) ?? [...mentioned].reverse().find(fits);
      if (!entity) continue;
      pronouns.push({ entity, kind: 'person', start, end: start + m[0].length, possessive: word === 'his' || word === 'her', via: 'pronoun' });
    }
    addItems(view, pronouns);
    const people = view.items.filter((i) => i.kind === 'person' && !quoteAt(view, i.start));
    if (people[0]) topics.push(people[0].entity);
    // Everyone named in the last two sentences, for a pronoun whose gender rules out the topics.
    mentioned.splice(0, mentioned.length, ...lastPeople, ...people.map((i) => i.entity));
    lastPeople.splice(0, lastPeople.length, ...people.map((i) => i.entity));
  }
}
