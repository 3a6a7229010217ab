// What a frame reads when a cue fires: the sentence's parse, the predicate or noun phrase the cue
// belongs to, its modality, and the document (entities, chains); and what a frame returns.
import type { EntityKind } from '../../types';
import type { Chains, RoleFact } from '../chains';
import type { Modality, NounPhrase, Predicate, SentenceParse } from '../parse/types';
import type { ArticleContext } from '../types';
import type { CueMatch } from './cue-index';

export interface Doc {
  ctx: ArticleContext;
  parses: readonly SentenceParse[];
  chains: Chains;
  /** The chains' roles of each person and of each sentence, in order: frames ask for these per phrase. */
  rolesByPerson: ReadonlyMap<string, readonly RoleFact[]>;
  rolesBySentence: ReadonlyMap<number, readonly RoleFact[]>;
  kindOf: ReadonlyMap<string, EntityKind>;
  /** Institutions whose names or surroundings make them news outlets. */
  outlets: ReadonlySet<string>;
  /** Meetings found so far, in text order, with everyone taking part (for "joined the talks"). */
  meetings: Array<{ sentence: number; participants: string[] }>;
}

export interface Site {
  parse: SentenceParse;
  match: CueMatch;
  /** A verb cue: the predicate whose main verb it holds. */
  predicate?: Predicate;
  /** A noun cue: the phrase it stands in. */
  np?: NounPhrase;
  modality: Modality;
}

/** One end of a relation: a phrase (its entities) or an entity id. */
export type Party = NounPhrase | string;

/** Every source paired with every target. */
export interface Pairing {
  sources: readonly Party[];
  targets: readonly Party[];
  role?: string;
  /** Overrides the site's modality (a frame that reads its own). */
  modality?: Modality;
}

export type Frame = (site: Site, doc: Doc) => Pairing[];

/** A frame run on every sentence, with no cue. */
export type SentenceFrame = (parse: SentenceParse, doc: Doc) => Pairing[];
