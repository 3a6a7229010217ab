// Splits a Cypher query into tokens that know their line and column.
import { ownValue } from '../../object-names';
import { syntaxError, unsupported, type Position } from './errors';

export type TokenKind = 'name' | 'quoted-name' | 'string' | 'number' | 'symbol' | 'end';

export interface Token extends Position {
  kind: TokenKind;
  /** Names as written; strings and backticked names unescaped; symbols as written ("<>", ".."). */
  text: string;
  /** Offsets of the token's first character and just past its last, to name RETURN columns as written. */
  offset: number;
  end: number;
}

const SYMBOLS = ['<>', '<=', '>=', '..', '=~', '(', ')', '[', ']', '{', '}', ':', ',', '.', '-', '<', '>', '=', '*', '|', '+', '/', '%', '^', ';'];
const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

// Sticky, so each matches at the cursor without copying the rest of the query; names and numbers
// may be of any length.
const NUMBER = /\d+(\.\d+)?([eE][+-]?\d+)?/y;
const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;

export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = (offset = i): Position => ({ line, column: offset - lineStart + 1 });
  const advance = (to: number): void => {
    for (; i < to; i++) {
      if (query[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  };
  while (i < query.length) {
    const c = query[i] as string;
    if (/\s/.test(c)) {
      advance(i + 1);
      continue;
    }
    if (query.startsWith('//', i)) {
      const end = query.indexOf('\n', i);
      advance(end === -1 ? query.length : end);
      continue;
    }
    if (query.startsWith('/*', i)) {
      const end = query.indexOf('*/', i + 2);
      if (end === -1) throw syntaxError('unterminated comment', here());
      advance(end + 2);
      continue;
    }
    const start = here();
    const offset = i;
    if (c === '"' || c === "'" || c === '`') {
      let text = '';
      let j = i + 1;
      for (;;) {
        const d = query[j];
        if (d === undefined) throw syntaxError(c === '`' ? 'unterminated `name`' : `unterminated string (missing closing ${c})`, start);
        if (d === c) {
          // Inside backticks a doubled backtick stands for one.
          if (c === '`' && query[j + 1] === '`') {
            text += '`';
            j += 2;
            continue;
          }
          break;
        }
        if (d === '\\' && c !== '`') {
          const e = query[j + 1] ?? '';
          if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(query.slice(j + 2, j + 6))) {
            text += String.fromCharCode(parseInt(query.slice(j + 2, j + 6), 16));
            j += 6;
            continue;
          }
          const escaped = ownValue(ESCAPES, e);
          if (escaped === undefined) throw syntaxError(`unknown escape \\${e} in string`, here(j));
          text += escaped;
          j += 2;
          continue;
        }
        text += d;
        j++;
      }
      tokens.push({ kind: c === '`' ? 'quoted-name' : 'string', text, offset, end: j + 1, ...start });
      advance(j + 1);
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(query);
    // A decimal needs a digit after its point, so "1..3" lexes as 1, "..", 3.
    if (number) {
      tokens.push({ kind: 'number', text: number[0], offset, end: i + number[0].length, ...start });
      advance(i + number[0].length);
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(query);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], offset, end: i + name[0].length, ...start });
      advance(i + name[0].length);
      continue;
    }
    if (c === '$') {
      throw unsupported('query parameters ($name)', start);
    }
    const symbol = SYMBOLS.find((s) => query.startsWith(s, i));
    if (!symbol) throw syntaxError(`unexpected character ${JSON.stringify(c)}`, start);
    tokens.push({ kind: 'symbol', text: symbol, offset, end: i + symbol.length, ...start });
    advance(i + symbol.length);
  }
  tokens.push({ kind: 'end', text: '', offset: query.length, end: query.length, ...here() });
  return tokens;
}
