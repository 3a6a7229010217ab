// wink-nlp's tokenizer, read faster: the same tokens, in the same order, with the same words added
// to the model's word table. Wink splits the text at spaces and line breaks and tries each piece
// against the table and then a cascade of regular expressions (about fifteen for a word it does not
// know, some thirty for one it has to take apart), making arrays and strings at every step. Most
// pieces are a known word, a word of plain letters, or such a word with a comma, a full stop, a
// quotation mark, "'s" or hyphens: those are read here by character codes, taking the very branch
// wink takes for them (named at each). Any other piece is handed to wink's own tokenizer, alone,
// once: what wink did with it is kept and done again the next time the piece comes, as long as
// every question wink asked the word table ("is this word known?") has the same answer.
// Preceding spaces are kept as wink counts them; non-breaking spaces are not recorded (nothing
// here reads a token's spaces back).
import type { WinkCache } from 'wink-nlp/src/cache.js';
import type { DocWriter, RawDoc } from 'wink-nlp/src/dd-wrapper.js';
import { HASH_SEED, hashStep, makeWordIndex } from './word-index';

/** What the tokenizer needs of the model's core. */
export interface TokenizerModel {
  /** The word table: the model's words, then those read since (see cache.add). */
  lexeme: { hash: Record<string, number | undefined>; list: string[]; intrinsicSize: number };
  /** Token categories by name (word, punctuation, ...). */
  categories: Record<string, number>;
  /** Hyphenated words kept whole by their first or last part ("co-", "-like"). */
  preserve: { prefix: Record<string, unknown>; suffix: Record<string, unknown> };
  /** Whether a word of the model's own is a contraction ("cannot": "can" "not"). */
  isContraction(index: number): boolean;
}

/**
 * A tokenizer that fills a document's tokens as wink's `tokenize` would; `wink` is wink's own,
 * for the pieces read no faster here.
 */
