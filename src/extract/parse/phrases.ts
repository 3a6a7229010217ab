// Noun phrases of a sentence: runs of determiners, adjectives, numbers, nouns and names ending in
// a head. A name the entity passes found is one piece however many words it has; a name or noun
// followed by "'s" (or a possessive pronoun) owns the phrase after it; personal pronouns stand
// alone. Day and month names are adjuncts of time, never part of a phrase.
import type { EntityKind } from '../../types';
import type { Mention } from '../types';
import type { NounPhrase, Word } from './types';
import { isRoleTitle, isRoleWord } from '../chains/role-words';
import { lexiconSet } from '../lexicon';
import { isMedium } from './speech-verbs';
import { ByPosition } from './positions';
import { isQuoteMark } from './words';

/** A name found by the entity passes, as word indices [start, end). */
export interface NameSpan {
  entity: string;
  kind: EntityKind;
  start: number;
  end: number;
}

const PERSONAL = new Set(['he', 'she', 'they', 'him', 'them', 'it', 'i', 'we', 'you', 'me', 'us', 'himself', 'herself', 'themselves']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow', 'tonight',
]);

/** Words after "her" that make it an object ("called her several times"), not a possessive. */
const AFTER_OBJECT = new Set(['twice', 'once', 'again', 'last', 'this', 'that', 'every', 'each', 'repeatedly']);
/** "her several times", but "her several homes". */
const objectBefore = (words: readonly Word[], i: number): boolean =>
  AFTER_OBJECT.has(words[i + 1]?.lower ?? '') || (words[i + 2]?.lower === 'times' && /^(?:several|many|two|three|four|five|countless)$/.test(words[i + 1]?.lower ?? ''));

/** Words that may stand inside a noun phrase before its head. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Classifying adjectives ("agricultural", "nuclear", "economic"), not qualities ("new"). */
const CLASSIFYING = /\p{L}{3}(?:al|ar|ic|ary|ive)$/u;
/**
 * "the Abc agricultural union": after a body's name in a determined phrase, a classifying adjective
 * before a noun goes on; so does one before a role, determined or not ("Abc political editor A").
 */
const describedBody = (words: readonly Word[], i: number, name: NameSpan, determined: boolean): boolean =>
  name.kind === 'institution' && words[i]?.pos === 'ADJ' && CLASSIFYING.test(words[i]?.lower ?? '') && words[i + 1]?.pos === 'NOUN' && (determined || isRoleWord(words[i + 1]?.text ?? ''));

/** A thing words are said in ("programme", "interview"), not a person who says them ("reporter"). */
const isMediumWord = (w: Word): boolean => w.pos === 'NOUN' && isMedium(w.lower) && !isRoleWord(w.text);
/** Plain forms of address, which no description titles ("civil servant Sir A" is one phrase, "the plan Mr A" is not). */
const PLAIN_ADDRESS = /^(?:mr|mrs|ms|miss|mx)\.?$/;

let postNominalSet: Set<string> | undefined;
const postNominals = (): Set<string> => (postNominalSet ??= lexiconSet('post-nominals'));

/** The names of the sentence as word spans: every word overlapping a mention belongs to it. */
export function nameSpans(words: readonly Word[], mentions: readonly Mention[], kindOf: ReadonlyMap<string, EntityKind>): NameSpan[] {
  const spans: NameSpan[] = [];
  let w = 0;
  for (const m of mentions) {
    const kind = kindOf.get(m.entity);
    if (!kind) continue;
    while (w < words.length && (words[w]?.end ?? 0) <= m.start) w++;
    let end = w;
    while (end < words.length && (words[end]?.start ?? Infinity) < m.end) end++;
    // "Ada Lin QC warned": letters after a person's name are part of the phrase naming her.
    while (kind === 'person' && end > w && postNominals().has(words[end]?.text ?? '')) end++;
    // "a Democrat from Abc": one word of a body after "a", heading its phrase, describes a member
    // and names no one ("a Labour councillor" still names the party).
    // "an Abcstate Republican" too: a place between "a" and the body's word says where the member is.
    const place = spans[spans.length - 1];
    const opens = place !== undefined && place.end === w && PLACE_KINDS.has(place.kind) ? place.start : w;
    if (kind === 'institution' && end === w + 1 && /^an?$/i.test(words[opens - 1]?.text ?? '') && !NOMINAL.has(words[end]?.pos ?? '')) continue;
    if (end > w && !spans.some((s) => s.end > w)) spans.push({ entity: m.entity, kind, start: w, end });
  }
  return spans;
}

