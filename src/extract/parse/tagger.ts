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

/** The model's table of words (its own, then those the tokenizer learns), by text and by index. */
interface WordTable {
  hash: Record<string, number | undefined>;
  list: string[];
}
let table: WordTable | undefined;
let metaCer: unknown;

/**
 * The tagger, made when first needed. Its model is read through here to keep hold of the model's
 * word table: the tokenizer adds the words it reads to it, and a word read whole once ("Abc's"
 * before a full stop) is read whole ever after ("Abc's shares", otherwise "Abc" and "'s"), so one
 * article's words would hang on what was read before it (see forgetLearned).
 */
function tagger(): Nlp {
  // Words of plain letters stay learned (reading them again costs time), but not without end: past
  // a bound the tagger is made afresh, which changes no tag (the model is read again, about 0.1 s).
  if (nlp === undefined || (table !== undefined && table.list.length > MOST_WORDS)) {
    const readCore = model.core as () => { features: { lexeme: WordTable } };
    // The model's reader of its custom-entity machines turns them into JSON in place, so a second
    // tagger would get them as JSON of JSON: every tagger gets the first one's.
    metaCer ??= (model.metaCER as () => unknown)();
    const cer = metaCer;
    nlp = winkNLP({ ...model, metaCER: () => cer, core: () => {
      const core = readCore();
      table = core.features.lexeme;
      return core;
    } }, ['pos']);
  }
  return nlp;
}

/**
 * Forgets the words learned since the table held `from` words, but for those of plain letters,
 * which the tokenizer reads as one token whether it knows them or not: the next article is read
 * as if it came first. Their entries stay in the table's list (the tokenizer keeps its word
 * features by index), out of its hash.
 */
function forgetLearned(from: number): void {
  if (table === undefined) return;
  for (let k = from; k < table.list.length; k++) {
    const word = table.list[k] as string;
    if (table.hash[word] === k && !PLAIN_LETTERS.test(word)) delete table.hash[word];
  }
}

const PLAIN_LETTERS = /^[A-Za-z]+$/;

/** Words the table may hold (some 88,000 are the model's own) before the tagger is made afresh. */
const MOST_WORDS = 250_000;

/** Most characters handed to the tagger at once. */
const SLICE = 50_000;

/**
 * Tags the sentences of `text` that `wanted` marks; words come back in text order, each inside
 * one sentence (none for a sentence left out), none quoted yet.
 */
export function tagSentences(text: string, sentences: readonly Sentence[], wanted: readonly boolean[]): Word[][] {
  const nlp = tagger();
  const its = nlp.its;
  const learnedFrom = table?.list.length ?? 0;
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
  forgetLearned(learnedFrom);
  return out;
}

/** The characters wink-nlp's tokenizer splits tokens at and counts as a token's preceding spaces. */
function isTokenizerSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}
