// Body descriptions to bodies: "Abc Holdings lost its appeal. The firm told Reuters ...", "the
// club said in a statement to Xyz", "the ministry told reporters". A definite description whose
// head is a body noun (body-nouns.txt) stands for the article's body it fits that the text has
// just spoken of: a subject in its own sentence before it, else of a recent sentence; not when
// the text has since brought in a body of that sort it does not name ("a group campaigning for
// savers ... the group's channel").
import { lexiconRows, lexiconSet } from '../lexicon';
import type { NounPhrase, SentenceParse } from '../parse/types';
import type { Sentence } from '../types';
import { lastWord } from '../parse/words';
import type { Discourse, Sighting } from './discourse';

let relayWords: Set<string> | undefined;

/** Sentences back a body description may reach. */
export const REACH = 3;

let nouns: Map<string, 'any' | 'named'> | undefined;
const bodyNouns = (): Map<string, 'any' | 'named'> =>
  (nouns ??= new Map(lexiconRows('body-nouns').map(([noun = '', fit = '']) => [noun, fit === 'named' ? 'named' : 'any'])));

/** Whether a word is a body noun ("firm", "club", "ministry"). */
export const isBodyNoun = (word: string): boolean => bodyNouns().has(word);

let reference: RegExp | undefined;
/** "the firm", "the Abcian company", "a company spokesman": a sentence that may refer back to a body by a body noun. */
export const mayReferToBody = (text: string): boolean => {
  if (!reference) {
    const nouns = [...bodyNouns().keys()].join('|');
    relayWords ??= lexiconSet('relay-words');
    reference = new RegExp(`\\bthe (?:[\\w-]+ ){0,2}?(?:${nouns})\\b|\\ba (?:${nouns}) (?:${[...relayWords].join('|')})\\b`, 'i');
  }
  return reference.test(text);
};

/** Whether a body noun may stand for a body whose name does not hold it ("firm", "team"; not "committee"). */
export const isAnyBodyNoun = (word: string): boolean => bodyNouns().get(word) === 'any';

export interface BodyContext {
  /** Institution id → its label and aliases, lowercased words. */
  names: ReadonlyMap<string, readonly string[]>;
  outlets: ReadonlySet<string>;
  text: string;
  sentences: readonly Sentence[];
}

/** Does the body fit the noun: its name holds the noun, or the noun takes any body whose name holds no named noun. */
function fits(noun: string, body: string, ctx: BodyContext): boolean {
  const words = ctx.names.get(body);
  if (!words || ctx.outlets.has(body)) return false;
  if (words.includes(noun)) return true;
  return bodyNouns().get(noun) === 'any' && !words.some((w) => bodyNouns().get(w) === 'named');
}

const SEATED = new Set(['based', 'headquartered']);

/** The words of a place glued on as "Abc-based" in a description ("the Abc-based firm"): its first word and the word after "based". */
function seatedSpan(np: NounPhrase, parse: SentenceParse): [number, number] | undefined {
  const q = np.qualifiers[0];
  if (np.qualifiers.length !== 1 || !q || !['city', 'country', 'region'].includes(q.kind)) return undefined;
  return parse.words[q.end]?.text === '-' && SEATED.has(parse.words[q.end + 1]?.lower ?? '') ? [q.start, q.end + 2] : undefined;
}

/**
 * The body noun a phrase is headed by, when it is "the" and that noun with at most adjectives
 * between ("the Japanese firm"), or a place it is based in ("the Abc-based firm").
 */
function bodyNounOf(np: NounPhrase, parse: SentenceParse): string | undefined {
  const seated = seatedSpan(np, parse);
  if (np.form !== 'description' || (np.qualifiers.length && !seated) || np.possessor) return undefined;
  // "The Abc", a capitalised name, is no description.
  if (parse.words[np.start]?.lower !== 'the' || /^\p{Lu}/u.test(parse.words[np.head]?.text ?? '')) return undefined;
  // "the group of investors", "the side of the road": a phrase with "of" after it is something else.
  if (np.post[0]?.prep === 'of' || np.appositive) return undefined;
  const head = lastWord(np.lower);
  if (!bodyNouns().has(head)) return undefined;
  for (let i = np.start + 1; i < np.end - 1; i++) {
    const pos = parse.words[i]?.pos;
    if (pos !== 'ADJ' && pos !== 'PROPN' && !(seated && i >= seated[0] && i < seated[1])) return undefined;
  }
  return head;
}