const PLACE_KINDS: ReadonlySet<EntityKind> = new Set(['city', 'country', 'region']);

const isPossessiveMark = (w: Word | undefined): boolean =>
  !!w && (w.lower === "'s" || w.lower === "'" ) && (w.pos === 'PART' || w.pos === 'PUNCT' || w.pos === 'AUX');

/** The possessive mark at `i` is inside a role title ("State's Attorney"). */
const titleWithPossessive = (words: readonly Word[], i: number): boolean =>
  /^\p{Lu}/u.test(words[i + 1]?.text ?? '') && isRoleTitle(`${words[i - 1]?.text ?? ''}'s ${words[i + 1]?.text ?? ''}`);

/** The phrase's words [start, end) lowercased, spaced, hyphens glued ("then-campaign chairman"). */
function lowerOf(words: readonly Word[], start: number, end: number): string {
  // Built word by word: most phrases are one word, and need no array or join.
  let lower = '';
  for (let k = start; k < end; k++) lower = k === start ? (words[k] as Word).lower : `${lower} ${(words[k] as Word).lower}`;
  return lower.includes(' - ') ? lower.replace(/ - /g, '-') : lower;
}

/** True when a word can start or continue a phrase; a day or month only after a determiner ("a June 2016 meeting"). */
function nominal(w: Word, afterDeterminer = false): boolean {
  if (TIME_WORDS.has(w.lower)) return afterDeterminer;
  const pos = w.pos;
  // NOMINAL's tags compared in place: this runs at nearly every word.
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'NUM' || (pos === 'VERB' && /^(?:former|then|ex|acting|outgoing|incoming)$/.test(w.lower));
}

/** A hyphen glued to words on both sides ("son-in-law", "then-campaign"). */
/** Tags of the words of grammar that hyphens glue inside a compound noun ("one-on-one", "state-of-the-art"). */
const GRAMMAR_TAGS = new Set(['ADP', 'PART', 'DET', 'CCONJ', 'ADV']);

export function gluedHyphen(words: readonly Word[], i: number): boolean {
  const w = words[i];
  const prev = words[i - 1];
  const next = words[i + 1];
  return !!w && !!prev && !!next && w.text === '-' && prev.end === w.start && w.end === next.start;
}

