// An article's metadata (title, date, url, outlet, author, words), from what the input gave and
// what the text says. Sources in order: the input's fields (a record's, or the front matter's);
// then the text: the headline line for the title, the dateline ("LONDON, March 2 (Reuters) -")
// for the outlet and the day, its year taken from the file's date when the line names none.
import type { ArticleMetadata } from '../types';
import { findDates } from './dates';
import { countWords } from './read';
import { readStructure, type ArticleStructure } from './structure';

/** What an input may say about its article; dates already `YYYY-MM-DD`. */
export type ArticleFields = Partial<Omit<ArticleMetadata, 'words'>>;

export interface DescribeOptions {
  fields?: ArticleFields;
  /** The day the file was last changed (`YYYY-MM-DD`): places a dateline's "March 2" in a year. */
  fileDate?: string;
}

const FIELD_ORDER = ['title', 'date', 'url', 'outlet', 'author'] as const;

/** `structure` is the text's, when the caller has read it already. */
export function describeArticle(text: string, id: string, options: DescribeOptions = {}, structure: ArticleStructure = readStructure(text)): ArticleMetadata {
  const fields = options.fields ?? {};
  const dateline = structure.datelines[0];
  const fromText: ArticleFields = {};
  if (structure.title !== undefined) fromText.title = text.slice(structure.title.start, structure.title.end);
  if (dateline?.outlet !== undefined) fromText.outlet = text.slice(dateline.outlet.start, dateline.outlet.end).trim();
  if (dateline !== undefined) {
    const date = datelineDate(text, dateline.place.start, options.fileDate);
    if (date !== undefined) fromText.date = date;
  }
  const metadata: ArticleMetadata = { title: fields.title ?? fromText.title ?? id, words: countWords(text) };
  for (const field of FIELD_ORDER) {
    const value = fields[field] ?? fromText[field];
    if (value !== undefined && value !== '') metadata[field] = value;
  }
  return metadata;
}

/**
 * Whether the article's date comes from the file's date: no date is given, and the dateline names
 * a day without its year. The corpus store keys such an article by the file's date as well.
 */
export function readsFileDate(text: string, options: DescribeOptions): boolean {
  if (options.fileDate === undefined || options.fields?.date !== undefined) return false;
  const dateline = readStructure(text).datelines[0];
  return dateline !== undefined && datelineDate(text, dateline.place.start, options.fileDate) !== datelineDate(text, dateline.place.start, undefined);
}

/** The day a dateline names ("LIMA, March 2 -", "LIMA 1996-08-30"), when it names one. */
function datelineDate(text: string, start: number, fileDate: string | undefined): string | undefined {
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd === -1 ? text.length : lineEnd);
  // Only the part before the dash: the story's first sentence may hold other dates.
  const head = /^[^\u2013\u2014]*?(?=\s[-\u2013\u2014]+\s|$)/.exec(line)?.[0] ?? line;
  // A dateline's day is never after the file was written: the last such day up to the file's date.
  const options = fileDate === undefined ? {} : { reference: fileDate, tense: 'past' as const };
  return findDates(head, options).find((found) => found.date.length === 10)?.date;
}
