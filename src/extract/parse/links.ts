// Typed links between the noun phrases of a sentence: a preposition that governs a phrase and
// attaches it to the phrase before it ("the mayor of X", "talks with Y"); coordinated lists
// ("A, B and C"); and appositions ("A, the mayor of X,", "Its chief, B,").
import { isRoleWord } from '../chains/role-words';
import { isReportVerb } from './speech-verbs';
import { ByPosition } from './positions';
import type { NounPhrase, Word } from './types';
import { isQuoteMark, lastWord } from './words';

/** Prepositions of more than one word, by their last word. */
const COMPOUND_PREPS: ReadonlyMap<string, readonly string[]> = new Map([
  ['to', ['according', 'next', 'close', 'due', 'thanks']],
  ['of', ['behalf', 'ahead', 'instead', 'front', 'part', 'because', 'outside', 'out']],
  ['with', ['along', 'together', 'alongside']],
]);

const isComma = (w: Word | undefined): boolean => w?.text === ',';
const CONJUNCTIONS = new Set(['and', 'or', '&']);

/** The preposition ending right before word `at`, and where it starts; undefined if none. */
export function prepositionBefore(words: readonly Word[], at: number): { prep: string; start: number } | undefined {
  const w = words[at - 1];
  if (!w || (w.pos !== 'ADP' && !(w.pos === 'SCONJ' && /^(?:with|between|by|of|for|in|at|since|after|before|until|as)$/.test(w.lower)) && w.lower !== 'to')) return undefined;
  const before = words[at - 2];
  if (before && COMPOUND_PREPS.get(w.lower)?.includes(before.lower)) {
    // "on behalf of", "in front of": a third word leads some of them.
    const lead = words[at - 3];
    const start = lead && /^(?:on|in|as)$/.test(lead.lower) && /^(?:behalf|front|part)$/.test(before.lower) ? at - 3 : at - 2;
    return { prep: words.slice(start, at).map((x) => x.lower).join(' '), start };
  }
  return { prep: w.lower, start: at - 1 };
}

/**
 * Prepositions: each phrase learns the preposition governing it, and the phrase before learns its
 * PP. A subordinator before a phrase and its verb opens a clause instead ("as the Times reported").
 */
export function linkPrepositions(words: readonly Word[], nps: readonly NounPhrase[], verbStarts: ReadonlySet<number>): void {
  const endingAt = new ByPosition<NounPhrase>(words.length + 1);
  const startingAt = new ByPosition<NounPhrase>(words.length + 1);
  for (const np of nps) if (!np.possessive) endingAt.set(np.end, np);
  for (const np of nps) if (!startingAt.has(ownerStart(np))) startingAt.set(ownerStart(np), np);
  /** Where the words after a phrase and any phrases coordinated with it go on ("since A and B signed"). */
  const pastList = (np: NounPhrase): number => {
    let at = np.end;
    for (let next = startingAt.get(at + 1); next && (CONJUNCTIONS.has(words[at]?.lower ?? '') || isComma(words[at])); next = startingAt.get(at + 1)) at = next.end;
    return at;
  };
  for (const np of nps) {
    if (np.possessive) continue;
    const found = prepositionBefore(words, ownerStart(np));
    if (!found) continue;
    if (SUBORDINATORS.has(found.prep) && verbStarts.has(pastList(np))) continue;
    np.prep = found.prep;
    endingAt.get(found.start)?.post.push({ prep: found.prep, np });
  }
}

/** Heads of time phrases: "Last week, A said" holds no apposition. */
const TIME_HEADS = new Set(['week', 'weekend', 'month', 'year', 'day', 'days', 'weeks', 'months', 'years', 'time', 'morning', 'afternoon', 'evening', 'night', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'decade', 'century', 'hour', 'hours', 'minutes', 'moment']);

// A name qualifying a role describes too ("Ada Lin, Abc chairman, said").
const describes = (np: NounPhrase): boolean =>
  np.form === 'description' &&
  (np.possessor !== undefined || np.modifiers.length > 0 || np.post.length > 0 || (np.qualifiers.length > 0 && isRoleWord(lastWord(np.lower)))) &&
  !TIME_HEADS.has(lastWord(np.lower));

