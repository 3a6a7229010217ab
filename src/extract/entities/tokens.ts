// Word tokens with offsets, in one regex pass over the whole text, each tagged with its
// sentence. Dotted acronyms ("U.S.") and initials ("J.") keep their periods; abbreviated
// titles ("Mr.", "Sen.") keep theirs; a possessive "'s" is cut off and remembered.
import { isSpace } from '../../article/read';
import type { Sentence } from '../types';

export interface Token {
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Position among the word and punctuation tokens of its sentence. */
  index: number;
  /** Starts with a capital letter ("Ada", "U.S.", "al-Assad"). */
  cap: boolean;
  /** Every letter is a capital and there are at least two ("OECD", "U.K."). */
  upper: boolean;
  /** Punctuation or a symbol, not a word. */
  punct: boolean;
  /** Followed by a possessive "'s", which is not part of the token. */
  possessive: boolean;
  /** The first token after a line break: names never run across lines. */
  newline: boolean;
}

// Sticky: each token is matched where the whitespace before it ends (skipped code unit by code
// unit, no regex run), and read by its end offset (no match array per token); some alternative
// always matches a non-space character. Plain ASCII words and marks skip it (asciiTokenEnd).
const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s)|[\p{L}\p{M}\p{N}]+(?:['\u2019.&-][\p{L}\p{M}\p{N}]+)*|\S/uy;
const DOTTED_WORDS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'St', 'Jr', 'Sr', 'Rev', 'Adm', 'Sgt', 'Messrs', 'Co', 'Inc', 'Corp', 'Ltd']);
const PARTICLE_CAP = /^(?:al|el|bin|ibn|de|da|di|van|von|le|la)-\p{Lu}/u;

export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  let index = 0;
  let lastEnd = 0;
  // The next line break at or after lastEnd, found once per line (linear in the text).
  let nextBreak = text.indexOf('\n');
  for (let at = 0; ; ) {
    let start = at;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    if (start >= text.length) break;
    const fast = asciiTokenEnd(text, start);
    if (fast > 0) at = fast;
    else {
      TOKEN.lastIndex = start;
      if (!TOKEN.test(text)) break;
      at = TOKEN.lastIndex;
    }
    if (start < lastEnd) continue; // the period already taken by "Mr."
    let word = text.slice(start, at);
    let end = at;
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= start) {
      s++;
      index = 0;
    }
    const sentence = sentences[s];
    if (!sentence || start < sentence.start) continue; // whitespace-only gaps hold no tokens
    let possessive = false;
    const lastChar = word.charCodeAt(word.length - 1);
    const apostrophe = word.charCodeAt(word.length - 2);
    if (word.length > 2 && lastChar === 115 /* s */ && (apostrophe === 39 || apostrophe === 0x2019)) {
      word = word.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (text.charCodeAt(end) === 46 /* . */ && DOTTED_WORDS.has(word) && end + 1 <= sentence.end) {
      word += '.';
      end++;
    }
    // "ex-Abc Xyz media chief": a former tie's prefix is no part of the name after it.
    if (word.length > 4 && word.startsWith('ex-') && CAPITAL.test(word[3] ?? '')) {
      tokens.push({ text: 'ex-', start, end: start + 3, sentence: s, index: index++, cap: false, upper: false, punct: false, possessive: false, newline: false });
      word = word.slice(3);
      start += 3;
    }
    // "(R-Texas)", ", D-Calif.,": a legislator's party initial and state are two words.
    const opener = tokens[tokens.length - 1]?.text;
    if (word.length > 3 && word.charCodeAt(1) === 45 /* - */ && PARTY_INITIAL.test(word) && (opener === '(' || opener === ',')) {
      tokens.push({ text: word[0] as string, start, end: start + 1, sentence: s, index: index++, cap: true, upper: false, punct: false, possessive: false, newline: false });
      tokens.push({ text: '-', start: start + 1, end: start + 2, sentence: s, index: index++, cap: false, upper: false, punct: true, possessive: false, newline: false });
      word = word.slice(2);
      start += 2;
    }
    let newline = false;
    if (nextBreak >= 0 && nextBreak < start) {
      newline = nextBreak >= lastEnd;
      nextBreak = text.indexOf('\n', start);
    }
    lastEnd = end;
    const c = word.charCodeAt(0);
    const ascii = c < 128;
    const punct = ascii ? !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : !LETTER_OR_DIGIT.test(word[0] ?? '');
    const cap = (ascii ? c >= 65 && c <= 90 : CAPITAL.test(word[0] ?? '')) || (c >= 97 && c <= 122 && PARTICLE_CAP.test(word));
    tokens.push({ text: word, start, end, sentence: s, index: index++, cap, upper: cap && isAllCapitals(word), punct, possessive, newline });
  }
  return tokens;
}

/**
 * Where TOKEN's match at `start` ends, read code by code for the plain ASCII tokens most text is
 * made of; 0 where only the expression can tell: a capital before a period (an initial or a
 * dotted acronym), a word that runs on into an apostrophe, period, ampersand, hyphen or any
 * non-ASCII code unit, and control characters.
 */
function asciiTokenEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (!isAsciiLetterOrDigit(c)) return c > 32 && c < 127 ? start + 1 : 0; // a mark: \S alone
  if (c >= 65 && c <= 90 && text.charCodeAt(start + 1) === 46 /* . */) return 0;
  let end = start + 1;
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  if (end === text.length) return end;
  const next = text.charCodeAt(end);
  return next >= 128 || next === 39 /* ' */ || next === 46 /* . */ || next === 38 /* & */ || next === 45 /* - */ ? 0 : end;
}

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;
const PARTY_INITIAL = /^[DRI]-\p{Lu}/u;

/** At least two letters, all capitals ("OECD", "U.K."). */
function isAllCapitals(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // ASCII by its code: a lower-case letter ends it, a capital counts, anything else is passed over.
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      continue;
    }
    const ch = word[i] as string;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue; // not a letter with case
    if (ch !== upper) return false;
    letters++;
  }
  return letters >= 2;
}
