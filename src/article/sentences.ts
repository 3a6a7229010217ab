// Splits an article into sentences with character offsets into the original text, in one pass.
// A line break ends a sentence (paragraphs, titles, datelines), except in hard-wrapped text where
// only blank lines do. Inside a paragraph a sentence ends at . ! ? (after any closing quotes or
// brackets) followed by space and a capital, a digit or an opening quote, unless the period
// belongs to an abbreviation ("Mr.", "Calif."), an initial ("J. R. Smith") or a dotted acronym
// ("U.S.") that the next word does not show to be the end of a sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../extract/types';

let abbreviations: Set<string> | undefined;
function isAbbreviation(word: string): boolean {
  abbreviations ??= new Set(
    readFileSync(join(__dirname, 'abbreviations.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
  return abbreviations.has(word.toLowerCase());
}

// Words that begin a new sentence after "U.S." rather than continuing a name ("U.S. Army").
const SENTENCE_OPENERS = new Set(
  'The A An He She It They We I You His Her Their Its But And In On At This That These Those There Some Many Most Officials Yet So Still However Meanwhile'.split(
    ' ',
  ),
);

/** Longer than any abbreviation, initial or dotted acronym. */
const MAX_WORD = 64;

const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", ')', ']', '\u00BB']);
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', '\u00AB']);

/** Sentences of the text, trimmed, in order, never empty. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  eachSentence(text, (index, start, end) => {
    sentences.push({ index, text: text.slice(start, end), start, end });
  });
  return sentences;
}

/**
 * The sentences splitSentences gives, one at a time, by number and offsets: a caller that keeps
 * few of a long article's sentences need not hold them all, nor cut their texts.
 */
export function eachSentence(text: string, take: (index: number, start: number, end: number) => void): void {
  let index = 0;
  const wrapped = isHardWrapped(text);
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) take(index++, start, end);
  };
  let start = 0;
  const n = text.length;
  // The run of punctuation and closers the current mark stands in ([i, runEnd)), where the next
  // word starts, and whether a sentence may end there: worked out once per run, so a line of
  // ten thousand dots costs ten thousand steps, not their square.
  let runEnd = -1;
  let runNext = -1;
  let runOpen = false;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      // In hard-wrapped text a single line break is only a space.
      if (wrapped && !/^\n[ \t]*(\r?\n|$)/.test(text.slice(i, i + 4)) && !isShortLine(text, i)) continue;
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (i >= runEnd) {
      let j = i + 1;
      while (j < n && (CLOSERS.has(text[j] ?? '') || text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
      let k = j;
      while (k < n && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00A0')) k++;
      const next = text[k] ?? '';
      // A space after the run, then on the same line a capital, a digit or an opening quote before one.
      const spaced = j < n && k > j && k < n && next !== '\n' && next !== '\r';
      runOpen = spaced && (/[\p{Lu}\p{N}]/u.test(next) || (OPENERS.has(next) && /[\p{Lu}\p{N}]/u.test(text[k + 1] ?? '')));
      runEnd = j;
      runNext = k;
    }
    if (!runOpen) {
      i = runEnd - 1;
      continue;
    }
    if (c === '.' && !endsSentence(text, i, runNext)) continue;
    push(start, runEnd);
    start = runNext;
    i = runNext - 1;
  }
  push(start, n);
}

/** Whether the period at `dot` ends a sentence, given the next word starting at `next`. */
function endsSentence(text: string, dot: number, next: number): boolean {
  let w = dot;
  // No abbreviation, initial or acronym is this long: a longer word ends its sentence.
  while (w > 0 && /[\p{L}\p{N}.]/u.test(text[w - 1] ?? '')) {
    if (dot - --w > MAX_WORD) return true;
  }
  const word = text.slice(w, dot);
  if (!word) return true;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0] ?? '';
  // Dotted acronyms ("U.S", "a.m") end a sentence only before a typical sentence opener.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENERS.has(nextWord);
  // A single capital is an initial ("J. R. Smith").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (isAbbreviation(word)) return false;
  return true;
}

/** A line much shorter than the wrap width ends its paragraph even in wrapped text. */
function isShortLine(text: string, newline: number): boolean {
  const lineStart = text.lastIndexOf('\n', newline - 1) + 1;
  return newline - lineStart < 40;
}

/**
 * Hard-wrapped text (old wire copy) breaks lines at a fixed width inside paragraphs: most lines
 * that run on into another line end within a few characters of the widest line, and they end
 * in the middle of a sentence (text with one sentence a line ends them with punctuation).
 */
function isHardWrapped(text: string): boolean {
  const lengths: number[] = [];
  let runOn = 0;
  let punctuated = 0;
  let pos = 0;
  while (pos < text.length && lengths.length < 400) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const len = end - pos;
    if (len > 120) return false;
    const nextStart = end + 1;
    const followedByText = nextStart < text.length && text[nextStart] !== '\n' && text[nextStart] !== '\r';
    if (len > 0 && followedByText) {
      lengths.push(len);
      if (/[.!?:"\u201D'\u2019]\s*$/.test(text.slice(Math.max(pos, end - 3), end))) punctuated++;
    }
    pos = end + 1;
  }
  if (lengths.length < 3) return false;
  const width = Math.max(...lengths);
  for (const len of lengths) if (len >= 50 && len >= width - 15) runOn++;
  return runOn / lengths.length > 0.6 && punctuated / lengths.length < 0.5;
}
