// Dates written in text ("on Thursday", "last week", "March 2", "in 2019"), found by chrono-node
// and resolved against a reference day (the article's date), at the precision the words give.
import type * as chrono from 'chrono-node';
import { isIsoDate } from '../dates';

// chrono-node is some 270 modules: loaded when a date is first read, not when `kg` starts, so a
// command that reads no date (or fails on its input at once) does not wait for it.
let chronoModule: typeof chrono | undefined;
function chronoNode(): typeof chrono {
  return (chronoModule ??= require('chrono-node') as typeof chrono);
}

export interface FoundDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  /** Offsets of the words that say it, in the text searched. */
  start: number;
  end: number;
}

export interface FindDateOptions {
  /** The day relative words count from (`YYYY-MM-DD`); without it only absolute dates are kept. */
  reference?: string;
  /**
   * How to place a weekday or a month that names no year: the nearest one (chrono's reading), the
   * last one up to the reference day (a reported fact: "met on Friday"), or the next (a plan).
   */
  tense?: 'past' | 'future';
}

// chrono reads "in March 2019" but not a bare year; a year after "in", "since" or "during" is a
// date in news prose ("twinned since 1990"), and chrono's own merging keeps the longer reading.
let casualParser: chrono.Chrono | undefined;
function parser(): chrono.Chrono {
  if (casualParser === undefined) {
    casualParser = chronoNode().casual.clone();
    casualParser.parsers.push({
      pattern: () => /\b(?:in|since|during)\s+((?:1[6-9]|20)\d{2})\b(?![-/.]\d)/i,
      extract: (_context, match) => ({ year: Number(match[1]) }),
    });
  }
  return casualParser;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A day as chrono's reference instant: noon UTC, so no time zone moves it to another day. */
function referenceInstant(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1, 12));
}

function precisionOf(result: chrono.ParsedResult): 'day' | 'month' | 'year' | undefined {
  const start = result.start;
  // "for three hours" is a length of time, not a time.
  if (/^for\s/i.test(result.text)) return undefined;
  if (start.isCertain('day')) return 'day';
  // A weekday alone must be spelt out: "Sun", "Sat" and "Wed" are words and names too.
  if (start.isCertain('weekday')) return /day\b/i.test(result.text) ? 'day' : undefined;
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  // A clock time alone ("at 10") fixes no day; "this morning" or "tonight" is the reference day.
  if (start.isCertain('hour')) return undefined;
  return 'day';
}

function isoDay(day: Date): string {
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** The same weekday a week earlier, or the same day of the year a year earlier. */
function lastBefore(day: Date, calendar: boolean): Date {
  const earlier = new Date(day);
  if (calendar) earlier.setUTCFullYear(day.getUTCFullYear() - 1);
  else earlier.setUTCDate(day.getUTCDate() - 7);
  return earlier;
}

/** Every date the text states, in order. */
const DATED = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|month|year|ago|last|next|earlier|later|decade|century|noon|midnight|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|christmas|easter)/i;

const YEAR = /\d{4}/;

export function findDates(text: string, options: FindDateOptions = {}): FoundDate[] {
  // Every date the parser reads holds a digit or a word of time; most sentences hold neither.
  if (!DATED.test(text)) return [];
  // Without a reference day only absolute dates count: those that write their year out ("last
  // week" and "on Thursday" move with the reference, and the parser fills their year in). A
  // date's words are part of the text, so a text with no four digits in a row holds none.
  const absolute = options.reference === undefined;
  if (absolute && !YEAR.test(text)) return [];
  const reference = options.reference ?? '2010-01-01';
  const results = parser().parse(text, { instant: referenceInstant(reference), timezone: 0 }, { forwardDate: options.tense === 'future' });
  const found: FoundDate[] = [];
  for (const result of results) {
    const precision = precisionOf(result);
    if (precision === undefined || (absolute && !(result.start.isCertain('year') && YEAR.test(result.text)))) continue;
    let day = new Date(Date.UTC(result.start.get('year') ?? 0, (result.start.get('month') ?? 1) - 1, result.start.get('day') ?? 1));
    if (options.tense === 'past' && !result.start.isCertain('year') && isoDay(day) > reference) {
      day = lastBefore(day, result.start.isCertain('day') || result.start.isCertain('month'));
    }
    const year = day.getUTCFullYear();
    if (year < 1000 || year > 9999) continue;
    const iso = isoDay(day);
    found.push({ date: precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4), start: result.index, end: result.index + result.text.length });
  }
  return found;
}

/**
 * A date given as a field value (an input record, front matter): ISO 8601 with or without a time
 * ("2024-03-02", "2024-03-02T10:00:00Z", "2024-03-02 10:00") or words naming the day and year
 * ("March 2, 2024", "Sat, 02 Mar 2024 10:00:00 GMT"). Returns `YYYY-MM-DD`, or undefined when the
 * value names no day of a known year.
 */
export function parseDateField(value: string): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value.trim());
  if (iso?.[1] !== undefined) return isIsoDate(iso[1]) ? iso[1] : undefined;
  const result = chronoNode().strict.parse(value, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })[0];
  if (result === undefined || !result.start.isCertain('year') || !result.start.isCertain('day')) return undefined;
  return `${result.start.get('year') ?? 0}-${pad(result.start.get('month') ?? 1)}-${pad(result.start.get('day') ?? 1)}`;
}
