// Turns an article file's bytes into text, refusing what is not UTF-8 text: empty, binary
// or wrongly encoded files stop the run with an error naming the file and the problem.
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
    throw new KgError('INPUT_ENCODING', `${path}: not valid UTF-8 text (invalid byte sequence)`, path);
  }
  if (text.trim() === '') throw new KgError('INPUT_EMPTY', `${path}: file holds only whitespace`, path);
  return text;
}

function controlRatio(bytes: Uint8Array): number {
  let control = 0;
  for (const byte of bytes) {
    // Tab, line feed, form feed and carriage return are ordinary in text files.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) control++;
  }
  return control / bytes.length;
}
