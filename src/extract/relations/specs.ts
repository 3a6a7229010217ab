// The relations as data: each names its cue lexicons (a row: the cue, then the frames that find
// its arguments, or the lexicon's default frames), the frames run on every sentence, and how a
// plan is reported. Direction and the kinds each end may have come from the contract
// (src/schema.ts); a denied statement ("did not meet") never makes an edge.
import type { RelationType } from '../../types';
import type { LexiconName } from '../lexicon';

export interface CueSource {
  lexicon: LexiconName;
  /** Frames for rows that name none. */
  frames?: readonly string[];
}

export interface RelationSpec {
  relation: RelationType;
  cues: readonly CueSource[];
  /** Frames run on every sentence with no cue. */
  always: readonly string[];
  /** A planned or hoped-for statement: marked `status: "planned"`, kept as a fact, or dropped. */
  plans: 'status' | 'fact' | 'drop';
  /**
   * Everyone one cue brings together is paired with everyone else when they are a small group
   * (at most five: one table), unless the sentence says they met apart (separately-cues.txt).
   */
  group?: boolean;
}

export const SPECS: readonly RelationSpec[] = [
  { relation: 'met-with', cues: [{ lexicon: 'meeting-verbs' }], always: [], plans: 'status', group: true },
  {
    relation: 'quoted-by',
    cues: [{ lexicon: 'speech-verbs', frames: ['speaker-channel', 'outlet-reports'] }, { lexicon: 'report-cues' }],
    always: ['outlet-possessor', 'outlet-journalist', 'according-to', 'interview-setting'],
    plans: 'fact',
  },
  // A twinning is a standing state: plans around it do not make it less so.
  { relation: 'sister-city', cues: [{ lexicon: 'sister-city-cues' }], always: [], plans: 'fact' },
  { relation: 'affiliated-with', cues: [], always: ['role-facts'], plans: 'fact' },
  { relation: 'visited', cues: [{ lexicon: 'visit-cues' }], always: ['fronted-place', 'set-off-place', 'visiting-guest'], plans: 'status' },
  { relation: 'located-in', cues: [{ lexicon: 'seat-cues' }], always: ['place-comma', 'place-in', 'place-noun-of', 'place-possessive', 'place-based', 'place-apposition', 'place-body-noun'], plans: 'fact' },
];
