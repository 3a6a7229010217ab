// One input record as an article: a line of a JSON-lines file, a row of a CSV file, or a whole
// news-please `.json` file. Fields: `id`, `title`, `text` (news-please: `maintext`), `date`, `url`,
// `outlet`, `author` (fields.ts lists the other spellings read). A record that cannot be an article
// throws KgError INPUT_FORMAT naming it by file and line: `corpus.jsonl:17: record has no text`.
import { KgError } from '../../errors';
import { checkRecordText } from '../decode';
import type { ArticleFields } from '../metadata';
import { recordFields, textField } from './fields';

export interface RecordArticle {
  id: string;
  text: string;
  fields: ArticleFields;
}

const TEXT_FIELDS = ['text', 'maintext', 'body', 'content'];

/** The record's `id` as text, if it has one. */
function idOf(record: Readonly<Record<string, unknown>>): string | undefined {
  const id = Object.hasOwn(record, 'id') ? record.id : undefined;
  if (typeof id === 'string' && id.trim() !== '') return id.trim();
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

/** One record as an article; `fallbackId` names it when it has no `id`; `where` is FILE or FILE:LINE. */
export function recordArticle(record: unknown, where: string, fallbackId: string): RecordArticle {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new KgError('INPUT_FORMAT', `${where}: record is not an object of fields ({"id": ..., "text": ...})`, where);
  }
  const fields = record as Record<string, unknown>;
  const text = textField(fields, TEXT_FIELDS);
  if (text === undefined) throw new KgError('INPUT_FORMAT', `${where}: record has no text (a "text" or "maintext" field)`, where);
  return { id: idOf(fields) ?? fallbackId, text: checkRecordText(text, where), fields: recordFields(fields, where) };
}

/** JSON text as a value; `where` names it in the error. */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8 quotes the text near the fault, which may span lines: the error stays one line.
    throw new KgError('INPUT_FORMAT', `${where}: not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`, where);
  }
}
