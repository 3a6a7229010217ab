// Word tokens with offsets, in one regex pass over the whole text, each tagged with its
// sentence. Dotted acronyms ("U.S.") and initials ("J.") keep their periods; abbreviated
// titles ("Mr.", "Sen.") keep theirs; a possessive "'s" is cut off and remembered.
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
  /** Every letter is a capital and there are at least two ("NATO", "U.S."). */
  upper: boolean;
  /** Punctuation or a symbol, not a word. */
  punct: boolean;
  /** Followed by a possessive "'s", which is not part of the token. */
  possessive: boolean;
  /** The first token after a line break: names never run across lines. */
  newline: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s)|[\p{L}\p{M}\p{N}]+(?:['\u2019.&-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const DOTTED_WORDS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'St', 'Jr', 'Sr', 'Rev', 'Adm', 'Sgt', 'Messrs', 'Co', 'Inc', 'Corp', 'Ltd']);
const PARTICLE_CAP = /^(?:al|el|bin|ibn|de|da|di|van|von|le|la)-\p{Lu}/u;

export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  let index = 0;
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    const start = m.index ?? 0;
    if (start < lastEnd) continue; // the period already taken by "Mr."
    let end = start + word.length;
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= start) {
      s++;
      index = 0;
    }
    const sentence = sentences[s];
    if (!sentence || start < sentence.start) continue; // whitespace-only gaps hold no tokens
    let possessive = false;
    if (word.length > 2 && /['\u2019]s$/u.test(word)) {
      word = word.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (text[end] === '.' && DOTTED_WORDS.has(word) && end + 1 <= sentence.end) {
      word += '.';
      end++;
    }
    const newline = text.lastIndexOf('\n', start) >= lastEnd;
    lastEnd = end;
    const first = word[0] ?? '';
    const punct = !/[\p{L}\p{N}]/u.test(first);
    const cap = /\p{Lu}/u.test(first) || PARTICLE_CAP.test(word);
    const letters = word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: word,
      start,
      end,
      sentence: s,
      index: index++,
      cap,
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      punct,
      possessive,
      newline,
    });
  }
  return tokens;
}
