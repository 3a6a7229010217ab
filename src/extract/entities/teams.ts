// A place name that stands where a team stands is the team: before a score ("Abcton 2 Xyz 1",
// "Abcton 74 59"), as the subject of a result verb ("Abcton beat Xyz"), or after a fixture
// word ("lost to Abcton", "Abcton v Xyz"). People and countries keep their kind; a name with a
// nationality in brackets after it is a player ("Ada Quill (Kenya) beat ...").
import { lexiconRows } from '../lexicon';
import { isPeopleWord } from './lookup';
import type { Token } from './tokens';

let after: Set<string> | undefined;
let afterPlace: Set<string> | undefined;
let before: Set<string> | undefined;
let beforePlace: Set<string> | undefined;

// A number followed by one of these measures something; it is not a score.
const UNITS = new Set(['%', 'per', 'percent', 'pct', 'million', 'billion', 'trillion', 'years', 'year', 'people', 'km', 'miles', 'kg', 'tonnes', 'tons', 'dollars', 'feet', 'metres', 'meters', 'times', 'days', 'hours', 'minutes']);

export function isTeamContext(tokens: readonly Token[], at: number, length: number, place: boolean): boolean {
  if (!after || !afterPlace || !before || !beforePlace) {
    after = new Set();
    afterPlace = new Set();
    before = new Set();
    beforePlace = new Set();
    const sets: Record<string, Set<string>> = { before, place: afterPlace, 'before-place': beforePlace };
    for (const [cue = '', where = ''] of lexiconRows('team-cues')) (sets[where] ?? after).add(cue);
  }
  // One letter is an initial or a broken character ("signed for Â£4m"), never a team.
  if (length === 1 && (tokens[at]?.text.length ?? 0) < 2) return false;
  const next = tokens[at + length];
  const sameLine = (t: Token | undefined): t is Token => t !== undefined && !t.newline;
  if (!place && next?.text === '(') return false;
  if (sameLine(next) && (after.has(next.text.toLowerCase()) || (place && afterPlace.has(next.text)))) return true;
  // "Abcton's Xyzian midfielder Ada Lin": a nationality may stand between a team's possessive and its player.
  const role = tokens[at + length + 1];
  if (tokens[at + length - 1]?.possessive && sameLine(next) && isPeopleWord(next.text) && sameLine(role) && after.has(role.text.toLowerCase())) return true;
  // "Abcton are fourth", "Abcton have won": a place's name alone takes a plural verb only as a team.
  if (place && length === 1 && sameLine(next) && PLURAL_VERBS.has(next.text) && opensClause(tokens[at - 1], tokens[at])) return true;
  // "beat the Abcton Angels": the article may stand between the cue and the team.
  if (cueBefore(tokens, at, before)) return true;
  // "losses to Abcton and Xyz": a cue before a list of places reaches every name in it.
  if (place) {
    const first = listStart(tokens, at);
    if ((first !== at && cueBefore(tokens, first, before)) || cueBefore(tokens, first, beforePlace)) return true;
  }
  if (!sameLine(next) || !SCORE.test(next.text)) return false;
  const following = tokens[at + length + 1];
  return !sameLine(following) || !UNITS.has(following.text.toLowerCase());
}

function cueBefore(tokens: readonly Token[], at: number, cues: ReadonlySet<string>): boolean {
  const skip = tokens[at - 1]?.text === 'the' ? 1 : 0;
  const one = tokens[at - 1 - skip];
  const two = tokens[at - 2 - skip];
  if (one && cues.has(one.text.toLowerCase())) return true;
  return one !== undefined && two !== undefined && cues.has(`${two.text} ${one.text}`.toLowerCase());
}

const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;

const PLURAL_VERBS = new Set(['are', 'have', 'were']);
// Words after which a name starts a clause as its subject (not a preposition's object, as in
// "rents in Abcton are high", nor a list's last name, as in "Abcton and Xyz are").
const CLAUSE_OPENERS = new Set(['but', 'as', 'while', 'when', 'after', 'before', 'since', 'because', 'although', 'though', 'so', 'yet', 'until', 'if']);

function opensClause(before: Token | undefined, name: Token | undefined): boolean {
  if (before === undefined || name === undefined || name.newline || before.sentence !== name.sentence) return true;
  if (before.punct) return before.text !== ',';
  return CLAUSE_OPENERS.has(before.text);
}

/** Where a list of names ("Abc, Xyz and Qrs") that ends in the name at `at` starts. */
function listStart(tokens: readonly Token[], at: number): number {
  let start = at;
  for (;;) {
    const joint = tokens[start - 1];
    if (joint === undefined || (joint.text !== 'and' && joint.text !== ',')) return start;
    let k = start - 1;
    while (k > 0 && tokens[k - 1]?.cap && !tokens[k - 1]?.punct && tokens[k - 1]?.sentence === joint.sentence) k--;
    if (k === start - 1) return start;
    start = k;
  }
}

