// A cursor over the tokens, with the checks the parser repeats: keywords (any case), symbols,
// and errors that point at the offending token.
import { syntaxError } from './errors';
import type { Token } from './lexer';
import { MAX_NESTING } from './limits';

export class Cursor {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    readonly query: string,
  ) {}

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] as Token;
  }

  /** The last token consumed. */
  previous(): Token {
    return this.tokens[Math.max(this.index - 1, 0)] as Token;
  }

  next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  isKeyword(word: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'name' && token.text.toUpperCase() === word;
  }

  isSymbol(symbol: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'symbol' && token.text === symbol;
  }

  acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.next();
    return true;
  }

  acceptSymbol(symbol: string): boolean {
    if (!this.isSymbol(symbol)) return false;
    this.next();
    return true;
  }

  expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) throw this.error(`expected ${word}`);
    return this.next();
  }

  expectSymbol(symbol: string): Token {
    if (!this.isSymbol(symbol)) throw this.error(`expected "${symbol}"`);
    return this.next();
  }

  /** A name, plain or in backticks. */
  expectName(what: string): Token {
    const token = this.peek();
    if (token.kind !== 'name' && token.kind !== 'quoted-name') throw this.error(`expected ${what}`);
    return this.next();
  }

  expectInteger(what: string): number {
    const token = this.peek();
    if (token.kind !== 'number' || !/^\d+$/.test(token.text)) throw this.error(`expected ${what} (a whole number)`);
    this.next();
    return Number(token.text);
  }

  /**
   * Enters one level of nesting (a parenthesis, NOT, a list); the parser recurses per level, so
   * past MAX_NESTING the query is refused as a syntax error before the stack runs out.
   */
  descend(): void {
    if (++this.depth > MAX_NESTING) throw this.error(`the query nests more than ${MAX_NESTING} levels deep`);
  }

  ascend(): void {
    this.depth--;
  }

  /** The query text from `from` up to the end of the last consumed token. */
  textSince(from: Token): string {
    return this.query.slice(from.offset, this.previous().end);
  }

  error(message: string, token = this.peek()): Error {
    return syntaxError(`${message}, found ${describe(token)}`, token);
  }
}

function describe(token: Token): string {
  if (token.kind === 'end') return 'the end of the query';
  if (token.kind === 'string') return `the string ${JSON.stringify(token.text)}`;
  return `"${token.text}"`;
}
