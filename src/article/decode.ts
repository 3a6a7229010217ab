// Turns an article file's bytes into text, refusing what is not UTF-8 text: empty, binary
// or wrongly encoded files stop the run with an error naming the file and the problem. Every
// line ending (LF, CRLF, and the CR of old Mac files) then reads as a line break.
import { Transform } from 'node:stream';
import { KgError } from '../errors';

/** Above this share of control bytes a file is data, not prose (tabs and line breaks excluded). */
const MAX_CONTROL_RATIO = 0.1;

export function decodeArticleText(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0) throw new KgError('INPUT_EMPTY', `${path}: file is empty`, path);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new KgError('INPUT_BINARY', `${path}: binary file (NUL byte at offset ${nul}), expected UTF-8 text`, path);
  }
  if (controlRatio(bytes) > MAX_CONTROL_RATIO) {
    throw new KgError('INPUT_BINARY', `${path}: binary file (too many control characters), expected UTF-8 text`, path);
  }
  const text = decodeUtf8(bytes, path, true);
  if (text.trim() === '') throw new KgError('INPUT_EMPTY', `${path}: file holds only whitespace`, path);
  return normalizeLineBreaks(text);
}

/**
 * Strict UTF-8 decoding; `where` names the file or the record (`corpus.jsonl:17`) in the error,
 * which gives the offset of the first bad byte, and its line when `lines` asks.
 */
export function decodeUtf8(bytes: Uint8Array, where: string, lines = false): string {
  try {
    // The default `ignoreBOM: false` drops a leading byte-order mark, so offsets count from
    // the first character of the article itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = lines ? `, line ${bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1}` : '';
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new KgError('INPUT_ENCODING', `${where}: not valid UTF-8 text (byte 0x${byte} at offset ${at}${line})`, where);
  }
}

/**
 * The text of a record (a field of a JSON line or a CSV row) held to a file's rules: not binary
 * (a NUL, or too many control characters, from escapes such as \u0000); line breaks as in a file.
 */
export function checkRecordText(text: string, where: string): string {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw new KgError('INPUT_BINARY', `${where}: text is binary (NUL character at offset ${nul}), expected prose`, where);
  let control = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) control++;
  if (control / text.length > MAX_CONTROL_RATIO) throw new KgError('INPUT_BINARY', `${where}: text is binary (too many control characters), expected prose`, where);
  return normalizeLineBreaks(text);
}

/**
 * A pass-through stream that lets only UTF-8 text by: for a file too large to read whole (a CSV
 * corpus), the same error as decodeArticleText's, offset and line counted from the file's start.
 */
export function checkUtf8Stream(path: string): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // What came before the chunk being checked: its bytes and lines, and the bytes of a character it
  // left unfinished (at most three), which the next chunk completes.
  let offset = 0;
  let lines = 1;
  let pending = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        const bytes = Buffer.concat([pending, chunk]);
        const at = firstInvalidByte(bytes);
        const line = lines + countLineFeeds(bytes.subarray(pending.length, Math.max(pending.length, at)));
        const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
        done(new KgError('INPUT_ENCODING', `${path}: not valid UTF-8 text (byte 0x${byte} at offset ${offset - pending.length + at}, line ${line})`, path));
        return;
      }
      offset += chunk.length;
      lines += countLineFeeds(chunk);
      pending = Buffer.from(unfinishedTail(chunk.length >= 3 ? chunk : Buffer.concat([pending, chunk])));
      done(null, chunk);
    },
    flush(done) {
      try {
        decoder.decode();
        done();
      } catch {
        const byte = (pending[0] ?? 0).toString(16).toUpperCase().padStart(2, '0');
        done(new KgError('INPUT_ENCODING', `${path}: not valid UTF-8 text (byte 0x${byte} at offset ${offset - pending.length}, line ${lines})`, path));
      }
    },
  });
}

function countLineFeeds(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** The bytes at the end that begin a character without finishing it. */
function unfinishedTail(bytes: Uint8Array): Uint8Array {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const byte = bytes[i] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    return i + sequenceLength(byte) > bytes.length ? bytes.subarray(i) : bytes.subarray(bytes.length);
  }
  return bytes.subarray(bytes.length);
}

/**
 * A lone CR (old Mac line ending) becomes LF, one character for one, so every stage that splits
 * lines sees the break and every offset still points at the same character of the file's text.
 * CRLF stays as it is: the stages read it as a break already, and its offsets stay true.
 */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** A control character other than tab, line feed, form feed and carriage return, which are ordinary in text. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function controlRatio(bytes: Uint8Array): number {
  let control = 0;
  for (const byte of bytes) if (isControl(byte)) control++;
  return control / bytes.length;
}

/**
 * Where decoding first fails, so the user can find the spot. The longest prefix that decodes in
 * streaming mode (an unfinished sequence at its end allowed) is found by binary search, O(n log n)
 * on the error path only; the culprit is that unfinished sequence's lead byte, if there is one,
 * else the byte just after the prefix.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const decodes = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  if (decodes(bad)) good = bad;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (decodes(mid)) good = mid;
    else bad = mid;
  }
  let lead = good - 1;
  while (lead > good - 4 && lead > 0 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  return lead >= 0 && lead + sequenceLength(bytes[lead] ?? 0) > good ? lead : good;
}

/** How many bytes a UTF-8 sequence starting with this lead byte takes. */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  if (lead >= 0xc0) return 2;
  return 1;
}
