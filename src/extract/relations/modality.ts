// Whether a relation cue is stated as done, as planned or hoped for, or denied: read from the
// few words before the cue inside its own clause ("did not meet", "is expected to visit").
import { findCues } from './cues';

export type Modality = 'fact' | 'planned' | 'negated';

/** Marks that start a new clause: the lead-in of a cue never reaches back past one. */
const CLAUSE_MARK = /[.;:!?()"“”]|,\s|\s[–—]\s|--|\b(?:and|but|while|whereas|who|which|that|after|before|when|because|although|said|says)\b/gi;

const WINDOW_WORDS = 6;

/** The last few words before a cue, cut at the start of the cue's clause. */
export function leadIn(before: string): string {
  const words = before.split(/\s+/).slice(-(WINDOW_WORDS + 1)).join(' ');
  let cut = 0;
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(words); m; m = CLAUSE_MARK.exec(words)) cut = m.index + m[0].length;
  return words.slice(cut);
}

/** A denial verb, what it denies ("a report by Abc"), then "that" opening the clause of the cue. */
const DENIED_THAT = /\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects)\s+((?:[^.;:!?"“”]{0,60}\s)?)that\s+([^.;:!?"“”]{0,60})$/i;

/** "A denied a report that he had met B": the cue sits in the clause that a denial governs. */
function deniedReport(before: string): boolean {
  const m = DENIED_THAT.exec(before.slice(-160));
  if (!m) return false;
  // The denial governs the clause only if no new statement starts between them ("..., but said that").
  return !/\b(?:said|says|told|tells|but|and|added|confirmed)\b|,/i.test(m[1] ?? '') && !/\b(?:said|says|told|tells|but)\b|,/i.test(m[2] ?? '');
}

/**
 * The modality of a cue given the sentence text before it. A cue that is itself a
 * negation or planned word ("denied meeting") is checked by its lead-in too.
 */
export function modalityOf(before: string): Modality {
  const window = leadIn(before);
  if (findCues('negation-cues', window).length || deniedReport(before)) return 'negated';
  if (findCues('planned-cues', window).length) return 'planned';
  return 'fact';
}

/** Marks that end the clause a cue opens, looking forward ("and" may join its participants). */
const CLAUSE_END = /[.;:!?"“”]|\b(?:but|while|whereas|after|before|because|although|when|which|who|said|says)\b/i;

/** True when the cue's own clause goes on to call it off ("a meeting ... was cancelled"). */
export function calledOff(after: string): boolean {
  const end = CLAUSE_END.exec(after);
  return findCues('called-off-cues', end ? after.slice(0, end.index) : after).length > 0;
}
