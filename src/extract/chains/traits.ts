// What the article calls each person it names, by title or apposition: "Actor A", "Abc
// midfielder B", "C, a comedian,", "D, star of Xyz": the head nouns of those descriptions, so a
// later "the 60-year-old actor" or "the comedian" can be told apart from the others named.
import { lookupDemonym } from '../entities/lookup';
import { lexiconSet } from '../lexicon';
import type { NounPhrase, SentenceParse, Word } from '../parse/types';
import { lastWord } from '../parse/words';
import { isRoleWord } from './role-words';

export interface TraitFact {
  person: string;
  /** The noun, lowercased and singular ("actor", "midfielder"). */
  noun: string;
  sentence: number;
}

let personNouns: Set<string> | undefined;

/** Whether a word names a person: a role, a nationality ("Frenchman", "Austrian") or a person noun ("man", "star"). */
export function isPersonHead(word: Word): boolean {
  personNouns ??= lexiconSet('person-nouns');
  return personNouns.has(word.lower) || isRoleWord(word.text) || lookupDemonym(word.text) !== undefined;
}

const singular = (noun: string): string => noun.replace(/(?<=\p{L}{3})s$/u, '');

/** The person nouns a description's head or a name's title words give. */
export function nounsOf(words: readonly Word[], from: number, to: number): string[] {
  return words.slice(from, to).filter(isPersonHead).map((w) => singular(w.lower));
}

/** Trait facts of one sentence: title words before each person's name, and the head of a description in apposition. */
export function traitsOf(parse: SentenceParse): TraitFact[] {
  const out: TraitFact[] = [];
  for (const np of parse.nps) {
    if (np.form !== 'name' || np.kind !== 'person') continue;
    const person = np.refs[0] as string;
    const nouns = nounsOf(parse.words, np.start, np.nameStart);
    const d: NounPhrase | undefined = np.appositive?.form === 'description' ? np.appositive : undefined;
    const head = d ? parse.words[d.end - 1] : undefined;
    if (d && head && isPersonHead(head) && lastWord(d.lower) === head.lower) nouns.push(singular(head.lower));
    for (const noun of nouns) out.push({ person, noun, sentence: parse.sentence.index });
  }
  return out;
}