export function makeTokenizer(model: TokenizerModel, cache: WinkCache, wink: (doc: DocWriter, text: string) => void): (rdd: RawDoc, doc: DocWriter, text: string) => void {
  const hash = model.lexeme.hash;
  const intrinsic = model.lexeme.intrinsicSize;
  const { prefix, suffix } = model.preserve;
  const WORD = model.categories.word as number;
  const PUNCT = model.categories.punctuation as number;
  const NUMBER = model.categories.number as number;
  const SYMBOL = model.categories.symbol as number;
  let tokens: number[] = [];
  let doc: DocWriter;
  const isContraction = (index: number): boolean => index < intrinsic && model.isContraction(index);

  // The words the table holds now (the model's own) and keeps for good, found without a string;
  // not the contractions, which are read in their parts.
  const known = makeWordIndex(model.lexeme.list);
  for (const word of Object.keys(hash)) {
    const index = hash[word] as number;
    if (!isContraction(index)) known.add(word, index);
  }

  /**
   * wink's calls for each piece it read: [what, text, lower case, category, spaces, answer] six
   * entries a call. wink's steps depend on the piece and on the answers to its questions alone
   * (its regular expressions keep no state between pieces that tells), so while the answers are the same,
   * the calls are too.
   */
  const done = new Map<string, Array<string | number | boolean>>();
  let calls: Array<string | number | boolean> = [];
  const recorder: DocWriter = {
    _addToken: (text, category, precedingSpaces, nbsp) => {
      calls.push(ADD_TOKEN, text, text.toLowerCase(), category, precedingSpaces, true);
      return doc._addToken(text, category, precedingSpaces, nbsp);
    },
    _addTokenIfInCache: (text, precedingSpaces, nbsp) => {
      const answer = doc._addTokenIfInCache(text, precedingSpaces, nbsp);
      calls.push(ADD_IF_KNOWN, text, text, 0, precedingSpaces, answer !== UNKNOWN);
      return answer;
    },
    isLexeme: (text) => {
      const answer = doc.isLexeme(text);
      calls.push(IS_KNOWN, text, text, 0, 0, Boolean(answer));
      return answer;
    },
  };

  /** wink's calls for a piece again, if its questions have the same answers now: false when not (nothing done). */
  const redo = (piece: Array<string | number | boolean>): boolean => {
    // A word wink adds is known to its later questions, and so is its lower case (cache.add).
    let added: string[] | undefined;
    for (let k = 0; k < piece.length; k += CALL) {
      const text = piece[k + 1] as string;
      if (piece[k] === ADD_TOKEN) (added ??= []).push(text, piece[k + 2] as string);
      else if ((hash[text] !== undefined || (added !== undefined && added.includes(text))) !== piece[k + 5]) return false;
    }
    for (let k = 0; k < piece.length; k += CALL) {
      const what = piece[k];
      if (what === ADD_TOKEN) doc._addToken(piece[k + 1] as string, piece[k + 3] as number, piece[k + 4] as number, null);
      else if (what === ADD_IF_KNOWN) doc._addTokenIfInCache(piece[k + 1] as string, piece[k + 4] as number, null);
    }
    return true;
  };

  /** wink's tokenizer on one piece, or what it did with the piece before, done again. */
  const winkPiece = (t: string): void => {
    const before = done.get(t);
    if (before !== undefined && redo(before)) return;
    calls = [];
    wink(recorder, t);
    if (done.size >= MOST_PIECES) done.clear();
    done.set(t, calls);
  };

  /** cache.add: the word's index, added to the table unless it and its lower case are known. */
  const add = (text: string, category: number): number => {
    const index = hash[text];
    if (index !== undefined) {
      const lower = text.toLowerCase();
      if (lower === text || hash[lower] !== undefined) return index;
    }
    return cache.add(text, category);
  };

  /**
   * add(t.slice(0, k), WORD) for the letters t starts with: a word of lower-case letters the index
   * holds is the table's and its own lower case, with no string made for it. A word of letters
   * is kept for good: the index holds it from now on.
   */
  const addLetters = (t: string, k: number): number => {
    let h = HASH_SEED;
    let lower = true;
    for (let m = 0; m < k; m++) {
      const c = t.charCodeAt(m);
      h = hashStep(h, c);
      if (c < 97) lower = false;
    }
    const index = known.find(t, 0, k, h);
    if (index !== -1 && lower) return index;
    const word = t.slice(0, k);
    const added = add(word, WORD);
    // Not a contraction ("cannot,"): alone, it is read in its parts.
    if (index === -1 && !isContraction(added)) known.add(word, added);
    return added;
  };

  /** addTokenIfInCache, else addToken: a known word as the table has it (a contraction in its parts), else added. */
  const push = (text: string, category: number, spaces: number): void => {
    const index = hash[text];
    if (index === undefined) tokens.push(cache.add(text, category), spaces, 0, 0);
    else if (isContraction(index)) doc._addTokenIfInCache(text, spaces, null);
    else tokens.push(index, spaces, 0, 0);
  };

  /**
   * One piece between spaces, if it has a shape read here: false leaves it to wink. A piece
   * reaches this only when the table does not hold it whole.
   */
  const quick = (t: string, spaces: number): boolean => {
    const n = t.length;
    const c0 = t.charCodeAt(0);
    if (isLetter(c0)) {
      let k = 1;
      while (k < n && isLetter(t.charCodeAt(k))) k++;
      // Category `word` (the first of wink's category tests): added whole, and kept for good.
      if (k === n) {
        const index = add(t, WORD);
        known.add(t, index);
        tokens.push(index, spaces, 0, 0);
        return true;
      }
      const r1 = t.charCodeAt(k);
      if (k === n - 1) {
        // Category `wordRP` ("said,"): processWordRP adds the word (never expanded) and the mark.
        if (k >= 2 && isWordRP(r1)) {
          tokens.push(addLetters(t, k), spaces, 0, 0, add(t.slice(k), PUNCT), 0, 0, 0);
          return true;
        }
        // No category ("Jones'"): processUnk's anyWithRP takes the apostrophe off.
        if (k >= 2 && r1 === APOSTROPHE) {
          push(t.slice(0, k), WORD, spaces);
          tokens.push(add("'", PUNCT), 0, 0, 0);
          return true;
        }
        return false;
      }
      if (k === n - 2) {
        const r2 = t.charCodeAt(k + 1);
        // No category ("Abc's"): anyWithRP takes "'s" off as one mark.
        if (k >= 2 && r1 === APOSTROPHE && r2 === 0x73) {
          push(t.slice(0, k), WORD, spaces);
          tokens.push(add("'s", PUNCT), 0, 0, 0);
          return true;
        }
        // No category ('said,"'): anyWithRP takes the last mark off (two full stops would go
        // together), and what is left unknown is a `wordRP`.
        if (k >= 2 && isWordRP(r1) && isAnyRP(r2) && !(r1 === FULL_STOP && r2 === FULL_STOP) && hash[t.slice(0, k + 1)] === undefined) {
          tokens.push(addLetters(t, k), spaces, 0, 0, add(t.slice(k, k + 1), PUNCT), 0, 0, 0, add(t.slice(k + 1), PUNCT), 0, 0, 0);
          return true;
        }
      }
      if (r1 === HYPHEN && hyphenated(t, k)) return splitHyphens(t, spaces);
      return false;
    }
    if (isDigit(c0)) {
      // Digits, then digits after one of . , - / : each time: the shape of category `number`.
      let k = 1;
      while (k < n) {
        const c = t.charCodeAt(k);
        if (isDigit(c)) k++;
        else if (isNumberJoin(c) && k + 1 < n && isDigit(t.charCodeAt(k + 1))) k += 2;
        else break;
      }
      // Category `number` ("2,000", "3.5", "2004-05"): added whole.
      if (k === n) {
        push(t, NUMBER, spaces);
        return true;
      }
      if (k === n - 1) {
        const r = t.charCodeAt(k);
        // No category ("20%", "3.5%"): the recursive tokenizer's number pattern, then its symbol pattern.
        if (r === PERCENT) {
          push(t.slice(0, k), NUMBER, spaces);
          push('%', SYMBOL, 0);
          return true;
        }
        // No category ("2004,"): anyWithRP takes the mark off a number of two characters or more.
        if (k >= 2 && isAnyRP(r)) {
          push(t.slice(0, k), NUMBER, spaces);
          tokens.push(add(t.slice(k), PUNCT), 0, 0, 0);
          return true;
        }
      }
      return false;
    }
    // No category ('"Word', "(word"): anyWithLP takes the opening mark off a word of two letters or
    // more; before one letter, the recursive tokenizer's pattern of brackets and quotation marks
    // takes it off, and its last pattern reads the letter, to the same tokens.
    if (isOpening(c0) && n >= 2) {
      for (let k = 1; k < n; k++) if (!isLetter(t.charCodeAt(k))) return false;
      tokens.push(add(t.slice(0, 1), PUNCT), spaces, 0, 0);
      push(t.slice(1), WORD, 0);
      return true;
    }
    return false;
  };

  /**
   * Letters joined by single hyphens, from k (a hyphen after letters): no category, and no
   * anyWithRP, anyWithLP or LPanyRP shape, so wink's recursive tokenizer reads it. None of its
   * patterns before the word pattern match letters and hyphens but a currency code's.
   */
  const hyphenated = (t: string, k: number): boolean => {
    let run = k;
    for (; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c === HYPHEN) {
        if (run === 0) return false;
        run = 0;
      } else if (isLetter(c)) run++;
      else return false;
    }
    return run > 0 && !CURRENCY_CODE.test(t);
  };

  /** pushWordToken and pushHyphenatedToken: whole when known or kept by its first or last part, else parts and hyphens. */
  const splitHyphens = (t: string, spaces: number): boolean => {
    const parts = t.split('-');
    // Read as wink reads them, own properties or not.
    if (hash[t] !== undefined || prefix[parts[0] as string] || suffix[parts[parts.length - 1] as string]) {
      push(t, WORD, spaces);
      return true;
    }
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) push('-', PUNCT, 0);
      push(parts[i] as string, WORD, i === 0 ? spaces : 0);
    }
    return true;
  };

  return (rdd, writer, text) => {
    tokens = rdd.tokens;
    doc = writer;
    // wink splits at runs of spaces (preceding spaces of the next piece; a run with another space
    // than U+0020 counts as 65535) and at runs of line breaks and tabs (pieces of their own).
    let spaces = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (isSpace(c)) {
        let j = i + 1;
        let plain = c === 32;
        while (j < n && isSpace((c = text.charCodeAt(j)))) {
          if (c !== 32) plain = false;
          j++;
        }
        spaces = plain ? Math.min(j - i, MOST_SPACES - 1) : MOST_SPACES;
        i = j;
        continue;
      }
      let j = i + 1;
      if (isBreak(c)) while (j < n && isBreak(text.charCodeAt(j))) j++;
      else {
        let h = hashStep(HASH_SEED, c);
        while (j < n && !isSpace((c = text.charCodeAt(j))) && !isBreak(c)) {
          h = hashStep(h, c);
          j++;
        }
        const found = known.find(text, i, j, h);
        if (found !== -1) {
          tokens.push(found, spaces, 0, 0);
          i = j;
          spaces = 0;
          continue;
        }
      }
      const t = text.slice(i, j);
      i = j;
      const index = hash[t];
      if (index !== undefined && !isContraction(index)) {
        tokens.push(index, spaces, 0, 0);
        // A word of letters added the first time it came with a mark ("Abc," then "Abc").
        if (isLetters(t)) known.add(t, index);
      } else if (index !== undefined) doc._addTokenIfInCache(t, spaces, null);
      else if (!quick(t, spaces)) {
        // wink reads a piece alone as in its text but for its preceding spaces, which go on its first token.
        const first = tokens.length;
        winkPiece(t);
        if (tokens.length > first) tokens[first + 1] = (tokens[first + 1] as number) + spaces;
      }
      spaces = 0;
    }
  };
}