/** The last phrase of a phrase's prepositional tail ("Porto" in "a group from Porto"). */
function lastOfTail(np: NounPhrase): NounPhrase {
  const last = np.post[np.post.length - 1];
  return last ? lastOfTail(last.np) : np;
}

/** The last description in the phrase's tail (not the phrase itself) headed by a role word. */
function roleInTail(np: NounPhrase, words: readonly Word[]): NounPhrase | undefined {
  let found: NounPhrase | undefined;
  for (let pp = np.post[0]; pp; pp = pp.np.post[0]) if (describes(pp.np) && isRoleWord(words[pp.np.head]?.text ?? '')) found = pp.np;
  return found;
}

/** Where a phrase begins, its possessor included. */
export function ownerStart(np: NounPhrase): number {
  return np.possessor && np.possessor.end <= np.start ? ownerStart(np.possessor) : np.start;
}

/** Where a phrase ends, its prepositional phrases included ("the mayor of X", "the mayors of X and Y"). */
export function tailEnd(np: NounPhrase): number {
  const last = np.post[np.post.length - 1];
  if (!last) return np.end;
  const list = last.np.list;
  return list && list[0] === last.np ? tailEnd(list[list.length - 1] as NounPhrase) : tailEnd(last.np);
}

/** Drops from lists the descriptions that turned out to be appositions ("A, the mayor, and B"). */
export function pruneLists(nps: readonly NounPhrase[]): void {
  for (const np of nps) {
    const list = np.list;
    if (!list || list[0] !== np) continue;
    const kept = list.filter((m, k) => !(k > 0 && m.appositive === list[k - 1]));
    if (kept.length === list.length) continue;
    for (const m of list) delete m.list;
    if (kept.length >= 2) for (const m of kept) m.list = kept;
  }
}

/** Phrases that head themselves (not a possessor inside another), by the word they start at. */
function headsByStart(words: readonly Word[], nps: readonly NounPhrase[]): ByPosition<NounPhrase> {
  const out = new ByPosition<NounPhrase>(words.length + 1);
  for (const np of nps) if (!np.possessive && !out.has(ownerStart(np))) out.set(ownerStart(np), np);
  return out;
}

/**
 * Appositions: a name and a description side by side, set off by commas, either order; and a
 * title with its place right before a name ("Mayor of Abc Ada Lin").
 */
