// Frames that need no cue: roles that tie people to places and bodies (affiliated-with, from the
// role facts the chains read), a place that opens a sentence as where its subject was (visited),
// and places inside places (located-in): "Abc, Xyz" (a city then its region or country), "the Abc
// Institute in Xyz", "Xyz's Abc", "the Xyz-based Abc".
import type { EntityKind } from '../../../types';
import type { NounPhrase, SentenceParse, Word } from '../../parse/types';
import type { Pairing, SentenceFrame } from '../site';
import { gluedHyphen } from '../../parse/phrases';
import { isCountyWord } from '../../entities/piece';
import { lexiconSet } from '../../lexicon';
import { atHome } from './home';

const PLACE_KINDS: readonly EntityKind[] = ['city', 'country', 'region'];
/** Participles that put their subject where the phrase after them says ("Speaking in Abc, ..."). */
const FRONTED_PRESENCE = new Set(['speaking', 'addressing', 'appearing', 'talking']);
/** Most words before the comma of a phrase that opens the sentence. */
const MAX_FRONTED = 16;
/** Nouns for places, and whether they name a part of a city ("borough") or a place of its own. */
const PLACE_NOUNS = new Map<string, 'place' | 'part'>([
  ...['city', 'cities', 'town', 'towns', 'village', 'villages', 'capital', 'port', 'province', 'provinces', 'state', 'states', 'region', 'regions', 'county', 'counties', 'municipality'].map((w) => [w, 'place'] as const),
  ...['borough', 'boroughs', 'district', 'districts', 'suburb', 'suburbs', 'neighbourhood', 'neighborhood'].map((w) => [w, 'part'] as const),
]);

/** The place a name phrase names, if it names one. */
const placeOf = (np: NounPhrase | undefined): string | undefined => (np?.form === 'name' && PLACE_KINDS.includes(np.kind as EntityKind) ? np.refs[0] : undefined);

const CONTAINED: readonly EntityKind[] = ['city', 'institution', 'region'];

/** May a thing of kind `inner` lie in a place of kind `outer`? A city lies in no city; nothing lies inside an institution. */
const within = (inner: EntityKind, outer: EntityKind): boolean =>
  CONTAINED.includes(inner) && PLACE_KINDS.includes(outer) && (outer !== 'city' || inner === 'institution');

/** May `inner` lie in `outer`? */
function inside(inner: NounPhrase, outer: NounPhrase): boolean {
  if (inner.form !== 'name' || outer.form !== 'name' || !inner.kind || !outer.kind) return false;
  return inner.refs[0] !== outer.refs[0] && within(inner.kind, outer.kind);
}

/** Words glued by a hyphen after a place that say a body lies there ("Abc-based", "Abc-headquartered"). */
const SEATED = new Set(['based', 'headquartered']);
/** Whether word `end` starts "-based" after a place ending just before it. */
const seatedAt = (parse: SentenceParse, end: number): boolean => parse.words[end]?.text === '-' && SEATED.has(parse.words[end + 1]?.lower ?? '');

/** A place qualifying a phrase as "Abc-based" ("the Abc-based telecoms company"). */
const basedIn = (parse: SentenceParse, np: NounPhrase): Qualifier | undefined => (np.qualifiers.length ? np.qualifiers.find((q) => PLACE_KINDS.includes(q.kind) && seatedAt(parse, q.end)) : undefined);

/**
 * Where a description in apposition to a name places it: "a port city in northern Poland", "the
 * capital of Nigeria", "Kenya's second-largest city", "the Abc-based telecoms company".
 */
function describedPlace(parse: SentenceParse, d: NounPhrase): Qualifier | NounPhrase | undefined {
  const based = basedIn(parse, d);
  if (based) return based;
  const pp = d.post[0];
  const noun = PLACE_NOUNS.has(parse.words[d.head]?.lower ?? '');
  if (pp && (pp.prep === 'in' || (pp.prep === 'of' && noun)) && pp.np.form === 'name') return pp.np;
  return noun && d.possessor?.form === 'name' ? d.possessor : undefined;
}

type Qualifier = NounPhrase['qualifiers'][number];

let bodyNouns: Set<string> | undefined;
/** A noun for a body (institution-cues.txt: "firm", "lender", "watchdog"). */
const bodyNoun = (word: string | undefined): boolean => (bodyNouns ??= lexiconSet('institution-cues')).has(word ?? '');

/** Most lowercase words between "Abc-based" and the body's name ("oil and gas consultancy"). */
const MAX_DESCRIPTION = 6;

/**
 * The body named right after lowercase words from word `from` that end in a noun for a body
 * ("hedge fund", "oil and gas consultancy"), with no mark or other name between.
 */
