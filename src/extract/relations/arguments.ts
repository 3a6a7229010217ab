// Who does what to whom around a cue: the subject (nearest person before the cue, through
// appositions and coordinated names), the objects (a list of names after it, up to the end of
// the clause), fronted clauses ("When meeting X, Y said") and the speaker of a quotation.
import type { EntityKind } from '../../types';
import { isTitleWord } from './roles';
import { between, quoteAt, sameQuoteState, textBefore, wordCount, type Item, type SentenceView } from './view';

/** Words and marks that end a clause: an argument list never runs past one. */
export const CLAUSE_BREAK =
  /[;:"“”()]|\s[–—]\s|--|\b(?:said|says|say|told|tells|who|whom|which|that|but|while|whereas|because|although|where|when|after|before|if|since|until|whether)\b/i;

/** What may stand between two names of one list ("A, B and C", "A as well as B"). */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|as well as\s+|then\s+|along with\s+)?|and\s+|&\s+|as well as\s+|along with\s+|together with\s+)/i;

/** Words that open a fronted subordinate clause or phrase ("When meeting X, Y said"). */
const FRONTED = /^\s*(?:[“"]\s*)?(?:when|while|after|before|during|following|upon|on|in|at|since|as|ahead of|just before|just after|\p{L}+ing)\b/iu;

/** A possessor right before a cue noun owns it ("Ada's meeting", "his first visit"). */
const POSSESSOR_OF_CUE = /^(?:['’]s?)?\s*(?:(?:first|second|last|latest|recent|own|brief|short|official|private|separate|face-to-face|planned|upcoming)\s+)?$/iu;

/** A subordinator and a participle ending the gap before a cue: "before sitting down with". */
const SUBORDINATE_PARTICIPLE = /\b(?:before|after|while|when|since|by|without)\s+$/i;

/** Lowercase words that may stand between a direct cue and its person ("told visiting X"). */
const DETERMINERS = /^(?:the|his|her|their|its|visiting|counterpart|fellow)$/;

/** A preposition ending the text before a name: the name is its object. */
const PREPOSITION_BEFORE = /\b(?:about|of|for|from|against|over|toward|towards|like|than|between|among|including|to)\s*$/i;
/** Capitalised words (titles, adjectives of nationality) between a preposition and a name. */
const TITLE_WORDS = /(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the))+\s*$/u;

/** "and his Abcian counterpart, Foreign Minister ": a partner described, then named in apposition. */
const COORDINATED_APPOSITION = /^\s*and\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?\p{Ll}[\p{L}-]*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** A comma, then a determiner and up to three words right before the cue: a subject no name gives. */
const UNNAMED_SUBJECT = /,\s*(?:a|an|the|one|another|two|three|several)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** "their" (and a modifier) right before a cue. */
const THEIR = /\btheir\s+(?:[\p{L}-]+\s+)?$/iu;

const PERSON: readonly EntityKind[] = ['person'];

export interface ObjectOptions {
  /** Most words between the cue and the first object. */
  maxGap?: number;
  /** The first object must follow the cue with no comma (told X, not told reporters, X). */
  direct?: boolean;
  /** Absolute offset past which no object is taken (the end of a fronted clause). */
  limit?: number;
}

function listJoins(gap: string): boolean {
  return LIST_JOIN.test(gap) && !CLAUSE_BREAK.test(gap) && wordCount(gap) <= 9;
}

/** All items sharing the span of `item` (a plural description resolves to several people). */
function sameSpan(view: SentenceView, item: Item): Item[] {
  return view.items.filter((i) => i.start === item.start && i.end === item.end && i.kind === item.kind);
}

/** The coordinated list ending with `last` ("A and B" before a verb), last name first. */
function listBefore(view: SentenceView, last: Item, kinds: readonly EntityKind[]): Item[] {
  const out = sameSpan(view, last);
  let head = last;
  for (let k = view.items.indexOf(last) - 1; k >= 0; k--) {
    const prev = view.items[k];
    if (!prev || prev.start >= head.start) continue;
    if (!kinds.includes(prev.kind)) continue;
    if (prev.possessive || !sameQuoteState(view, prev.start, head.start)) break;
    if (!listJoins(between(view, prev.end, head.start))) break;
    out.push(...sameSpan(view, prev));
    head = prev;
  }
  return out;
}

/** Between a direct cue and its person only a title may stand ("told visiting Foreign Minister"). */
function directGap(gap: string): boolean {
  if (/[,;:]/.test(gap)) return false;
  const lower = gap.match(/(?<![\p{L}'’])\p{Ll}[\p{L}-]*/gu) ?? [];
  return lower.every((w) => DETERMINERS.test(w) || isTitleWord(w));
}

/** The sentence's first person outside quotes and every name listed with it ("A, B and C"). */
function subjectGroup(view: SentenceView, before: number, kinds: readonly EntityKind[]): Item[] {
  const first = mainSubject(view, before, kinds)[0];
  if (!first) return [];
  const out = sameSpan(view, first);
  let last = first;
  for (const item of view.items) {
    if (item.start <= last.start || item.start >= before || !kinds.includes(item.kind) || out.includes(item)) continue;
    if (item.possessive || !listJoins(between(view, last.end, item.start))) break;
    out.push(...sameSpan(view, item));
    last = item;
  }
  return out;
}

/** The first person of the sentence outside quotes: the main subject in news prose. */
export function mainSubject(view: SentenceView, before = Infinity, kinds = PERSON): Item[] {
  const first = view.items.find((i) => kinds.includes(i.kind) && i.start < before && !quoteAt(view, i.start));
  return first ? sameSpan(view, first) : [];
}

/**
 * The subject of a cue: the nearest person before it in the same quotation state, skipping
 * the tail of an appositive ("A, a friend of B, told") and names that only qualify another
 * noun ("B's aide met"); a name right before "and VERB" belongs to an earlier verb phrase.
 */
export function findSubjects(view: SentenceView, cueStart: number, kinds = PERSON): Item[] {
  // "A and B ... during their meetings with C": "their" is the sentence's plural subject.
  if (THEIR.test(textBefore(view, cueStart))) {
    const group = subjectGroup(view, cueStart, kinds);
    if (group.length > 1) return group;
  }
  const candidates = view.items.filter((i) => i.end <= cueStart && kinds.includes(i.kind) && sameQuoteState(view, i.start, cueStart));
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k];
    if (!c) continue;
    const gap = between(view, c.end, cueStart);
    if (c.possessive && POSSESSOR_OF_CUE.test(gap)) return sameSpan(view, c);
    if (c.possessive) {
      // "his sister told", "Ada's aide said": the subject is a noun no entity names.
      if (wordCount(gap) <= 3 && !/[,;]/.test(gap)) return [];
      continue;
    }
    if (/^\s*,\s*$/.test(gap)) {
      // "A and his counterpart, B, signed": B is the apposition of A's coordinated partner.
      // The description between them ("his counterpart") may itself be a resolved item.
      const prev = candidates.slice(0, k).reverse().find((i) => i.via === 'name');
      if (prev && !prev.possessive && COORDINATED_APPOSITION.test(between(view, prev.end, c.start))) return [...listBefore(view, prev, kinds), ...sameSpan(view, c)];
      continue;
    }
    if (/[;]/.test(gap) || wordCount(gap) > 25) return [];
    // "A met B on Monday, a senior official told X": an unnamed noun phrase is the subject.
    if (UNNAMED_SUBJECT.test(gap)) return [];
    // "A met B before sitting down with C": the participle takes the main clause's subject.
    if (SUBORDINATE_PARTICIPLE.test(gap)) return mainSubject(view, c.start, kinds);
    if (/^\s*,?\s*and\s*$/i.test(gap)) {
      const main = mainSubject(view, c.start, kinds);
      return main.length && sameQuoteState(view, main[0]?.start ?? 0, cueStart) ? main : [];
    }
    // "His words about President A met ...": a name inside a prepositional phrase is no subject.
    if (PREPOSITION_BEFORE.test(textBefore(view, c.start).replace(TITLE_WORDS, ''))) return [];
    return listBefore(view, c, kinds);
  }
  return [];
}

/**
 * The objects of a cue: the first name after it (within a few words, before any clause
 * break), then every name joined to it by a list ("A, B and C"). Possessive names ("B's
 * sister, C") and names of other kinds are stepped over.
 */
export function findObjects(view: SentenceView, cueEnd: number, kinds = PERSON, options: ObjectOptions = {}): Item[] {
  const maxGap = options.maxGap ?? 9;
  const limit = options.limit ?? Infinity;
  const out: Item[] = [];
  let last: Item | undefined;
  for (const item of view.items) {
    if (item.start < cueEnd || item.via === 'pronoun') continue;
    if (item.start >= limit || !sameQuoteState(view, item.start, cueEnd)) break;
    if (out.some((o) => o.start === item.start && o.end === item.end)) {
      if (kinds.includes(item.kind)) out.push(item);
      continue;
    }
    const from = last ? last.end : cueEnd;
    const gap = between(view, from, item.start);
    if (!last) {
      if (CLAUSE_BREAK.test(gap) || wordCount(gap) > maxGap) break;
      if (options.direct && !directGap(gap)) break;
      if (item.possessive) continue;
      if (!kinds.includes(item.kind)) {
        if (options.direct) break;
        continue;
      }
      out.push(item);
      last = item;
      continue;
    }
    if (!kinds.includes(item.kind) || item.possessive) continue;
    if (item.entity === last.entity && wordCount(gap) <= 6 && !/[,;:]/.test(gap)) {
      last = item;
      continue;
    }
    if (!listJoins(gap)) break;
    out.push(item);
    last = item;
  }
  return out;
}

/**
 * When a cue sits in a fronted clause ("When meeting X on Monday, Y said"), the offset of
 * the comma that ends that clause; undefined when the cue is in the main clause.
 */
export function frontedClauseEnd(view: SentenceView, cueStart: number): number | undefined {
  const head = between(view, view.sentence.start, cueStart);
  // A cue opening the sentence ("Speaking to X, A said") is fronted too.
  if (/\S/.test(head) && (!FRONTED.test(head) || /,/.test(head))) return undefined;
  if (view.items.some((i) => i.kind === 'person' && i.end <= cueStart)) return undefined;
  const rest = between(view, cueStart, view.sentence.end);
  const comma = rest.indexOf(', ');
  return comma < 0 ? undefined : cueStart + comma;
}

/** The subject of the main clause after a fronted clause ending at `clauseEnd`. */
export function subjectAfter(view: SentenceView, clauseEnd: number, kinds = PERSON): Item[] {
  const first = view.items.find((i) => i.start > clauseEnd && kinds.includes(i.kind) && !i.possessive && !quoteAt(view, i.start));
  if (!first) return [];
  const gap = between(view, clauseEnd + 1, first.start);
  return CLAUSE_BREAK.test(gap) || wordCount(gap) > 5 ? [] : sameSpan(view, first);
}

/** The person a quotation is attributed to: named right after it ("...," Ada said) or before it. */
export function quoteSpeaker(view: SentenceView, quote: [number, number]): Item[] {
  const after = view.items.find((i) => i.start >= quote[1] && i.kind === 'person');
  if (after && wordCount(between(view, quote[1], after.start)) <= 2 && !after.possessive) return [after];
  const before = [...view.items].reverse().find((i) => i.end <= quote[0] && i.kind === 'person');
  if (before && wordCount(between(view, before.end, quote[0])) <= 4 && /[:,]\s*$/.test(between(view, before.end, quote[0]))) return [before];
  return [];
}

/** Subjects of a cue, falling back to the speaker when the cue is inside a quotation. */
export function subjectsOf(view: SentenceView, cueStart: number, kinds = PERSON): Item[] {
  const fronted = frontedClauseEnd(view, cueStart);
  if (fronted !== undefined) return subjectAfter(view, fronted, kinds);
  const found = findSubjects(view, cueStart, kinds);
  if (found.length) return found;
  const quote = quoteAt(view, cueStart);
  return quote ? quoteSpeaker(view, quote) : [];
}