export function linkAppositions(words: readonly Word[], nps: readonly NounPhrase[]): void {
  const startingAt = headsByStart(words, nps);
  for (const a of nps) {
    if (a.possessive || a.form === 'pronoun' || a.appositive) continue;
    const titled = a.form === 'description' && a.post.length > 0 ? startingAt.get(tailEnd(a)) : undefined;
    if (titled?.form === 'name' && titled.kind === 'person' && !titled.appositive && isRoleWord(words[a.head]?.text ?? '')) {
      a.appositive = titled;
      titled.appositive = a;
      continue;
    }
    // "a company called Abc", "a man named Ada Lin": an indefinite description takes the name it is given.
    const given = a.form === 'description' && !a.post.length && INDEFINITE.has(words[a.start]?.lower ?? '') && NAMING.has(words[tailEnd(a)]?.lower ?? '') ? startingAt.get(tailEnd(a) + 1) : undefined;
    if (given?.form === 'name' && !given.appositive) {
      a.appositive = given;
      given.appositive = a;
      continue;
    }
    let comma = tailEnd(a);
    // "A Lin attorney contacted by Abc, Bo Tan,": a participle phrase may stand between.
    const participle = words[comma];
    // Only a person's description takes a name so far off ("practices implemented by the US, A, said" does not).
    if (participle?.pos === 'VERB' && /(?:ed|en)$/.test(participle.lower) && words[comma + 1]?.pos === 'ADP' && isRoleWord(words[a.head]?.text ?? '')) {
      const object = startingAt.get(comma + 2);
      if (object) comma = tailEnd(object);
    }
    if (!isComma(words[comma])) continue;
    const b = startingAt.get(comma + 1);
    if (!b || b.appositive || b.form === 'pronoun') continue;
    // "Her aide, A, and B attended": a name set off after one person's description, then joined to
    // the others of a list, describes that person alone.
    const setOff = a.form === 'description' && !/s$/.test(words[a.head]?.lower ?? '') && b.form === 'name' && isComma(words[tailEnd(b)]) && /^(?:and|or)$/.test(words[tailEnd(b) + 1]?.lower ?? '');
    let afterAt = b.list && b.list[0] === b && !setOff ? tailEnd(b.list[b.list.length - 1] as NounPhrase) : tailEnd(b);
    if (words[afterAt]?.lower === 'respectively') afterAt++;
    const after = words[afterAt];
    // The second phrase must close: a comma, a verb, a mark or the end.
    // A description may run on into a relative clause ("A, a former head of Abc who now chairs Xyz,").
    // So may a name after a description ("its holiest shrine, the Abc Temple in Xyz where he prayed").
    // So may the body a person's role is held at ("A, chief executive of Abc which makes chips").
    const bodyRelative = b.form === 'description' && a.kind === 'person' && (after?.lower === 'which' || after?.lower === 'that') && lastOfTail(b).form === 'name' && lastOfTail(b).kind === 'institution' && isRoleWord(words[b.head]?.text ?? '');
    const relative =
      bodyRelative ||
      (b.form === 'description' && a.form === 'name' && (after?.lower === 'who' || after?.lower === 'whose')) ||
      (b.form === 'name' && a.form === 'description' && RELATIVES.has(after?.lower ?? ''));
    const closed = !after || isComma(after) || after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'PUNCT' || relative;
    // ", Abc reported.": the subject of a closing verb of saying, no apposition; and
    // ", a Finnish official told Abc.": a description before a verb of saying is its subject too.
    // A person's name opening the sentence, or a closing clause after a comma, keeps its apposition
    // even when the closing comma is missing ("Ada Lin, a strategist at Abc told Reuters", "…
    // is keen, Ada Lin, a strategist at Abc told Reuters").
    const opensClause = a.form === 'name' && a.kind === 'person' && b.form === 'description' && (words.slice(0, a.start).every(isQuoteMark) || isComma(words[a.start - 1]));
    const reporting = after?.pos === 'VERB' && isReportVerb(after.lower) && (b.form === 'description' || isSentenceEnd(words, afterAt + 1)) && !opensClause;
    if (!closed || reporting) continue;
    // "Although Abc rejected its plan, Ada Lin said": a fronted clause ends at the comma, no apposition.
    // A description a preposition governs takes a name only when the name closes with a comma or the
    // end ("with Abcia's foreign minister, Ada Lin,"), not a verb ("After talks with aides, A said").
    // Nor does a description inside a fronted phrase ("Under fire over hiding the meetings with B,
    // A stepped aside"): a name and a verb after its comma open the main clause.
    const governedOk = (a.prep === undefined && !inFrontedPhrase(words, a.start)) || !after || after.pos !== 'VERB';
    // "talks with the league chairman, A": the name describes the role at the end of the tail, not the talks.
    const inner = lastOfTail(a);
    if (inner !== a && b.form === 'name' && describes(inner) && isRoleWord(words[inner.head]?.text ?? '') && !isRoleWord(words[a.head]?.text ?? '')) continue;
    // "the support of the Mayor of Abc, Ada Lin": a person's name describes the role inside the
    // tail, before the place it is held at, not the phrase the tail hangs on.
    const role = b.form === 'name' && b.kind === 'person' && !isRoleWord(words[a.head]?.text ?? '') ? roleInTail(a, words) : undefined;
    if (role && !role.appositive && governedOk) {
      role.appositive = b;
      b.appositive = role;
      continue;
    }
    // "Ada Lin, 43, said": a person's age set off by commas describes the person.
    const age = a.form === 'name' && a.kind === 'person' && b.end - b.start === 1 && /^\d{1,3}$/.test(words[b.start]?.text ?? '');
    const pair = (a.form === 'name' && (describes(b) || age)) || (b.form === 'name' && describes(a) && governedOk && !afterSubordinator(words, a.start));
    // "… of Porto, Portugal": a city then its country, no apposition.
    if (!pair || (lastOfTail(a).kind === 'city' && (b.kind === 'country' || b.kind === 'region'))) continue;
    a.appositive = b;
    b.appositive = a;
  }
}