function describedAfter(parse: SentenceParse, from: number): NounPhrase | undefined {
  const words = parse.words;
  let k = from;
  while (k < words.length && k - from < MAX_DESCRIPTION && /^\p{Ll}/u.test(words[k]?.text ?? '') && words[k]?.pos !== 'DET') k++;
  if (k === from || !bodyNoun(words[k - 1]?.lower) || !/^\p{Lu}/u.test(words[k]?.text ?? '')) return undefined;
  return parse.nps.find((np) => np.nameStart === k && np.form === 'name' && np.kind === 'institution');
}

/**
 * The place qualifying phrase `np` when only lowercase words follow it up to word `until`, the
 * last of them a noun for a body ("US phone company", "the UK lender").
 */
function bodyNounPlace(parse: SentenceParse, np: NounPhrase, until: number): Qualifier | undefined {
  const words = parse.words;
  if (!bodyNoun(words[until - 1]?.lower)) return undefined;
  const place = np.qualifiers.filter((q) => q.end < until && PLACE_KINDS.includes(q.kind)).pop();
  if (!place || gluedHyphen(words, place.end)) return undefined;
  for (let i = place.end; i < until; i++) if (!/^\p{Ll}/u.test(words[i]?.text ?? '')) return undefined;
  return place;
}

/** A pairing of a name phrase with a place given as a phrase or a qualifier, when one may lie in the other. */
function nested(inner: NounPhrase, outer: Qualifier | NounPhrase): Pairing[] {
  const [id, kind] = 'entity' in outer ? [outer.entity, outer.kind] : [outer.refs[0], outer.form === 'name' ? outer.kind : undefined];
  if (inner.form !== 'name' || !inner.kind || !id || !kind || id === inner.refs[0] || !within(inner.kind, kind)) return [];
  return [{ sources: [inner], targets: [id] }];
}

const pair = (inner: NounPhrase, outer: NounPhrase): Pairing => ({ sources: [inner], targets: [outer] });

/**
 * The members of a list that share its member's "in X": that member and those right before it of
 * its kind with no place of their own ("Abc and Def in X"), not those after it or beyond one that
 * has its own ("Abc in X, Def in Y").
 */
function sharing(list: readonly NounPhrase[], a: NounPhrase): NounPhrase[] {
  const out = [a];
  for (let i = list.indexOf(a) - 1; i >= 0; i--) {
    const m = list[i] as NounPhrase;
    if (m.post.some((x) => x.prep === 'in')) break;
    if (m.kind === a.kind) out.push(m);
  }
  return out;
}

/** "back from", "fresh from", "just back from" at word `at`: where the place after "from" starts; 0 if none. */
function returning(words: readonly Word[], at: number): number {
  const k = words[at]?.lower === 'just' ? at + 1 : at;
  return (words[k]?.lower === 'back' || words[k]?.lower === 'fresh') && words[k + 1]?.lower === 'from' ? k + 2 : 0;
}

/** A name phrase starting right at word `at`. */
const nameAt = (parse: SentenceParse, at: number): NounPhrase | undefined => parse.nps.find((np) => np.start === at && np.form === 'name' && !np.possessor);