export function chunkPhrases(words: readonly Word[], names: readonly NameSpan[]): NounPhrase[] {
  const nameAt = new ByPosition<NameSpan>(words.length + 1);
  for (const n of names) nameAt.set(n.start, n);
  const nps: NounPhrase[] = [];
  const make = (start: number, end: number, head: number, possessor?: NounPhrase): NounPhrase => {
    // Every field from the start, those set later too: phrases of one shape keep every reader of
    // them (links, chains, frames) on one hidden class instead of dozens.
    const np: NounPhrase = {
      id: nps.length,
      start,
      end,
      head,
      nameStart: head,
      form: 'description',
      refs: [],
      kind: undefined,
      qualifiers: [],
      modifiers: [],
      possessor,
      possessive: false,
      ownsQuotation: undefined,
      post: [],
      appositive: undefined,
      list: undefined,
      prep: undefined,
      lower: lowerOf(words, start, end),
    };
    nps.push(np);
    return np;
  };

  let i = 0;
  let owner: NounPhrase | undefined;
  while (i < words.length) {
    const w = words[i] as Word;
    const name = nameAt.get(i);
    // "then-campaign chairman A", "ex-president B".
    const prefixed = (w.lower === 'then' || w.lower === 'ex') && gluedHyphen(words, i + 1);
    // A time word after a possessor is the possessed phrase's ("Abc's Sunday programme").
    const startsPhrase = name || prefixed || nominal(w, owner !== undefined) || w.pos === 'DET' || (w.pos === 'PRON' && (PERSONAL.has(w.lower) || POSSESSIVE_PRONOUNS.has(w.lower)));
    if (!startsPhrase || isQuoteMark(w)) {
      // "on CBS's “Face the Nation”": a possessor that owns no phrase heads its own.
      if (owner && owner.form === 'name') {
        owner.possessive = false;
        if (isQuoteMark(w)) owner.ownsQuotation = true;
      }
      owner = undefined;
      i++;
      continue;
    }
    // Personal and possessive pronouns.
    if (!name && w.pos === 'PRON') {
      const next = words[i + 1];
      const determiner = POSSESSIVE_PRONOUNS.has(w.lower) && (w.lower !== 'her' || (next !== undefined && (nominal(next) || nameAt.has(i + 1)) && !objectBefore(words, i)));
      const np = make(i, i + 1, i, owner);
      np.form = 'pronoun';
      i++;
      if (determiner) {
        np.possessive = true;
        owner = np;
      } else owner = undefined;
      continue;
    }
    // "said that trade would grow": "that" before a noun and a verb opens a clause, no phrase.
    if (w.lower === 'that' && nominal(words[i + 1] ?? w) && ['VERB', 'AUX'].includes(words[i + 2]?.pos ?? '')) {
      owner = undefined;
      i++;
      continue;
    }
    // "Minister of Trade and Industry Ada Lin", "Secretary of State Bo Chen": a title with its
    // portfolio (capitalised words that name no entity) before a person is one phrase.
    const titled = portfolioTitle(words, i, nameAt);
    if (titled !== undefined) {
      const span = nameAt.get(titled) as NameSpan;
      const np = make(i, span.end, span.end - 1, owner);
      Object.assign(np, { form: 'name', nameStart: span.start, refs: [span.entity], kind: span.kind });
      np.modifiers = words.slice(i, span.start).map((x) => x.lower);
      owner = undefined;
      i = span.end;
      if (isPossessiveMark(words[i])) {
        np.possessive = true;
        owner = np;
        i++;
      }
      continue;
    }
    // A run of nominal words and names.
    const start = i;
    const qualifiers: NounPhrase['qualifiers'] = [];
    let head = -1;
    let headName: NameSpan | undefined;
    const determined = w.pos === 'DET' || owner !== undefined;
    if (w.pos === 'DET') i++;
    else if (prefixed) i += 2;
    while (i < words.length) {
      // "US Secretary of State Ada Lin": a portfolio title inside the phrase runs on to the name.
      const portfolio = i > start ? portfolioTitle(words, i, nameAt) : undefined;
      if (portfolio !== undefined) {
        if (headName) qualifiers.push({ entity: headName.entity, kind: headName.kind, start: headName.start, end: headName.end });
        headName = undefined;
        i = portfolio;
        continue;
      }
      const span = nameAt.get(i);
      const cur = words[i] as Word;
      // "told Abc's Morning programme Mr Ada Lin had": no one is titled by a medium; the name opens a clause.
      // Nor by a common noun before a plain form of address: "asked about the plan Mr Lin said".
      const person = span?.kind === 'person' || (cur.pos === 'PROPN' && nameAt.get(i + 1)?.kind === 'person');
      const addressed = person && PLAIN_ADDRESS.test(cur.lower) && !isRoleWord((words[head] as Word | undefined)?.text ?? '');
      if (!headName && head >= 0 && person && (isMediumWord(words[head] as Word) || addressed)) break;
      if (span) {
        // A person named right after a bare name starts anew: "Mayor of Abc Ada Lin" (but "Abc Mayor Ada Lin").
        if (headName && span.kind === 'person' && headName.start === start && headName.kind !== 'person') break;
        if (headName) qualifiers.push({ entity: headName.entity, kind: headName.kind, start: headName.start, end: headName.end });
        headName = span;
        head = span.end - 1;
        i = span.end;
      } else if (nominal(cur, determined && !headName) && !isQuoteMark(cur) && !(headName && cur.pos !== 'NOUN' && cur.pos !== 'PROPN' && !isRoleWord(cur.text) && !describedBody(words, i, headName, determined))) {
        // After a name only a noun goes on ("Abc administration"), or a role ("Abc chief executive
        // A"); a number or another adjective starts anew.
        if (headName) qualifiers.push({ entity: headName.entity, kind: headName.kind, start: headName.start, end: headName.end });
        headName = undefined;
        head = i;
        i++;
      } else if (gluedHyphen(words, i) && head >= 0) {
        // "op-ed", "sit-down", "US-backed": the word after a glued hyphen belongs to the phrase; so
        // does a word of grammar inside a longer compound ("one-on-one", "editor-in-chief"), but
        // not one that ends two words ("head-on", "round-up": an adverb or a particle).
        const after = words[i + 1] as Word;
        const inner = GRAMMAR_TAGS.has(after.pos) && gluedHyphen(words, i + 2);
        if (!nameAt.has(i + 1) && (after.pos === 'VERB' || after.pos === 'AUX' || inner)) after.pos = 'NOUN';
        i++;
      } else if (determined && head < 0 && cur.pos === 'ADV' && words[i + 1] && nominal(words[i + 1] as Word, true)) {
        // "a very big deal", "a new twin-city deal" (the tagger reads "new" there as an adverb).
        i++;
      } else break;
      if (isPossessiveMark(words[i])) {
        // "Abc County State's Attorney Ada Lin": a title that holds a possessive owns nothing.
        if (!titleWithPossessive(words, i)) break;
        i++;
      }
    }
    if (head < 0) {
      // A determiner with nothing after it ("that", "all"): no phrase.
      owner = undefined;
      if (i === start) i++;
      continue;
    }
    const np = make(start, head + 1, head, owner);
    np.qualifiers = qualifiers;
    if (headName) {
      np.form = 'name';
      np.nameStart = headName.start;
      np.refs = [headName.entity];
      np.kind = headName.kind;
    }
    const modifierEnd = headName ? headName.start : head;
    for (let k = start; k < modifierEnd; k++) {
      // A word hyphens glue inside a compound ("to" in "face-to-face") is not a modifier of its own.
      if (qualifiers.some((q) => k >= q.start && k < q.end) || (gluedHyphen(words, k - 1) && gluedHyphen(words, k + 1))) continue;
      np.modifiers.push((words[k] as Word).lower);
    }
    owner = undefined;
    if (isPossessiveMark(words[i])) {
      np.possessive = true;
      owner = np;
      i++;
    }
  }
  return nps;
}

/**
 * Where the person's name starts after "TITLE of Portfolio Words" beginning at `i`, when the words
 * between are capitalised and name no entity (or are "and", "the"); undefined otherwise.
 */
function portfolioTitle(words: readonly Word[], i: number, nameAt: ByPosition<NameSpan>): number | undefined {
  // "of" first: it rules out nearly every word, and costs no look-up.
  if (words[i + 1]?.lower !== 'of' || !isRoleWord(words[i]?.text ?? '') || !/^\p{Lu}/u.test(words[i]?.text ?? '')) return undefined;
  for (let k = i + 2; k < Math.min(words.length, i + 9); k++) {
    const span = nameAt.get(k);
    if (span) return span.kind === 'person' && k > i + 2 ? k : undefined;
    const w = words[k] as Word;
    if (!(/^\p{Lu}/u.test(w.text) || w.lower === 'and' || w.lower === 'the' || w.lower === '&')) return undefined;
  }
  return undefined;
}