/**
 * Lists: phrases joined by commas and a final conjunction ("A, B and C"). At each join the left
 * member is the phrase nearest the join that matches the right one ("talks between Prime
 * Minister A and B": A and B, not the talks and B). An apposition inside a list ("A, the mayor,
 * and B") is taken out by pruneLists once appositions are known.
 */
export function linkLists(words: readonly Word[], nps: readonly NounPhrase[]): void {
  const startingAt = headsByStart(words, nps);
  const endingAt = new Map<number, NounPhrase[]>();
  /** Ends that close a count ("Abc four times"): a join after one may go without a conjunction. */
  const countEnds = new Set<number>();
  const endAt = (end: number, np: NounPhrase): void => {
    const ending = endingAt.get(end);
    if (ending) ending.push(np);
    else endingAt.set(end, [np]);
  };
  for (const np of nps) {
    if (np.possessive || np.form === 'pronoun') continue;
    const end = tailEnd(np);
    endAt(end, np);
    // "been to Abc four times, Xyz twice and Def once": each member keeps its own count.
    const counted = pastCount(words, end);
    if (counted > end) {
      endAt(counted, np);
      countEnds.add(counted);
    }
  }
  /** Joins: left member, right member, and whether a conjunction made it. */
  const next = new Map<NounPhrase, { right: NounPhrase; conj: boolean; counted?: boolean }>();
  for (const [end, lefts] of endingAt) {
    let at = end;
    if (isComma(words[at])) at++;
    let conj = false;
    if (CONJUNCTIONS.has(words[at]?.lower ?? '')) {
      at++;
      conj = true;
    } else if (words[at]?.lower === 'as' && words[at + 1]?.lower === 'well' && words[at + 2]?.lower === 'as') {
      at += 3;
      conj = true;
    }
    if (at === end) continue;
    const right = startingAt.get(at);
    if (!right || right.form === 'pronoun') continue;
    // "In contrast, both A and B": "both" opens a pair of its own; nothing before the comma is in it.
    if (!conj && PAIR_OPENERS.has(words[right.start]?.lower ?? '')) continue;
    // Innermost first: the phrase nearest the join of the same kind, else of the same form, else the nearest.
    const inner = [...lefts].sort((a, b) => b.start - a.start);
    // "the meeting between A and a lawyer": "between" takes two members, the first of them right after it.
    const between = conj ? inner.find((l) => l.prep === 'between' && l.kind === 'person' && right.form === 'description') : undefined;
    const left = between ?? inner.find((l) => l.kind !== undefined && l.kind === right.kind) ?? inner.find((l) => l.form === right.form) ?? inner[0];
    // "In Abcia, A and B met": a comma joins no place to a person (a fronted phrase ends there).
    if (!conj && left?.kind !== undefined && right.kind !== undefined && (left.kind === 'person') !== (right.kind === 'person')) continue;
    // "Abc, capital of Xyz, and Def": past an aside set off by commas, to the name of the right one's kind.
    const outer = inner[inner.length - 1];
    const host = right.kind !== undefined && left?.kind !== right.kind && outer && isComma(words[outer.start - 1])
      ? (endingAt.get(outer.start - 1) ?? []).find((l) => l.form === 'name' && l.kind === right.kind)
      : undefined;
    if (host && next.get(host)?.right === outer) {
      next.set(host, { right, conj });
      continue;
    }
    // "Abc eight times, Xyz six times": counts on both sides of a comma make a list with no "and".
    const counted = !conj && countEnds.has(end) && pastCount(words, tailEnd(right)) > tailEnd(right);
    if (left && !next.has(left)) next.set(left, counted ? { right, conj, counted } : { right, conj });
  }
  const rights = new Set([...next.values()].map((j) => j.right));
  for (const first of next.keys()) {
    if (rights.has(first) || first.list) continue;
    const members = [first];
    /** Members up to the latest conjunction: commas after it make no list ("A and B, C said"). */
    let upTo = 0;
    let cur = first;
    for (let join = next.get(cur); join && !members.includes(join.right); join = next.get(cur)) {
      // "A and B, C and D, and E": a list goes on past a conjunction, unless a clause starts there.
      if (upTo > 0 && verbAfter(words, join.right)) break;
      members.push(join.right);
      cur = join.right;
      if (join.conj || (join.counted && upTo >= members.length - 2)) upTo = members.length;
    }
    let list = members.slice(0, upTo);
    // "Ministers from three states, Abc's A, Xyz's B and C": a description before names heads them.
    if (list[0]?.form === 'description' && list.length > 2 && list.slice(1).every((m) => m.form === 'name')) list = list.slice(1);
    // "A, a professor at X and an expert in Y, said": the descriptions are a list in apposition to the name.
    const head = list[0];
    if (head?.form === 'name' && list.length > 2 && isComma(words[tailEnd(head)]) && list.slice(1).every((m) => m.form === 'description')) list = list.slice(1);
    if (list.length < 2) continue;
    // "with A, B and C": every member stands where the first does.
    for (const m of list) {
      m.list = list;
      if (m.prep === undefined && first.prep !== undefined) m.prep = first.prep;
    }
  }
}