export const PLACE_FRAMES: Readonly<Record<string, SentenceFrame>> = {
  /**
   * "In Nairobi on Tuesday, Ada Lin said", "Speaking in Nairobi, Ada Lin said", "In a speech at a
   * forum in Nairobi, Ada Lin said": a place in a phrase that opens the sentence, before the
   * comma after which its subject comes, is where the subject was.
   */
  'fronted-place': (parse) => {
    const words = parse.words;
    // "Back from Abc, A said", "Fresh from talks in Abc, A flew on": where the subject has just been.
    const back = returning(words, 0);
    // The opening word first: most sentences open no such phrase, and need no comma sought.
    if (words[0]?.lower !== 'in' && !FRONTED_PRESENCE.has(words[0]?.lower ?? '') && !back) return [];
    const comma = words.findIndex((w) => w.text === ',');
    if (comma < 2 || comma > MAX_FRONTED) return [];
    const place = parse.nps.filter((np) => np.end <= comma && np.form === 'name' && (words[np.start - 1]?.lower === 'in' || (back && np.start === back)) && PLACE_KINDS.includes(np.kind as EntityKind)).pop();
    if (!place) return [];
    const main = parse.predicates.find((p) => p.start > comma && (p.clause.kind === 'main' || p.clause.kind === 'participle') && !words[p.start]?.quoted);
    const subject = main?.subject ?? [];
    // The parse may take the opening phrase's noun for the subject, with the name as its apposition.
    const head = subject[0];
    const named = head?.start === comma + 1 ? subject : head?.appositive?.start === comma + 1 ? [head.appositive] : [];
    const people = named.filter((np) => np.kind === 'person');
    return people.length ? [{ sources: people, targets: [place] }] : [];
  },
  /** "Ada Lin, in Nairobi for talks, said": a place set off after a person's name is where they were, unless at home. */
  'set-off-place': (parse, doc) => {
    const out: Pairing[] = [];
    for (const np of parse.nps) {
      const back = parse.words[np.end]?.text === ',' ? returning(parse.words, np.end + 1) : 0;
      if (np.form !== 'name' || np.kind !== 'person' || parse.words[np.end]?.text !== ',' || (parse.words[np.end + 1]?.lower !== 'in' && !back)) continue;
      // A name a preposition governs ("a record set by A, in Abc last year") is no subject the place describes.
      const head = np.appositive && np.appositive.start < np.start ? np.appositive : np;
      if (np.prep || head.prep) continue;
      const place = placeOf(nameAt(parse, back || np.end + 2));
      const person = np.refs[0];
      if (place && person && !atHome(person, place, doc)) out.push({ sources: [person], targets: [place] });
    }
    return out;
  },
  /** Every role the sentence states with the place or body it is held at. */
  'role-facts': (parse, doc) =>
    (doc.rolesBySentence.get(parse.sentence.index) ?? [])
      .filter((r) => r.target)
      .map((r) => ({ sources: [r.person], targets: [r.target as string], ...(r.role ? { role: r.role } : {}) })),
  /**
   * "Dayton, Ohio,", "Abcshire, Xyzland", "Abc County, Ky.": a city or region, a comma, then its region or country,
   * closed by a mark or a preposition ("in Seoul, South Korea on Monday"), not by a list's "and".
   */
  'place-comma': (parse) => {
    const out: Pairing[] = [];
    for (const a of parse.nps) {
      if (a.form !== 'name' || (a.kind !== 'city' && a.kind !== 'region') || parse.words[a.end]?.text !== ',') continue;
      const b = nameAt(parse, a.end + 1);
      const after = b ? parse.words[b.end] : undefined;
      // A region lies in a country; a county in its state too ("Abc County, Ky.").
      const county = isCountyWord(parse.words[a.end - 1]?.text ?? '');
      if (!b || (b.kind !== 'region' && b.kind !== 'country') || b.possessive || (a.kind === 'region' && b.kind !== 'country' && !county)) continue;
      if (after && after.pos !== 'PUNCT' && after.pos !== 'ADP') continue;
      if (inside(a, b)) out.push(pair(a, b));
    }
    return out;
  },
  /** "the University of Abc in Xyz", "Abc and Def in Xyz": a place or body (not an outlet) in a place. */
  'place-in': (parse, doc) => {
    const out: Pairing[] = [];
    for (const a of parse.nps) {
      const pp = a.post[0];
      if (a.form !== 'name' || pp?.prep !== 'in') continue;
      // "told the Abc News in Xyz": where an outlet was told or spoke, not where it is.
      if (doc.outlets.has(a.refs[0] ?? '')) continue;
      // "clashes between A and B in C": the place is the clashes', not A's or B's.
      if (a.list && a.list[0]?.prep === 'between') continue;
      const members = a.list ? sharing(a.list, a) : [a];
      for (const m of members) if (inside(m, pp.np)) out.push(pair(m, pp.np));
      // "A in Xyz's Abc": the possessive chain nests too.
      if (pp.np.possessor && inside(pp.np, pp.np.possessor)) out.push(pair(pp.np, pp.np.possessor));
    }
    return out;
  },
  /**
   * "the Abcian city of Xyz", "the Abc boroughs of Xyz and Def", "Abc's province of Xyz": the
   * places a noun for places introduces lie in the place or nationality that qualifies it.
   */
  'place-noun-of': (parse, doc) => {
    const out: Pairing[] = [];
    for (const np of parse.nps) {
      const noun = PLACE_NOUNS.get(parse.words[np.head]?.lower ?? '');
      const of = np.post[0];
      if (np.form !== 'description' || noun === undefined || of?.prep !== 'of' || of.np.form !== 'name') continue;
      const outer = np.qualifiers.find((q) => PLACE_KINDS.includes(q.kind))?.entity ?? placeOf(np.possessor) ?? np.modifiers.map((m) => doc.chains.adjectives.get(m)).find(Boolean);
      if (outer === undefined) continue;
      const outerKind = doc.kindOf.get(outer);
      // A borough or district of a city is a city within it.
      if (outerKind !== 'country' && outerKind !== 'region' && !(outerKind === 'city' && noun === 'part')) continue;
      for (const m of of.np.list ?? [of.np]) {
        if ((m.kind === 'city' || m.kind === 'region') && m.refs[0] !== outer) out.push({ sources: [m], targets: [outer] });
      }
    }
    return out;
  },
  /** "Xyz's Abc", "Xyz's western Abc region": a country's or region's city or region. */
  'place-possessive': (parse) => {
    const out: Pairing[] = [];
    for (const np of parse.nps) {
      const owner = np.possessor;
      if (owner?.form !== 'name' || (owner.kind !== 'country' && owner.kind !== 'region')) continue;
      if (np.form === 'name' && (np.kind === 'city' || np.kind === 'region') && inside(np, owner)) out.push(pair(np, owner));
      // A place named in a description of a place ("China's far western Xinjiang region").
      if (np.form !== 'description' || !PLACE_NOUNS.has(parse.words[np.head]?.lower ?? '')) continue;
      for (const q of np.qualifiers) if ((q.kind === 'city' || q.kind === 'region') && within(q.kind, owner.kind) && q.entity !== owner.refs[0]) out.push({ sources: [q.entity], targets: [owner] });
    }
    return out;
  },
  /** "the Abc-based Xyz", "the Abc-based diagnostics group Xyz": a body based in a place. */
  'place-based': (parse) => {
    const out: Pairing[] = [];
    for (const place of parse.nps) {
      if (place.form !== 'name' || !seatedAt(parse, place.end)) continue;
      const body = parse.nps.find((np) => np.start === place.end + 2 && np.form === 'name');
      if (body && inside(body, place)) out.push(pair(body, place));
    }
    for (const np of parse.nps) {
      const based = basedIn(parse, np);
      // "the Abc-based hedge fund Xyz", "Abc-based oil and gas consultancy Xyz": lowercase words
      // ending in a noun for a body, then the body's name.
      const named = based ? describedAfter(parse, based.end + 2) : undefined;
      if (based && named) out.push(...nested(named, based));
      if (based && np.form === 'name') out.push(...nested(np, based));
      // "the Abc-based firm", standing for a body the text has named: that body.
      if (based && np.form === 'description' && np.kind === 'institution' && np.refs.length === 1 && within('institution', based.kind)) out.push({ sources: [np], targets: [based.entity] });
      // "the Abc-based Xyz watchdog": the body named right before a noun for a body.
      const body = based && np.form === 'description' && bodyNoun(parse.words[np.head]?.lower) ? np.qualifiers.find((q) => q.kind === 'institution' && q.start === based.end + 2 && q.end === np.head) : undefined;
      if (based && body && within(body.kind, based.kind) && body.entity !== based.entity) out.push({ sources: [body.entity], targets: [based.entity] });
    }
    return out;
  },
  /**
   * "US firm Abc", "the UK banking giant Abc", "Halvex Bank, the US lender,": a place before a noun
   * for a body (institution-cues.txt) names where the body it describes lies. A place glued on by
   * a hyphen qualifies the next word, not the body ("US-led group Abc"), and a nationality is no
   * named place ("the Abcian firm Xyz" places Xyz nowhere the text names).
   */
  'place-body-noun': (parse) => {
    const out: Pairing[] = [];
    for (const np of parse.nps) {
      if (np.form !== 'name' || np.kind !== 'institution') continue;
      const d = np.appositive;
      const place = bodyNounPlace(parse, np, np.nameStart) ?? (d?.form === 'description' && d.start > np.start ? bodyNounPlace(parse, d, d.head + 1) : undefined);
      if (place) out.push(...nested(np, place));
    }
    return out;
  },
  /**
   * "Gdansk, a port city in northern Poland,", "Abuja, the capital of Nigeria", "Catalonia's
   * capital, Barcelona", "Safaricom, the Abc-based telecoms company": a description in apposition
   * places the name; and "Namur, in southern Belgium,": a place set off after the name.
   */
  'place-apposition': (parse) => {
    const out: Pairing[] = [];
    const words = parse.words;
    for (const np of parse.nps) {
      if (np.form !== 'name') continue;
      const d = np.appositive;
      const outer = d?.form === 'description' ? describedPlace(parse, d) : undefined;
      if (outer) out.push(...nested(np, outer));
      if (words[np.end]?.text !== ',' || words[np.end + 1]?.lower !== 'in') continue;
      // "Kashgar, in China's far western Xinjiang region": the owned place, itself in its owner.
      const next = parse.nps.find((x) => x.start === np.end + 2);
      const owns = next && (next.possessive || words[next.end]?.lower === "'s");
      const owned = owns ? parse.nps.find((x) => x.possessor === next || x.start > next.end) : undefined;
      const region = owned?.form === 'name' ? owned : owned?.qualifiers.find((q) => PLACE_KINDS.includes(q.kind));
      if (!next) continue;
      if (!region) out.push(...nested(np, next));
      else out.push(...nested(np, region));
      // A region named inside a description owned by a place ("China's western Xinjiang region"); a named one is 'place-possessive''s.
      const owner = next.refs[0];
      if (region && 'entity' in region && owner && next.kind && within(region.kind, next.kind)) out.push({ sources: [region.entity], targets: [owner] });
    }
    return out;
  },
};
