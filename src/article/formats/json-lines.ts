// JSON-lines files (`.jsonl`, `.ndjson`): one article per line, read in chunks, so a file of
// gigabytes never sits in memory; only the line being read does, and a line over the size limit
// of one article is passed over unkept and reported. Blank lines are allowed; so are CRLF endings.
import { createReadStream } from 'node:fs';
import { KgError } from '../../errors';
import { decodeUtf8 } from '../decode';
import { tooLarge, type SizeLimit } from '../input-file';
import { parseJson, recordArticle, type RecordArticle } from './records';

/** A record and the line it starts on. */
export interface NumberedRecord {
  line: number;
  record: RecordArticle;
}

interface Line {
  number: number;
  /** Absent when the line is over the limit. */
  bytes?: Buffer;
  length: number;
}

/** Each line of the chunks with its number (from 1), without its line feed. */
async function* readLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 1;
  const finish = (last: Buffer): Line => {
    const total = length + last.length;
    const line: Line = total > maxBytes ? { number, length: total } : { number, bytes: parts.length === 0 ? last : Buffer.concat([...parts, last]), length: total };
    parts = [];
    length = 0;
    number++;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, start)) {
      yield finish(chunk.subarray(start, end));
      start = end + 1;
    }
    const rest = chunk.subarray(start);
    length += rest.length;
    // Past the limit the line is only counted, never kept.
    if (length <= maxBytes) parts.push(rest);
    else parts = [];
  }
  if (length > 0) yield finish(Buffer.alloc(0));
}

/** The records of a JSON-lines file opened as `fd`, in order, each bad one as the KgError naming its line. */
export async function* jsonLines(path: string, fd: number, limit: SizeLimit, stem: string): AsyncGenerator<NumberedRecord | KgError> {
  for await (const line of readLines(createReadStream(path, { fd, highWaterMark: 1 << 20 }), limit.maxBytes)) {
    const where = `${path}:${line.number}`;
    if (line.bytes === undefined) {
      yield tooLarge(where, line.length, limit);
      continue;
    }
    const bytes = line.bytes.at(-1) === 0x0d ? line.bytes.subarray(0, -1) : line.bytes;
    try {
      const text = decodeUtf8(bytes, where);
      if (text.trim() === '') continue;
      yield { line: line.number, record: recordArticle(parseJson(text, where), where, `${stem}-${line.number}`) };
    } catch (error) {
      if (!(error instanceof KgError)) throw error;
      yield error;
    }
  }
}
