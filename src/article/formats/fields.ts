// The metadata fields of an input record, under the names the formats use: ours (`title`, `date`,
// `url`, `outlet`, `author`), news-please's (`date_publish`, `source_domain`, `authors`) and common
// front-matter spellings (`link`, `source`, `publisher`). A date must name a day.
import { KgError } from '../../errors';
import { parseDateField } from '../dates';
import type { ArticleFields } from '../metadata';

const NAMES: Readonly<Record<keyof ArticleFields, readonly string[]>> = {
  title: ['title', 'headline'],
  date: ['date', 'date_publish', 'published', 'pubDate'],
  url: ['url', 'link'],
  outlet: ['outlet', 'source_domain', 'source', 'publisher'],
  author: ['author', 'authors', 'byline'],
};

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  // A list of authors reads as one line.
  if (Array.isArray(value)) return text(value.filter((v) => typeof v === 'string' && v.trim() !== '').join(', '));
  return undefined;
}

/** The fields a record gives; `where` names the record in the error for a date that is none. */
export function recordFields(record: Readonly<Record<string, unknown>>, where: string): ArticleFields {
  const fields: ArticleFields = {};
  for (const [field, names] of Object.entries(NAMES) as Array<[keyof ArticleFields, readonly string[]]>) {
    const value = names.map((name) => (Object.hasOwn(record, name) ? text(record[name]) : undefined)).find((v) => v !== undefined);
    if (value === undefined) continue;
    if (field === 'date') {
      const day = parseDateField(value);
      if (day === undefined) throw new KgError('INPUT_FORMAT', `${where}: date ${JSON.stringify(value)} names no day (expected e.g. 2024-03-02)`, where);
      fields.date = day;
    } else fields[field] = value;
  }
  return fields;
}

/** The first of `names` that holds text, or undefined. */
export function textField(record: Readonly<Record<string, unknown>>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = Object.hasOwn(record, name) ? record[name] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}