const PAIR_OPENERS = new Set(['both', 'either', 'neither']);
/** Words opening a relative clause after a name. */
const RELATIVES = new Set(['where', 'which', 'who', 'whose', 'when']);

/** Counts of occasions after a list member ("twice", "four times", "several times"). */
const ONCE = new Set(['once', 'twice', 'thrice']);
const SOME = new Set(['a', 'few', 'several', 'many', 'multiple', 'dozens', 'of', 'countless', 'numerous']);

/** Where a count of occasions starting at word `at` ends ("four times", "twice"); `at` when none starts there. */
function pastCount(words: readonly Word[], at: number): number {
  if (ONCE.has(words[at]?.lower ?? '')) return at + 1;
  let k = at;
  while (k < at + 3 && (words[k]?.pos === 'NUM' || SOME.has(words[k]?.lower ?? ''))) k++;
  return k > at && words[k]?.lower === 'times' ? k + 1 : at;
}
const INDEFINITE = new Set(['a', 'an']);
const NAMING = new Set(['called', 'named', 'dubbed']);

/** Nothing but marks and time words from `at` to the end of the sentence. */
export function isSentenceEnd(words: readonly Word[], at: number): boolean {
  for (let k = at; k < words.length; k++) {
    const w = words[k] as Word;
    if (w.pos !== 'PUNCT' && w.pos !== 'ADP' && w.pos !== 'NUM' && w.pos !== 'PROPN' && w.pos !== 'ADV' && w.pos !== 'NOUN') return false;
  }
  return true;
}

/** A verb right after a phrase: the phrase is the subject of a clause of its own. */
function verbAfter(words: readonly Word[], np: NounPhrase): boolean {
  const w = words[tailEnd(np)];
  return w !== undefined && (w.pos === 'VERB' || w.pos === 'AUX');
}

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'although', 'though', 'if', 'unless', 'since', 'until', 'whereas', 'once', 'as']);

/** Openers of a fronted phrase: a preposition or a participle ("Under fire over ...", "Having met B, ..."). */
const PARTICIPLE = /(?:ing|ed|en)$/;

/** Whether word `at` stands in a phrase that opens the sentence, before its first comma. */
export function inFrontedPhrase(words: readonly Word[], at: number): boolean {
  const first = words.findIndex((w) => !isQuoteMark(w));
  const opener = words[first];
  if (!opener || first >= at || !(opener.pos === 'ADP' || (opener.pos === 'VERB' && PARTICIPLE.test(opener.lower)))) return false;
  return words.slice(first, at).every((w) => w.text !== ',');
}

/** A subordinator stands before `at` with no comma between: the words there belong to its clause. */
function afterSubordinator(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const w = words[k] as Word;
    if (w.text === ',') return false;
    if (SUBORDINATORS.has(w.lower) && (w.pos === 'SCONJ' || w.pos === 'ADP')) return true;
  }
  return false;
}
