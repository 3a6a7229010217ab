// Part-of-speech tags from wink-nlp's English model, a real tagger shipped in npm that runs
// offline. The article is tagged a slice of sentences at a time (memory stays bounded on huge
// articles) and every token is mapped back to its character offsets in the article, as the
// parse's word it becomes (words.ts then marks the quoted ones): one object per token.
// wink's `readDoc` is run here from its parts, those a tagger needs (the tokenizer, the tags'
// automata): its own tokenizer is read through tokenizer.ts and its automata through automata.ts,
// the same tokens and tags faster, and the tokens' words and tags are read off the document's
// numbers, with no token objects between.
import Cache, { type WinkCache } from 'wink-nlp/src/cache.js';
import compileTRex from 'wink-nlp/src/compile-trex.js';
import DocDataWrapper, { type RawDoc } from 'wink-nlp/src/dd-wrapper.js';
import { mapRawTokens2UIdOfDefaultPOS, mapRawTokens2UIdOfNormal } from 'wink-nlp/src/tokens-mappers.js';
import winkTokenizer from 'wink-nlp/src/tokenizer.js';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '../types';
import { makeMachine, type Match } from './automata';
import { isSpace, makeTokenizer } from './tokenizer';
import type { Word } from './types';

/** Universal Dependencies part-of-speech tags, as the model gives them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** The model's core as read here: its word table (its own words, then those the tokenizer learns) and what the tokenizer reads. */
interface Core {
  features: { lexeme: { hash: Record<string, number | undefined>; list: string[]; intrinsicSize: number }; pos: { list: string[] } };
  packing: { size: number; layout: { isContraction: [number, number, number] } };
  lexicon: Uint32Array | number[];
  tcat: { hash: Record<string, number> };
  preserve: { prefix: Record<string, unknown>; suffix: Record<string, unknown> };
  trex: unknown;
}

interface PosModel {
  machines: string[];
  updater(found: Match[], cache: WinkCache, tags: number[], normals: number[]): void;
  setter(rdd: RawDoc, tags: number[], size: number, bits4lemma: number): void;
}

/** wink's token layout (its constants.js): four numbers a token, the tag above bit 20 of the third. */
const TOKEN_SIZE = 4;
const TAG_SHIFT = 20;
const TAG_MASK = 0x3f00000;

interface Tagger {
  core: Core;
  /** The document's tokens, tagged. */
  read(text: string): number[];
  /** Forgets the words learned since the table held `from` words (see forgetLearned). */
  forget(from: number): void;
}

let current: Tagger | undefined;

/**
 * The tagger, made when first needed. The tokenizer adds the words it reads to the model's word
 * table, and a word read whole once ("Abc's" before a full stop) is read whole ever after ("Abc's
 * shares", otherwise "Abc" and "'s"), so one article's words would hang on what was read before it
 * (see forgetLearned).
 */
function tagger(): Tagger {
  // Words of plain letters stay learned (reading them again costs time), but not without end: past
  // a bound the tagger is made afresh, which changes no tag (the model is read again, about 0.1 s).
  if (current === undefined || current.core.features.lexeme.list.length > MOST_WORDS) current = makeTagger();
  return current;
}

