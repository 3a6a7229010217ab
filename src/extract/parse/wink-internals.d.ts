// Types for the parts of wink-nlp that its `readDoc` is made of, which tagger.ts drives itself
// (the package types its entry point only). A document's tokens are one flat array, four numbers
// a token: the word's index in the model's word table, its preceding spaces (and, for a
// contraction's part, a pointer to its normal form above bit 16), its tag and lemma, a flag.
declare module 'wink-nlp/src/cache.js' {
  /** The model's word table, with the words read so far added to it. */
  export interface WinkCache {
    /** Adds a word (and its features) unless known: its index. */
    add(text: string, category: number): number;
    /** The word's index, or its contraction's parts (four numbers each); null if unknown. */
    lookup(text: string): number[] | null;
    value(index: number): string;
    /** A feature of the word at `index` (its `posHint`, ...); 0 when an added word has none. */
    property(index: number, name: string): unknown;
  }
  function Cache(core: unknown, featureFn: unknown): WinkCache;
  export = Cache;
}

declare module 'wink-nlp/src/compile-trex.js' {
  function compileTRex(trex: unknown): unknown;
  export = compileTRex;
}

declare module 'wink-nlp/src/dd-wrapper.js' {
  import type { WinkCache } from 'wink-nlp/src/cache.js';

  /** A document being read: what the tokenizer fills in. */
  export interface RawDoc {
    cache: WinkCache;
    tokens: number[];
    numOfTokens: number;
    nonBreakingSpaces: Record<number, string>;
  }
  /** The tokenizer's access to the document. */
  export interface DocWriter {
    _addToken(text: string, category: number, precedingSpaces: number, nbsp: string | null): boolean;
    /** Adds the word (expanded, if a contraction) when known: falsy when not. */
    _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: string | null): number;
    /** Whether the word is in the table: its index or its contraction's parts, null when not. */
    isLexeme(text: string): unknown;
  }
  function DocDataWrapper(rdd: RawDoc): DocWriter;
  export = DocDataWrapper;
}

declare module 'wink-nlp/src/tokenizer.js' {
  import type { DocWriter } from 'wink-nlp/src/dd-wrapper.js';

  function tokenizer(trex: unknown, categories: Record<string, number>, preserve: unknown): (doc: DocWriter, text: string) => void;
  export = tokenizer;
}

declare module 'wink-nlp/src/tokens-mappers.js' {
  import type { RawDoc } from 'wink-nlp/src/dd-wrapper.js';

  export function mapRawTokens2UIdOfNormal(rdd: RawDoc): number[];
  export function mapRawTokens2UIdOfDefaultPOS(rdd: RawDoc): number[];
}

declare module 'wink-nlp/src/automaton.js' {
  import type { WinkCache } from 'wink-nlp/src/cache.js';

  /** wink's pattern machine, which automata.ts runs faster (its test compares the two). */
  export interface Automaton {
    importJSON(json: string): void;
    /** The patterns found: [start, end, value] each. */
    recognize(tokens: Array<number | string>, transformer: unknown, param: number[]): unknown[];
  }
  function fsm(cache: WinkCache, token2Ignore: string): Automaton;
  export = fsm;
}