const unnamedPatterns = new Map<string, RegExp>();
/** "a group", "another Abcian firm": a body of the noun's sort brought in without a name (one pattern per noun, made once). */
function unnamedOf(noun: string): RegExp {
  let pattern = unnamedPatterns.get(noun);
  if (!pattern) {
    pattern = new RegExp(`\\b(?:a|an|another)\\s+(?:[\\w'-]+\\s+){0,3}?${noun}\\b`, 'i');
    unnamedPatterns.set(noun, pattern);
  }
  return pattern;
}

export function resolveBody(np: NounPhrase, parse: SentenceParse, discourse: Discourse, ctx: BodyContext): string[] {
  const noun = bodyNounOf(np, parse);
  return noun ? bodyFor(noun, np, parse, discourse, ctx) : [];
}

/**
 * "A company spokesman told Abc", "a club official said": a body noun before a word through which
 * a body speaks (relay-words.txt) stands for the body the text has just spoken of, as "the firm"
 * does. Gives that body as a qualifier of the phrase, as if it were named there ("an Abc spokesman").
 */
export function resolveRelayBody(np: NounPhrase, parse: SentenceParse, discourse: Discourse, ctx: BodyContext): void {
  relayWords ??= lexiconSet('relay-words');
  const k = np.head - 1;
  const word = parse.words[k];
  const opener = parse.words[np.start]?.lower;
  if (np.form !== 'description' || np.possessor || np.qualifiers.length || k !== np.start + 1 || (opener !== 'a' && opener !== 'the')) return;
  if (!word || !isBodyNoun(word.text) || !relayWords.has(parse.words[np.head]?.lower ?? '')) return;
  const [body] = bodyFor(word.text, np, parse, discourse, ctx);
  if (body) np.qualifiers.push({ entity: body, kind: 'institution', start: k, end: k + 1 });
}

/** The body a body noun at phrase `np` stands for: a subject before it in its sentence, else the body recent sentences go on about. */
function bodyFor(noun: string, np: NounPhrase, parse: SentenceParse, discourse: Discourse, ctx: BodyContext): string[] {
  const s = parse.sentence.index;
  const at = parse.words[np.start]?.start ?? parse.sentence.start;
  const unnamed = unnamedOf(noun);
  /** Whether a body of that sort the text does not name came in between ("a group campaigning ..."). */
  const since = (from: number): boolean => unnamed.test(ctx.text.slice(from, at));
  const fitting = (x: Sighting): boolean => x.kind === 'institution' && !x.quoted && fits(noun, x.entity, ctx);
  // "The Pentagon barred the Abc-based firm": a place-based description re-describes a body only
  // when just one body that fits is in sight, the sentence's own included.
  if (seatedSpan(np, parse)) {
    const seen = new Set([...discourse.inSentence(s).filter((x) => x.start < np.start), ...discourse.before(s, REACH)].filter(fitting).map((x) => x.entity));
    return seen.size === 1 && !since(ctx.sentences[Math.max(0, s - REACH)]?.start ?? at) ? [...seen] : [];
  }
  // "Abc, the country's third-biggest lender, is scouting for a partner, the firm told Reuters."
  const before = discourse.inSentence(s).filter((x) => x.start < np.start && fitting(x));
  const own = before.find((x) => x.subject);
  if (own) return since(parse.words[own.start]?.start ?? at) ? [] : [own.entity];
  if (before.length) return [];
  const recent = [...discourse.before(s, REACH)].reverse().filter(fitting);
  // A body only mentioned ("to get Abc approval") is not what the text goes on about; the object
  // of a main verb is, when no other body of that sort is in sight ("Regulators fined Abc
  // Holdings. The firm said it would appeal").
  const only = new Set(recent.map((x) => x.entity)).size === 1 ? recent.find((x) => x.mainObject) : undefined;
  const meant = recent.find((x) => x.main) ?? recent.find((x) => x.subject) ?? only;
  return meant && !since(ctx.sentences[meant.sentence]?.start ?? at) ? [meant.entity] : [];
}
