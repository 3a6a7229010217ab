// Part-of-speech tags from wink-nlp's English model, a real tagger shipped in npm that runs
// offline. The article is tagged a slice of sentences at a time (memory stays bounded on huge
// articles) and every token is mapped back to its character offsets in the article, as the
// parse's word it becomes (words.ts then marks the quoted ones): one object per token.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '../types';
import type { Word } from './types';

/** Universal Dependencies part-of-speech tags, as the model gives them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Most characters handed to the tagger at once. */
const SLICE = 50_000;

/**
 * Tags the sentences of `text` that `wanted` marks; words come back in text order, each inside
 * one sentence (none for a sentence left out), none quoted yet.
 */
export function tagSentences(text: string, sentences: readonly Sentence[], wanted: readonly boolean[]): Word[][] {
  nlp ??= winkNLP(model, ['pos']);
  const its = nlp.its;
  const out: Word[][] = sentences.map(() => []);
  let i = 0;
  while (i < sentences.length) {
    if (!wanted[i]) {
      i++;
      continue;
    }
    // A slice of whole wanted sentences in a row: the tagger sees real context, and offsets map back exactly.
    let j = i;
    const from = sentences[i]?.start ?? 0;
    while (j < sentences.length && wanted[j] && (sentences[j]?.end ?? 0) - from <= SLICE) j++;
    if (j === i) j = i + 1;
    const to = sentences[j - 1]?.end ?? from;
    const tokens = nlp.readDoc(text.slice(from, to)).tokens();
    const values = tokens.out() as string[];
    const tags = tokens.out(its.pos) as string[];
    let offset = from;
    let s = i;
    for (let k = 0; k < values.length; k++) {
      const value = values[k] ?? '';
      // Tokens are what lies between the tokenizer's spaces (line breaks are tokens of their own):
      // the spaces are stepped over in the text, not asked for as strings of their own.
      while (isTokenizerSpace(text.charCodeAt(offset))) offset++;
      // The tokenizer keeps the text as it is; should it ever not, find the token again.
      if (text.startsWith(value, offset) === false) offset = Math.max(offset, text.indexOf(value, offset));
      const start = offset;
      const end = start + value.length;
      offset = end;
      while (s < j - 1 && start >= (sentences[s]?.end ?? 0)) s++;
      const pos = (tags[k] ?? 'X') as Pos;
      if (pos === 'SPACE' || !value.trim()) continue;
      // Most words hold no curly apostrophe: no replace, no second string.
      const lower = value.toLowerCase();
      out[s]?.push({ text: value, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end, pos, quoted: false });
    }
    i = j;
  }
  return out;
}

/** The characters wink-nlp's tokenizer splits tokens at and counts as a token's preceding spaces. */
function isTokenizerSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}
