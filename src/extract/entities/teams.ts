// A place name that stands where a team stands is the team: before a score ("Abcton 2 Xyz 1",
// "Abcton 74 59"), as the subject of a result verb ("Abcton beat Xyz"), or after a fixture
// word ("lost to Abcton", "Abcton v Xyz"). People and countries keep their kind; a name with a
// nationality in brackets after it is a player ("Ada Quill (Kenya) beat ...").
import { lexiconRows } from '../lexicon';
import { isPeopleWord } from './lookup';
import type { Token } from './tokens';

let after: Set<string> | undefined;
let before: Set<string> | undefined;

// A number followed by one of these measures something; it is not a score.
const UNITS = new Set(['%', 'per', 'percent', 'pct', 'million', 'billion', 'trillion', 'years', 'year', 'people', 'km', 'miles', 'kg', 'tonnes', 'tons', 'dollars', 'feet', 'metres', 'meters', 'times', 'days', 'hours', 'minutes']);

export function isTeamContext(tokens: readonly Token[], at: number, length: number, place: boolean): boolean {
  if (!after || !before) {
    after = new Set();
    before = new Set();
    for (const [cue, where] of lexiconRows('team-cues')) (where === 'before' ? before : after).add(cue ?? '');
  }
  // One letter is an initial or a broken character ("signed for Â£4m"), never a team.
  if (length === 1 && (tokens[at]?.text.length ?? 0) < 2) return false;
  const next = tokens[at + length];
  const sameLine = (t: Token | undefined): t is Token => t !== undefined && !t.newline;
  if (!place && next?.text === '(') return false;
  if (sameLine(next) && after.has(next.text.toLowerCase())) return true;
  // "Abcton's Xyzian midfielder Ada Lin": a nationality may stand between a team's possessive and its player.
  const role = tokens[at + length + 1];
  if (tokens[at + length - 1]?.possessive && sameLine(next) && isPeopleWord(next.text) && sameLine(role) && after.has(role.text.toLowerCase())) return true;
  // "beat the Abcton Angels": the article may stand between the cue and the team.
  const skip = tokens[at - 1]?.text === 'the' ? 1 : 0;
  const one = tokens[at - 1 - skip];
  const two = tokens[at - 2 - skip];
  if (one && before.has(one.text.toLowerCase())) return true;
  if (one && two && before.has(`${two.text} ${one.text}`.toLowerCase())) return true;
  if (!sameLine(next) || !SCORE.test(next.text)) return false;
  const following = tokens[at + length + 1];
  return !sameLine(following) || !UNITS.has(following.text.toLowerCase());
}

const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;

