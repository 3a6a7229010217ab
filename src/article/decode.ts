// Turns an article file's bytes into text, refusing what is not UTF-8 text: empty, binary
// or wrongly encoded files stop the run with an error naming the file and the problem. Every
// line ending (LF, CRLF, and the CR of old Mac files) then reads as a line break.
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
  let text: string;
  try {
    // The default `ignoreBOM: false` drops a leading byte-order mark, so offsets count from
    // the first character of the article itself.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new KgError('INPUT_ENCODING', `${path}: not valid UTF-8 text (byte 0x${byte} at offset ${at}, line ${line})`, path);
  }
  if (text.trim() === '') throw new KgError('INPUT_EMPTY', `${path}: file holds only whitespace`, path);
  return normalizeLineBreaks(text);
}

/**
 * A lone CR (old Mac line ending) becomes LF, one character for one, so every stage that splits
 * lines sees the break and every offset still points at the same character of the file's text.
 * CRLF stays as it is: the stages read it as a break already, and its offsets stay true.
 */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function controlRatio(bytes: Uint8Array): number {
  let control = 0;
  for (const byte of bytes) {
    // Tab, line feed, form feed and carriage return are ordinary in text files.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) control++;
  }
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
