// The tagger's words learn whether each stands inside a quotation.
// Straight quotes pair up in order, curly quotes open and close (single curly quotes too, but
// a lone ’ closes only a quotation that ‘ opened: elsewhere it is an apostrophe). A quotation
// opened in an earlier sentence of the same paragraph is still open; none runs past a line break,
// and a sentence that opens on a straight quote starts a new one.
import type { Word } from './types';

const OPEN = new Set(['“', '«', '‘']);
const CLOSE = new Set(['”', '»', '’']);

/** Carries quotation state from one sentence to the next. */
export interface QuoteState {
  /** The mark that opened the quotation still open, if any. */
  open: string | undefined;
  /** End offset of the previous sentence. */
  lastEnd: number;
}

/** Whether a line break lies in text[from, to): read in place, no slice (the gap between sentences is short). */
export function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Marks the quoted words of one sentence, in place. */
export function markQuotes(tokens: Word[], text: string, state: QuoteState, sentenceStart: number): Word[] {
  if (breaksBetween(text, state.lastEnd, sentenceStart)) state.open = undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Word;
    const c = t.text;
    let quoted = state.open !== undefined;
    // Every quotation mark is one character: a longer word only takes the state as it is.
    if (c.length !== 1) {
      t.quoted = quoted;
      continue;
    }
    // A straight single quote standing alone opens after a space and closes before one.
    const prev = tokens[k - 1];
    const single = c === "'" && t.pos === 'PUNCT';
    if (single && !state.open && (!prev || prev.end < t.start || OPEN.has(prev.text))) {
      state.open = c;
      quoted = true;
    } else if (single && state.open === "'") {
      state.open = undefined;
      quoted = true;
    } else if (k === 0 && c === '"' && state.open === '"') {
      // A sentence opening on a straight quote while one is still open starts a new quotation: the
      // last one ran to its paragraph's end unclosed, as news writes it, and the paragraphs were
      // run together ('… potential. "It is wrong," she said.').
      quoted = true;
    } else if (!state.open && (OPEN.has(c) || c === '"')) {
      state.open = c;
      quoted = true;
    } else if (state.open && (c === '’' ? state.open === '‘' : CLOSE.has(c) || c === '"')) {
      state.open = undefined;
      quoted = true;
    }
    t.quoted = quoted;
  }
  // An unclosed quotation runs to the end of the sentence, and on into the paragraph.
  state.lastEnd = tokens.length ? (tokens[tokens.length - 1]?.end ?? sentenceStart) : sentenceStart;
  return tokens;
}

const LOWER_START = /^\p{Ll}/u;

/** Whether a word starts with a lower-case letter; plain ASCII is answered without the regex. */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(text);
}

/** A phrase's last word (after its last space): no array of all its words. */
export const lastWord = (phrase: string): string => phrase.slice(phrase.lastIndexOf(' ') + 1);

/** True for a quotation mark. */
export const isQuoteMark = (w: Word): boolean => w.pos === 'PUNCT' && (w.text === '"' || w.text === "'" || OPEN.has(w.text) || CLOSE.has(w.text));

/**
 * Scare quotes ("he said the deal was “historic”") are no quotation: a quoted run of at most three
 * words with no verb inside a sentence is read as plain text.
 */
export function unquoteShortRuns(words: Word[]): void {
  let i = 0;
  while (i < words.length) {
    if (!words[i]?.quoted) {
      i++;
      continue;
    }
    const start = i;
    while (i < words.length && words[i]?.quoted) i++;
    const inner = words.slice(start, i).filter((w) => !isQuoteMark(w) && w.pos !== 'PUNCT');
    const inside = start > 0 && i < words.length;
    if (inside && inner.length <= 3 && !inner.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) for (let k = start; k < i; k++) (words[k] as Word).quoted = false;
  }
}

/** Carries the quotation state over a sentence that is not parsed, from its characters alone. */
export function passQuotes(text: string, state: QuoteState, article: string, sentence: { start: number; end: number }): void {
  if (breaksBetween(article, state.lastEnd, sentence.start)) state.open = undefined;
  // By UTF-16 unit: no quotation mark lies outside the first plane, so none is half a surrogate pair.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // As markQuotes: a straight quote opening the sentence starts a new quotation.
    if (i === 0 && c === 0x22 && state.open === '"') continue;
    if (!state.open && (c === 0x201c || c === 0xab || c === 0x22)) state.open = text[i];
    else if (state.open && (c === 0x201d || c === 0xbb || (c === 0x22 && state.open === '"'))) state.open = undefined;
  }
  state.lastEnd = sentence.end;
}
