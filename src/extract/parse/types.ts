// The shallow parse of one sentence that every relation rule reads: words with part-of-speech
// tags, noun phrases (names, pronouns, descriptions) with what qualifies them, verb groups with
// their voice and modality, clauses, and the predicates that tie verbs and cue nouns to their
// arguments. Indices are word positions within the sentence; offsets are article offsets.
import type { EntityKind } from '../../types';
import type { Sentence } from '../types';
import type { Pos } from './tagger';

export interface Word {
  text: string;
  /** Lowercased, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  pos: Pos;
  /** Inside a quotation. */
  quoted: boolean;
}

export type NounForm = 'name' | 'pronoun' | 'description';

/** A noun phrase: the words [start, end), the head last. */
export interface NounPhrase {
  id: number;
  start: number;
  end: number;
  /** Word index of the head. */
  head: number;
  /** Word index where the head name starts (the head itself for other phrases). */
  nameStart: number;
  form: NounForm;
  /** The entity a name stands for; set on pronouns and descriptions by document coreference. */
  refs: string[];
  /** Kind of the head name's entity, or of the entities a reference resolved to. */
  kind?: EntityKind;
  /** Names qualifying the head inside the phrase ("White House" in "White House adviser A"). */
  qualifiers: Array<{ entity: string; kind: EntityKind; start: number; end: number }>;
  /** Lowercased words before the head that are not names ("the", "senior", "adviser"). */
  modifiers: string[];
  /** The phrase that owns this one ("Kim" in "Kim's aide", "his" in "his meeting"). */
  possessor?: NounPhrase;
  /** Followed by a possessive "'s": this phrase qualifies the next one. */
  possessive: boolean;
  /** Followed by "'s" and a quotation it owns ("Abc's “courage”"): it stands alone, but names the owner, not the thing. */
  ownsQuotation?: boolean;
  /** Prepositional phrases right after this one ("of X", "at Y"), in order. */
  post: PrepPhrase[];
  /** The phrase this one stands in apposition to ("A, the mayor of X"), both ways. */
  appositive?: NounPhrase;
  /** Phrases coordinated with this one ("A, B and C"); the same array object for every member. */
  list?: NounPhrase[];
  /** Governed by a preposition ("with A"). */
  prep?: string;
  /** The pronoun's or description's text, lowercased (for coreference and --explain). */
  lower: string;
}

export interface PrepPhrase {
  /** The preposition, lowercased ("with", "according to", "on behalf of"). */
  prep: string;
  np: NounPhrase;
}

export type Modality = 'fact' | 'planned' | 'negated';

/** Auxiliaries, adverbs and verbs ending in a main verb ("is expected to meet"). */
export interface VerbGroup {
  start: number;
  end: number;
  /** Word index of the main (last) verb. */
  main: number;
  voice: 'active' | 'passive';
  modality: Modality;
}

export type ClauseKind = 'main' | 'relative' | 'subordinate' | 'participle' | 'complement' | 'quote' | 'reporting';

export interface Clause {
  id: number;
  kind: ClauseKind;
  start: number;
  end: number;
  /** Relative clauses: the phrase "who"/"which" stands for. */
  antecedent?: NounPhrase;
  /** The clause whose subject a subjectless clause shares (participles, coordinated verbs). */
  parent?: Clause;
  /** The subordinator or relative word that opens it ("after", "who"). */
  opener?: string;
}

/** A verb or a cue noun with its arguments, as the relation specs read them. */
export interface Predicate {
  /** Word index of the main verb (or cue noun) [start, end). */
  start: number;
  end: number;
  /** Where its verb group starts ("expressing" in "expressing hopes"). */
  group: number;
  /** The cue's words, lowercased and single-spaced ("held talks", "meeting"). */
  cue: string;
  type: 'verb' | 'noun';
  voice: 'active' | 'passive';
  modality: Modality;
  clause: Clause;
  subject: NounPhrase[];
  object: NounPhrase[];
  preps: PrepPhrase[];
  /** For a noun cue: the phrase it heads. */
  np?: NounPhrase;
}

export interface SentenceParse {
  sentence: Sentence;
  words: Word[];
  nps: NounPhrase[];
  verbs: VerbGroup[];
  clauses: Clause[];
  /** Clause of each word. */
  clauseOf: Clause[];
  predicates: Predicate[];
  /** The person a quotation in this sentence is attributed to, by quote start word. */
  speakers: Map<number, NounPhrase>;
}
