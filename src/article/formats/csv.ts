// CSV files with a header row naming the fields (`id`, `title`, `text`, `date`, ...), one article
// per row, parsed by csv-parse as the file streams in: quoted fields may hold commas, doubled
// quotes and line breaks. A row is named by the line it starts on. A row with the wrong number of
// fields is a bad record; broken quoting stops the file, since no row after it can be trusted.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { KgError } from '../../errors';
import { checkUtf8Stream } from '../decode';
import type { SizeLimit } from '../input-file';
import type { NumberedRecord } from './json-lines';
import { recordArticle } from './records';

/** Line breaks inside a row's quoted fields: the next row starts that many lines further on. */
function lineBreaks(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) count += field.match(/\r\n|\r|\n/g)?.length ?? 0;
  return count;
}

/** The rows of a CSV file opened as `fd`, in order, each bad one as the KgError naming its line. */
export async function* csvRows(path: string, fd: number, limit: SizeLimit, stem: string): AsyncGenerator<NumberedRecord | KgError> {
  // Rows of the wrong length are reported below, by line, rather than stopping the parser.
  const parser = parse({ info: true, bom: true, skip_empty_lines: true, relax_column_count: true, max_record_size: limit.maxBytes, record_delimiter: ['\r\n', '\n', '\r'] });
  // Errors of the file stream and the UTF-8 check reach the loop below through the parser.
  const rows = pipeline(createReadStream(path, { fd, highWaterMark: 1 << 20 }), checkUtf8Stream(path), parser, () => undefined) as AsyncIterable<{ record: string[]; info: { empty_lines: number } }>;
  let header: string[] | undefined;
  let row = 0;
  // Lines counted here: csv-parse counts a CRLF inside quotes as two.
  let nextLine = 1;
  let blank = 0;
  try {
    for await (const { record, info } of rows) {
      const line = nextLine + info.empty_lines - blank;
      blank = info.empty_lines;
      nextLine = line + lineBreaks(record) + 1;
      if (header === undefined) {
        header = record.map((name) => name.trim());
        continue;
      }
      row++;
      const where = `${path}:${line}`;
      if (record.length !== header.length) {
        yield new KgError('INPUT_FORMAT', `${where}: row has ${record.length} fields, the header names ${header.length}`, where);
        continue;
      }
      const names = header;
      try {
        yield { line, record: recordArticle(Object.fromEntries(names.map((name, i) => [name, record[i]])), where, `${stem}-${row}`) };
      } catch (error) {
        if (!(error instanceof KgError)) throw error;
        yield error;
      }
    }
  } catch (error) {
    if (error instanceof KgError) throw error;
    const csv = error as CsvError;
    const where = `${path}:${csv.lines ?? nextLine}`;
    if (csv.code === 'CSV_MAX_RECORD_SIZE') throw new KgError('INPUT_TOO_LARGE', `${where}: row is over the limit of ${limit.maxBytes} bytes per article (raise it with --max-article-mb)`, where);
    throw new KgError('INPUT_FORMAT', `${where}: not valid CSV (${csv.message.replace(/\s+/g, ' ')})`, where);
  }
  if (header === undefined) throw new KgError('INPUT_EMPTY', `${path}: CSV file has no header row`, path);
}
