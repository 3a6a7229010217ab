// A name found in a candidate run, before coreference, and the word-level tests every
// classification pass shares. The lexicons the passes read are loaded once, on first use.
import type { EntityKind } from '../../types';
import { lexiconRows, lexiconSet } from '../lexicon';
import type { PlaceContext } from './lookup';
import type { Token } from './tokens';

export type PieceKind = EntityKind | 'unknown';

/** One name found in a run, before coreference. */
export interface Piece {
  tokens: Token[];
  kind: PieceKind;
  rule: string;
  /** 3: from data or a title; 2: a strong cue; 1: a guess from shape; 0: unknown. */
  strength: number;
  label?: string;
  identity?: string;
  /** A role title glued to the name ("Vice President"). */
  title?: string;
  /** The piece the title belongs to ("Abc" in "Mayor of Abc"), or a demonym's country. */
  roleOf?: Piece | { label: string; identity: string };
}

export interface RunContext extends PlaceContext {
  /** The word after the run ("said"), lowercased. */
  nextWord: string;
  /** The lowercase word before the run ("daily" in "the daily Abc"). */
  previousWord: string;
}

/** "Abc County", "Abc Parish": the last word of a county's name, which takes its state after a comma ("Abc County, Ky."). */
export const isCountyWord = (word: string): boolean => word === 'County' || word === 'Parish';

interface Cues {
  orgHeads: Set<string>;
  orgSuffixes: Set<string>;
  /** Region head words; true where the head needs a known place before it ("Abc State"). */
  regionHeads: Map<string, boolean>;
  /** Heads of administrative divisions, lowercased ("province"): a name before one in lower case is a region. */
  divisions: Set<string>;
  eastAsian: Set<string>;
  personVerbs: Set<string>;
  eventHeads: Set<string>;
  particles: Set<string>;
  teamSuffixes: Set<string>;
  clubSuffixes: Set<string>;
  venueHeads: Set<string>;
  /** Words opening names of features and installations, with the kind they give ("Mount": region). */
  placePrefixes: Map<string, 'region' | 'institution'>;
  abstractSuffixes: readonly string[];
  matterNouns: Set<string>;
  personNouns: Set<string>;
  institutionCues: Set<string>;
  /** Institution cues that are also a person's trade ("producer"). */
  personTrades: Set<string>;
}

let loaded: Cues | undefined;

export function cues(): Cues {
  loaded ??= {
    orgHeads: lexiconSet('org-heads'),
    orgSuffixes: lexiconSet('org-suffixes'),
    regionHeads: new Map(lexiconRows('region-heads').map((r) => [r[0] ?? '', r[1] === 'after-place'])),
    divisions: new Set(lexiconRows('region-heads').filter((r) => r[1] === 'division').map((r) => (r[0] ?? '').toLowerCase())),
    eastAsian: lexiconSet('east-asian-surnames'),
    personVerbs: lexiconSet('person-cue-verbs'),
    eventHeads: lexiconSet('event-heads'),
    particles: lexiconSet('name-particles'),
    teamSuffixes: lexiconSet('team-suffixes'),
    clubSuffixes: new Set(lexiconRows('team-suffixes').filter((r) => r[1] === 'club').map((r) => r[0] ?? '')),
    venueHeads: lexiconSet('venue-heads'),
    placePrefixes: new Map(lexiconRows('place-prefixes').map((r) => [r[0] ?? '', r[1] === 'institution' ? 'institution' : 'region'])),
    abstractSuffixes: [...lexiconSet('abstract-suffixes')],
    matterNouns: lexiconSet('matter-nouns'),
    personNouns: lexiconSet('person-nouns'),
    institutionCues: lexiconSet('institution-cues'),
    personTrades: new Set(lexiconRows('institution-cues').filter((r) => r[1] === 'trade').map((r) => r[0] ?? '')),
  };
  return loaded;
}

/** The tokens' words joined by spaces; built by hand, as most names are a word or two. */
export function words(tokens: readonly Token[]): string {
  let out = tokens[0]?.text ?? '';
  for (let k = 1; k < tokens.length; k++) out = `${out} ${(tokens[k] as Token).text}`;
  return out;
}
export const isWord = (t: Token): boolean => t.cap && !t.punct;
// Name words, with lowercase particles of personal names allowed inside ("Ada bin Lin").
const NOT_IN_PERSONAL_NAMES = new Set(['of', 'for', 'the', 'on', '&']);
export const isName = (tokens: readonly Token[]): boolean =>
  tokens.length > 0 &&
  isWord(tokens[0] as Token) &&
  isWord(tokens[tokens.length - 1] as Token) &&
  tokens.every((t) => isWord(t) || (cues().particles.has(t.text) && !NOT_IN_PERSONAL_NAMES.has(t.text)));
// A lone head word ("the Center") is a description, not a name.
/** Capitalised words in a name, particles not counted ("Ada da Lin" has two). */
export const nameWordCount = (tokens: readonly Token[]): number => tokens.filter(isWord).length;
export const hasOrgHead = (tokens: readonly Token[]): boolean => tokens.length > 1 && tokens.some((t) => cues().orgHeads.has(t.text));