/** wink's `load` and `readDoc`, for the tokenizer and the tags only. */
function makeTagger(): Tagger {
  const core = (model.core as () => Core)();
  const cache = Cache(core, model.featureFn);
  const restored = rememberForgotten(cache, core.features.lexeme);
  const categories = core.tcat.hash;
  const wink = winkTokenizer(compileTRex(core.trex), categories, core.preserve);
  const { lexicon, packing } = core;
  const [word, mask, shift] = packing.layout.isContraction;
  const tokenize = makeTokenizer(
    { lexeme: core.features.lexeme, categories, preserve: core.preserve, isContraction: (index) => ((lexicon[word + index * packing.size] as number) & mask) >>> shift !== 0 },
    cache,
    wink,
  );
  const pos = (model.pos as () => PosModel)();
  // Out-of-vocabulary words are passed over by the automata, line breaks not (automaton.js's keyLF).
  const skip = cache.lookup(cache.value(0))?.[0] ?? -1;
  const machines = pos.machines.map((machine) => makeMachine(machine, skip));
  // The model's own words' hints, read once; a word added since has none (cache.js's property).
  const intrinsic = core.features.lexeme.intrinsicSize;
  const hintOf = Int32Array.from({ length: intrinsic }, (_, index) => Number(cache.property(index, 'posHint')));
  const read = (text: string): number[] => {
    const rdd: RawDoc = { cache, tokens: [], numOfTokens: 0, nonBreakingSpaces: Object.create(null) as Record<number, string> };
    tokenize(rdd, DocDataWrapper(rdd), text);
    rdd.numOfTokens = rdd.tokens.length / TOKEN_SIZE;
    const normals = mapRawTokens2UIdOfNormal(rdd);
    const tags = mapRawTokens2UIdOfDefaultPOS(rdd);
    const hints = new Int32Array(rdd.numOfTokens);
    for (let k = 0; k < hints.length; k++) {
      const index = rdd.tokens[k * TOKEN_SIZE] as number;
      hints[k] = index < intrinsic ? (hintOf[index] as number) : Number(cache.property(index, 'posHint'));
    }
    for (const machine of machines) pos.updater(machine(tags, hints), cache, tags, normals);
    pos.setter(rdd, tags, TOKEN_SIZE, TAG_SHIFT);
    return rdd.tokens;
  };
  const forget = (from: number): void => {
    forgetLearned(core.features.lexeme, from);
    for (const word of restored) delete core.features.lexeme.hash[word];
    restored.length = 0;
  };
  return { core, read, forget };
}

/**
 * Makes the cache's `add` give a word forgotten since it was added (see forgetLearned) its old
 * entry back when it comes again with the same category, instead of a new entry with the same
 * features (a word's features are made from its text and category alone): numbers and marks come
 * in every article, and each new entry costs their features' making and a place in the table.
 * Only for words that are their own lower case, whose entry points to no other. The words given
 * back are listed, to be forgotten again with the article's.
 */
function rememberForgotten(cache: WinkCache, table: Core['features']['lexeme']): string[] {
  const add = cache.add.bind(cache);
  /** Index by word, one map by category. */
  const before = new Map<number, Map<string, number>>();
  const restored: string[] = [];
  cache.add = (text, category) => {
    if (table.hash[text] !== undefined || text.toLowerCase() !== text) return add(text, category);
    let byWord = before.get(category);
    if (byWord === undefined) before.set(category, (byWord = new Map()));
    const old = byWord.get(text);
    if (old !== undefined) {
      table.hash[text] = old;
      restored.push(text);
      return old;
    }
    const index = add(text, category);
    byWord.set(text, index);
    return index;
  };
  return restored;
}

/**
 * Forgets the words learned since the table held `from` words, but for those of plain letters,
 * which the tokenizer reads as one token whether it knows them or not: the next article is read
 * as if it came first. Their entries stay in the table's list (the tokenizer keeps its word
 * features by index), out of its hash.
 */
function forgetLearned(table: Core['features']['lexeme'], from: number): void {
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
  const { core, read, forget } = tagger();
  const table = core.features.lexeme;
  const words = table.list;
  const tagNames = core.features.pos.list;
  const learnedFrom = words.length;
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
    const tokens = read(text.slice(from, to));
    let offset = from;
    let s = i;
    for (let k = 0; k < tokens.length; k += TOKEN_SIZE) {
      // The table's own string: no new string for a token.
      const value = words[tokens[k] as number] ?? '';
      // Tokens are what lies between the tokenizer's spaces (line breaks are tokens of their own):
      // the spaces are stepped over in the text, not asked for as strings of their own.
      while (isSpace(text.charCodeAt(offset))) offset++;
      // The tokenizer keeps the text as it is; should it ever not, find the token again.
      if (text.startsWith(value, offset) === false) offset = Math.max(offset, text.indexOf(value, offset));
      const start = offset;
      const end = start + value.length;
      offset = end;
      while (s < j - 1 && start >= (sentences[s]?.end ?? 0)) s++;
      const pos = (tagNames[((tokens[k + 2] as number) & TAG_MASK) >>> TAG_SHIFT] ?? 'X') as Pos;
      if (pos === 'SPACE' || !value.trim()) continue;
      // Most words hold no curly apostrophe: no replace, no second string.
      const lower = value.toLowerCase();
      out[s]?.push({ text: value, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end, pos, quoted: false });
    }
    i = j;
  }
  forget(learnedFrom);
  return out;
}