const MOST_SPACES = 65535;
/** What wink asks of the document: the calls kept for a piece (see makeTokenizer's `done`). */
const ADD_TOKEN = 0;
const ADD_IF_KNOWN = 1;
const IS_KNOWN = 2;
const CALL = 6;
/** dd-wrapper.js's answer for a word not in the table. */
const UNKNOWN = 0;
/** Pieces whose calls are kept at once (some 8,000 pieces go to wink in 2,207 BBC stories). */
const MOST_PIECES = 20_000;
const APOSTROPHE = 39;
const FULL_STOP = 46;
const HYPHEN = 45;
const PERCENT = 37;
const CURRENCY_CODE = /USD|AUD|INR|GBP/;

/** The characters wink-nlp's tokenizer splits tokens at and counts as a token's preceding spaces. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** Line breaks and tabs: a run of them is a token of its own. */
const isBreak = (c: number): boolean => c === 10 || c === 13 || c === 9;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What joins the digits of a number: . , - / : */
const isNumberJoin = (c: number): boolean => c === 46 || c === 44 || c === 45 || c === 47 || c === 58;

/** A piece of ASCII letters only: the words the table keeps for good (see tagger.ts's forgetLearned). */
function isLetters(t: string): boolean {
  for (let k = 0; k < t.length; k++) if (!isLetter(t.charCodeAt(k))) return false;
  return t.length > 0;
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The closing marks of category `wordRP`: ’ ” " ] ) } … , . ! ; ? / : */
const isWordRP = (c: number): boolean =>
  c === 0x2019 || c === 0x201d || c === 34 || c === 93 || c === 41 || c === 125 || c === 0x2026 || c === 44 || c === 46 || c === 33 || c === 59 || c === 63 || c === 47 || c === 58;

/** The one-character closing marks of anyWithRP: ’ ' ” " … , . ! ; ? - – : । ॥ */
const isAnyRP = (c: number): boolean =>
  c === 0x2019 || c === 39 || c === 0x201d || c === 34 || c === 0x2026 || c === 44 || c === 46 || c === 33 || c === 59 || c === 63 || c === 45 || c === 0x2013 || c === 58 || c === 0x964 || c === 0x965;

/** Opening marks of anyWithLP that anyWithRP refuses at a piece's start: “ " ( [ { ‘ */
const isOpening = (c: number): boolean => c === 0x201c || c === 34 || c === 40 || c === 91 || c === 123 || c === 0x2018;
