// What the article calls each person it names, by title or apposition: "Actor A", "Abc
// midfielder B", "C, a comedian,", "D, star of Xyz": the head nouns of those descriptions, so a
// later "the 60-year-old actor" or "the comedian" can be told apart from the others named.
import { lookupDemonym } from '../entities/lookup';
import { isRoleWord } from '../entities/titles';
import { lexiconRows } from '../lexicon';
import type { NounPhrase, SentenceParse, Word } from '../parse/types';
import { lastWord } from '../parse/words';

export interface TraitFact {
  person: string;
  /** The noun, lowercased and singular ("actor", "midfielder"). */
  noun: string;
  sentence: number;
}

let personNouns: Map<string, string> | undefined;
/** Person nouns and the title each means (itself, or "pope" for "pontiff"). */
const nounMeanings = (): Map<string, string> => (personNouns ??= new Map(lexiconRows('person-nouns').map(([noun = '', title]) => [noun, title ?? noun])));

/** Whether a word is a person noun ("singer", "defender"). */
export const isPersonNoun = (word: string): boolean => nounMeanings().has(word);

/** Whether a word names a person: a role, a nationality ("Frenchman", "Austrian") or a person noun ("man", "star"). */
export function isPersonHead(word: Word): boolean {
  return nounMeanings().has(word.lower) || isRoleWord(word.text) || lookupDemonym(word.text) !== undefined;
}

const singular = (noun: string): string => noun.replace(/(?<=\p{L}{3})s$/u, '');

/** What a person noun means as a title ("pontiff" → "pope"), singular. */
const meaning = (word: string): string => nounMeanings().get(word) ?? singular(word);

/** The person nouns a description's head or a name's title words give. */
export function nounsOf(words: readonly Word[], from: number, to: number): string[] {
  return words.slice(from, to).filter(isPersonHead).map((w) => meaning(w.lower));
}

/** Trait facts of one sentence: title words before each person's name, and the head of a description in apposition. */
export function traitsOf(parse: SentenceParse): TraitFact[] {
  const out: TraitFact[] = [];
  for (const np of parse.nps) {
    if (np.form !== 'name' || np.kind !== 'person') continue;
    const person = np.refs[0] as string;
    // "Pope Abc": a title may open the name itself.
    const titled = np.nameStart + 1 < np.end && isRoleWord(parse.words[np.nameStart]?.text ?? '') ? np.nameStart + 1 : np.nameStart;
    const nouns = nounsOf(parse.words, np.start, titled);
    const d: NounPhrase | undefined = np.appositive?.form === 'description' ? np.appositive : undefined;
    const head = d ? parse.words[d.end - 1] : undefined;
    if (d && head && isPersonHead(head) && lastWord(d.lower) === head.lower) nouns.push(meaning(head.lower));
    for (const noun of nouns) out.push({ person, noun, sentence: parse.sentence.index });
  }
  return out;
}

/**
 * "the pontiff", "the comedian", "the former striker": a description headed by a person noun
 * stands for the one person the article gave that noun (or the title it means), else, with no one
 * given it, for the person the text is about (`topic`).
 */
export function resolveTrait(np: NounPhrase, parse: SentenceParse, facts: { readonly traits: readonly TraitFact[] }, topic: (np: NounPhrase, parse: SentenceParse) => string[]): string[] {
  if (np.form !== 'description' || np.possessor || np.qualifiers.length || parse.words[np.start]?.lower !== 'the') return [];
  const head = parse.words[np.end - 1];
  if (!head || head.lower !== lastWord(np.lower) || !isPersonNoun(head.lower)) return [];
  if (!parse.words.slice(np.start + 1, np.end - 1).every((w) => w.pos === 'ADJ')) return [];
  const noun = meaning(head.lower);
  const s = parse.sentence.index;
  const called = new Set(facts.traits.filter((t) => t.sentence <= s && t.noun === noun).map((t) => t.person));
  if (called.size) return called.size === 1 ? [...called] : [];
  return topic(np, parse);
}
