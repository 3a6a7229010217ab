// A small Cypher tokenizer for the tests: it walks string literals (with their escapes),
// backtick names, comments, words, numbers and punctuation, and splits statements at `;`
// outside strings, the way a Cypher parser would. No Neo4j runs here, so this is how the
// tests see what a database would see.
export type Token =
  | { kind: 'string'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'word'; value: string }
  | { kind: 'number'; value: string }
  | { kind: 'punct'; value: string };

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

function readString(text: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'") return [value, i + 1];
    if (c === '\n') throw new Error(`line break inside a string literal at ${i}`);
    if (c === '\\') {
      const n = text[i + 1] ?? '';
      if (n === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new Error(`bad \\u escape at ${i}`);
        value += String.fromCharCode(Number.parseInt(hex, 16));
        i += 6;
        continue;
      }
      const decoded = ESCAPES[n];
      if (decoded === undefined) throw new Error(`unknown escape \\${n} at ${i}`);
      value += decoded;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  throw new Error(`unterminated string literal from ${start}`);
}

function readName(text: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '`') {
      if (text[i + 1] !== '`') return [value, i + 1];
      value += '`';
      i += 2;
      continue;
    }
    value += text[i];
    i++;
  }
  throw new Error(`unterminated backtick name from ${start}`);
}

/** The script's statements, each a list of tokens (the closing `;` not included). */
export function cypherStatements(text: string): Token[][] {
  const statements: Token[][] = [];
  let current: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const rest = text.slice(i, i + 40);
    let m: RegExpMatchArray | null;
    if (/\s/.test(c)) i++;
    else if (text.startsWith('//', i)) i = text.includes('\n', i) ? text.indexOf('\n', i) : text.length;
    else if (c === "'") {
      const [value, next] = readString(text, i);
      current.push({ kind: 'string', value });
      i = next;
    } else if (c === '`') {
      const [value, next] = readName(text, i);
      current.push({ kind: 'name', value });
      i = next;
    } else if (c === ';') {
      statements.push(current);
      current = [];
      i++;
    } else if ((m = rest.match(/^[A-Za-z_][A-Za-z0-9_]*/))) {
      current.push({ kind: 'word', value: m[0] });
      i += m[0].length;
    } else if ((m = rest.match(/^-?\d+(\.\d+)?(e-?\d+)?/))) {
      current.push({ kind: 'number', value: m[0] });
      i += m[0].length;
    } else if ('(){}[]:,.=-><'.includes(c)) {
      current.push({ kind: 'punct', value: c });
      i++;
    } else throw new Error(`unexpected ${JSON.stringify(c)} at ${i}`);
  }
  if (current.length > 0) throw new Error('last statement has no closing ;');
  return statements;
}
