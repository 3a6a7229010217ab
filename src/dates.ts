// Dates as the graph stores them: ISO 8601 calendar dates at the precision the source gives,
// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Each is read as the span of days it covers, so "2019" lies
// within a range from 2019-06-01 and sorts before "2019-05-02" by its first day. Shared by the
// builder, the validator, queries, exports and the viewer (no Node APIs here).

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` is a real calendar date in one of the three precisions. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first and last day (`YYYY-MM-DD`) a date covers. */
export function daySpan(date: string): [string, string] {
  const [year = '', month, day] = date.split('-');
  if (day !== undefined) return [date, date];
  if (month !== undefined) return [`${year}-${month}-01`, `${year}-${month}-${String(daysInMonth(Number(year), Number(month))).padStart(2, '0')}`];
  return [`${year}-01-01`, `${year}-12-31`];
}

/** A range of days; either end may be open. */
export interface DateRange {
  since?: string;
  until?: string;
}

/** Whether any day of `date` falls in the range (both ends included). */
export function overlaps(date: string, range: DateRange): boolean {
  const [first, last] = daySpan(date);
  return (range.since === undefined || last >= daySpan(range.since)[0]) && (range.until === undefined || first <= daySpan(range.until)[1]);
}

/** The earliest (by first day) and latest (by last day) of some dates, or undefined when there are none. */
export function dateBounds(dates: Iterable<string>): { first: string; last: string } | undefined {
  let first: string | undefined;
  let last: string | undefined;
  for (const date of dates) {
    if (first === undefined || daySpan(date)[0] < daySpan(first)[0]) first = date;
    if (last === undefined || daySpan(date)[1] > daySpan(last)[1]) last = date;
  }
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** Orders dates by their first day, then the more precise first; undefined last. */
export function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const [aFirst] = daySpan(a);
  const [bFirst] = daySpan(b);
  return aFirst < bFirst ? -1 : aFirst > bFirst ? 1 : b.length - a.length;
}
