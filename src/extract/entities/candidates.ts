// Candidate names: maximal runs of capitalised tokens within a sentence, joined across
// lowercase name particles ("Bank of Abc", "Ada van Dijk") when a capitalised word follows.
// A possessive ("Abc's") or any punctuation ends a run. Sentences written in capitals or title
// case (headlines) are marked so that later passes only accept names known from elsewhere.
import { lexiconSet } from '../lexicon';
import { gazetteer, isFirstName, isKnownBody, isStopWord } from './gazetteer';
import { lookupKnown } from './lookup';
import { matchTitle } from './titles';
import type { Token } from './tokens';

export interface Run {
  tokens: Token[];
  /** Index of the run's first token in the article's token list. */
  at: number;
  sentence: number;
  /** The run starts at the first word of its sentence, where every word is capitalised. */
  initial: boolean;
  /** The sentence is a headline or shouted: capitals tell nothing there. */
  shouting: boolean;
}

let particles: Set<string> | undefined;
/** Particles that join the words of a body's name, never two personal-name particles. */
const BODY_PARTICLES = new Set(['of', 'for', 'the', 'on', '&']);
/** Particles after a body's head that open what the body is of or for. */
const BODY_OF = new Set(['of', 'on', 'for']);
let orgHeads: Set<string> | undefined;
let numberedHeads: Set<string> | undefined;

/** Runs of every sentence; `titleSentence` is the index of the headline sentence, if any. */
export function findRuns(tokens: readonly Token[], titleSentence: number | undefined): Run[] {
  particles ??= lexiconSet('name-particles');
  orgHeads ??= lexiconSet('org-heads');
  numberedHeads ??= lexiconSet('numbered-heads');
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const sentence = tokens[i]?.sentence ?? 0;
    let end = i;
    while (end < tokens.length && tokens[end]?.sentence === sentence) end++;
    const shouting = sentence === titleSentence || isShouting(tokens, i, end);
    collectRuns(tokens, i, end, shouting, runs);
    i = end;
  }
  return runs;
}

function collectRuns(tokens: readonly Token[], from: number, to: number, shouting: boolean, runs: Run[]): void {
  let firstWord = from;
  while (firstWord < to && tokens[firstWord]?.punct) firstWord++;
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (!t || !t.cap || t.punct) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i + 1;
    // "a Abc's Xyz economist": "a" never opens a possessive phrase, so the possessive is inside a name.
    const indefinite = /^an?$/i.test(tokens[i - 1]?.text ?? '');
    // "Abc County State's Attorney Ada Lin": a title may hold a possessive ("State's Attorney").
    while (j < to && (!run[run.length - 1]?.possessive || possessiveInName(run[run.length - 1] as Token, tokens[j]) || (matchTitle(tokens, j - 1)?.length ?? 0) > 1 || (indefinite && run.length === 1 && tokens[j]?.cap === true && !tokens[j]?.punct))) {
      const next = tokens[j];
      if (!next || next.newline) break;
      // "told the Abc Mr Lin": a form of address opens a new name.
      if (ADDRESS.test(next.text)) break;
      if (next.cap && !next.punct) {
        run.push(next);
        j++;
        continue;
      }
      // "Abc Radio 4", "Channel 5": a broadcaster's number is a word of its name.
      if (/^\d{1,3}$/.test(next.text) && numberedHeads?.has(run[run.length - 1]?.text ?? '')) {
        next.cap = true;
        run.push(next);
        j++;
        continue;
      }
      const joined = joinsAcross(tokens, j, to, run) || spelledOnward(tokens, j, to, run);
      if (joined) {
        for (let k = 0; k < joined; k++) run.push(tokens[j + k] as Token);
        j += joined;
        continue;
      }
      break;
    }
    // After a colon a new clause may start with a capital ("More: Can Abc Xyz ...").
    const initial = i === firstWord || tokens[i - 1]?.text === ':';
    runs.push({ tokens: run, at: i, sentence: t.sentence, initial, shouting });
    i = j;
  }
}

/** Forms of address that only ever open a person's name, never stand inside another name. */
const ADDRESS = /^(?:Mr|Mrs|Ms|Mx|Dr)\.?$/;

/** Adjective endings ("Economic", "Cultural", "Legislative"). */
const MODIFIER = /\p{L}{3}(?:ic|al|ive|ary)$/u;

/**
 * How many tokens a lowercase particle (or "of the") takes to join two parts of one name, when a
 * real name word follows; 0 when it does not join.
 */
function joinsAcross(tokens: readonly Token[], j: number, to: number, run: readonly Token[]): number {
  const particle = tokens[j];
  if (!particle || particle.text === 'the') return 0;
  // "Institute of Abc and Xyz Studies": "and" joins inside a body's "of" phrase, unless a
  // second body starts after it ("University of Abc and University of Xyz").
  if (particle.text === 'and') {
    const next = tokens[j + 1];
    // "Center on Abc and Xyz", "Fund for Abc and Xyz" too.
    const ofBody = run.some((t, k) => orgHeads?.has(t.text) && BODY_OF.has(run[k + 1]?.text ?? ''));
    // A title's portfolio too ("Minister of Trade and Industry"), unless a person's name follows.
    const ofTitle = !ofBody && !isFirstName(next?.text ?? '') && run.some((_, k) => run[k + 1]?.text === 'of' && matchTitle(run, k) !== undefined);
    // "Abc Economic and Trade Expo": a modifier before "and" shares the head after it; no person's
    // or place's name ends in an adjective.
    const last = run[run.length - 1]?.text ?? '';
    const modifier = MODIFIER.test(last) && gazetteer().englishWords.has(last.toLowerCase()) && !isFirstName(last);
    return (ofBody || ofTitle || modifier) && next?.cap && !next.punct && !orgHeads?.has(next.text) && j + 1 < to ? 1 : 0;
  }
  // "University of Abc at Xyz": a campus of a body's "of" name, when a known city follows.
  if (particle.text === 'at') {
    const ofBody = run.some((t, k) => orgHeads?.has(t.text) && run[k + 1]?.text === 'of');
    if (!ofBody) return 0;
    for (let n = Math.min(3, to - j - 1); n >= 1; n--) {
      const place = tokens.slice(j + 1, j + 1 + n);
      if (place.every((t) => t.cap && !t.punct) && lookupKnown(place.map((t) => t.text).join(' '), n, { locative: true })?.kind === 'city') return 1;
    }
    return 0;
  }
  if (!particles?.has(particle.text)) return 0;
  const ofThe = (particle.text === 'of' || particle.text === 'for') && tokens[j + 1]?.text === 'the';
  // "Ines de la Fuente", "Jan van der Berg": two particles of a personal name in a row.
  const second = tokens[j + 1]?.text ?? '';
  const twoParticles = !ofThe && !BODY_PARTICLES.has(particle.text) && particles.has(second) && !BODY_PARTICLES.has(second);
  const skip = ofThe || twoParticles ? 2 : 1;
  const after = tokens[j + skip];
  // "Mail on Sunday": a stop word after the particle joins only a name the data knows whole.
  const joins = after !== undefined && (!isStopWord(after.text) || isKnownBody([...run, particle, after].map((t) => t.text).join(' ')));
  return j + skip < to && after !== undefined && after.cap && !after.punct && joins ? skip : 0;
}

/** Small words a name's acronym may spell or skip ("Force in Abc", "Office for Abc and Xyz"). */
const SPELLED_PARTICLES = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'to', 'de', 'du', 'des', 'la', 'le', 'el']);
const MAX_SPELLED = 8;

/**
 * "the Office for Abc and Xyz in Qux (OAXQ)": a name runs on across small words when the acronym
 * in brackets after it spells the longer span and not the run (or its tail) alone. How many
 * tokens join; 0 if none.
 */
function spelledOnward(tokens: readonly Token[], j: number, to: number, run: readonly Token[]): number {
  let k = j;
  while (k < to && k - j < MAX_SPELLED && ((tokens[k]?.cap && !tokens[k]?.punct) || SPELLED_PARTICLES.has(tokens[k]?.text ?? ''))) k++;
  const acronym = tokens[k + 1];
  if (k === j || tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !acronym?.upper || !tokens[k - 1]?.cap) return 0;
  const letters = acronym.text.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 3) return 0;
  const onward = tokens.slice(j, k);
  // The acronym may spell the run's tail only ("Ada Lin of the Abc Force in Xyz (AFX)").
  for (let from = 0; from < run.length; from++) {
    const tail = run.slice(from);
    if (spells(letters, tail)) return 0;
    if (spells(letters, [...tail, ...onward])) return k - j;
  }
  return 0;
}

/**
 * Whether `letters` spell the words in order: every capitalised word gives its first letter (a word
 * in capitals may give all of its letters), a small word ("the", "in") gives its first letter or none.
 */
function spells(letters: string, words: readonly Token[], w = 0, p = 0): boolean {
  if (w === words.length) return p === letters.length;
  const word = words[w] as Token;
  if ((!word.cap || SPELLED_PARTICLES.has(word.text.toLowerCase())) && spells(letters, words, w + 1, p)) return true;
  if (word.text[0]?.toUpperCase() !== letters[p]) return false;
  if (word.upper && word.text.length > 1 && letters.startsWith(word.text, p) && spells(letters, words, w + 1, p + word.text.length)) return true;
  return spells(letters, words, w + 1, p + 1);
}

// Heads of bodies named for a cause ("Abc's Society", a disease named after its discoverer).
const CAUSE_HEADS = new Set(['Association', 'Society']);

/**
 * "Women's Centre", "Children's Hospital", "Abc's Society": a possessive common plural noun before
 * an organisation head, or a word that is no first name before the head of a body named for a
 * cause, belongs to the name, unlike "Abc's Mayor" where Abc is a place.
 */
function possessiveInName(token: Token, next: Token | undefined): boolean {
  if (!next?.cap || !orgHeads?.has(next.text) || lookupKnown(token.text, 1, { locative: false })) return false;
  return gazetteer().englishWords.has(token.text.toLowerCase()) || (CAUSE_HEADS.has(next.text) && !isFirstName(token.text));
}

const LETTER = /\p{L}/u;
/** Whether a word holds a letter; one starting with an ASCII letter is answered without the regex. */
function hasLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || LETTER.test(text);
}

/** Most words capitalised: a headline in capitals or title case. */
function isShouting(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let upper = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.punct || !hasLetter(t.text)) continue;
    words++;
    if (t.upper && t.text.length > 1) upper++;
  }
  return words >= 3 && upper / words > 0.6;
}
