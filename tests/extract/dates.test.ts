// The date of each piece of evidence, as a table: an invented sentence, the article's date and
// whether the relation is planned → the event's date the sentence fixes, or none (then the
// article's date stands, marked as such). Rows cross month, year and leap-day boundaries.
import { dateEvidence } from '../../src/extract/dates';
import type { Extraction, Mention } from '../../src/extract/types';

type Row = [sentence: string, articleDate: string | null, expected: string | null, planned?: 'planned'];

const ROWS: Row[] = [
  // A weekday stated as fact is the last one up to the article's day.
  ['Ada Lin met Bo Ferren on Thursday.', '2024-03-01', '2024-02-29'],
  ['Ada Lin met Bo Ferren on Friday.', '2024-01-02', '2023-12-29'],
  ['Ada Lin met Bo Ferren on Monday.', '2024-01-02', '2024-01-01'],
  ['On Monday, Ada Lin met Bo Ferren.', '2024-01-03', '2024-01-01'],
  ['Ada Lin met Bo Ferren on Sunday night.', '2024-01-01', '2023-12-31'],
  ['Ada Lin met Bo Ferren on Tuesday.', '2024-01-02', '2024-01-02'],
  // Relative days and weeks.
  ['Ada Lin met Bo Ferren yesterday.', '2024-01-01', '2023-12-31'],
  ['Ada Lin met Bo Ferren yesterday.', '2024-03-01', '2024-02-29'],
  ['Ada Lin met Bo Ferren yesterday.', '2023-03-01', '2023-02-28'],
  ['Ada Lin met Bo Ferren this morning.', '2024-02-20', '2024-02-20'],
  ['Ada Lin met Bo Ferren two days ago.', '2024-01-01', '2023-12-30'],
  ['Ada Lin met Bo Ferren last week.', '2024-01-03', '2023-12-27'],
  ['Ada Lin met Bo Ferren three weeks ago.', '2024-01-10', '2023-12-20'],
  // A day of the month without a year is the last one up to the article's day.
  ['Ada Lin met Bo Ferren on Dec. 30.', '2024-01-02', '2023-12-30'],
  ['Ada Lin met Bo Ferren on Jan. 31.', '2024-02-01', '2024-01-31'],
  ['Ada Lin met Bo Ferren on Feb. 29.', '2024-03-02', '2024-02-29'],
  ['Ada Lin met Bo Ferren on March 2.', '2024-03-05', '2024-03-02'],
  ['Ada Lin met Bo Ferren on March 2.', '2024-02-10', '2023-03-02'],
  ['Ada Lin met Bo Ferren on 1 January.', '2024-01-03', '2024-01-01'],
  ['Ada Lin met Bo Ferren on Wednesday, Jan. 3.', '2024-01-05', '2024-01-03'],
  // Dates that name their year need no article date.
  ['Ada Lin met Bo Ferren on 2 March 2021.', '2024-01-02', '2021-03-02'],
  ['Ada Lin met Bo Ferren on 2024-02-29.', '2024-03-10', '2024-02-29'],
  ['Ada Lin met Bo Ferren on March 2, 2021.', null, '2021-03-02'],
  ['Ada Lin met Bo Ferren in 2019.', null, '2019'],
  // Months and years, at the precision the text gives.
  ['Ada Lin met Bo Ferren in 2019.', '2024-01-02', '2019'],
  ['Ada Lin met Bo Ferren during 2020.', '2024-01-02', '2020'],
  ['Ada Lin and Bo Ferren have been partners since 1990.', '2024-01-02', '1990'],
  ['Ada Lin met Bo Ferren in May 2019.', '2024-01-02', '2019-05'],
  ['Ada Lin met Bo Ferren in December.', '2024-01-10', '2023-12'],
  ['Ada Lin met Bo Ferren in late December.', '2024-01-05', '2023-12'],
  ['Ada Lin met Bo Ferren last month.', '2024-01-15', '2023-12'],
  ['Ada Lin met Bo Ferren earlier this month.', '2024-02-20', '2024-02'],
  ['Ada Lin met Bo Ferren last year.', '2024-01-15', '2023'],
  // Plans look forward, across the turn of the year.
  ['Ada Lin will meet Bo Ferren on Monday.', '2024-12-31', '2025-01-06', 'planned'],
  ['Ada Lin is expected to meet Bo Ferren on Friday.', '2024-01-02', '2024-01-05', 'planned'],
  ['Ada Lin will meet Bo Ferren tomorrow.', '2024-12-31', '2025-01-01', 'planned'],
  ['Ada Lin will meet Bo Ferren next week.', '2024-12-28', '2025-01-04', 'planned'],
  ['Ada Lin will visit Bo Ferren next month.', '2024-12-15', '2025-01', 'planned'],
  ['Ada Lin will meet Bo Ferren in January.', '2024-12-15', '2025-01', 'planned'],
  // Several dates: the meeting's day, not the background year.
  ['Ada Lin, who took office in 2019, met Bo Ferren on Tuesday.', '2024-01-04', '2024-01-02'],
  // No date in the sentence: a clock time, a duration, words that only look like dates.
  ['Ada Lin met Bo Ferren at the harbour.', '2024-01-02', null],
  ['Ada Lin met Bo Ferren at 5 p.m.', '2024-01-02', null],
  ['Ada Lin met Bo Ferren for three hours.', '2024-01-02', null],
  ['Ada Lin met Bo Ferren at 10 Downing Street.', '2024-01-02', null],
  ['Ada Lin told The Sun newspaper about Bo Ferren.', '2024-01-02', null],
  ['Ada May met Bo Ferren in the capital.', '2024-01-02', null],
  ['Ada Lin met Bo Ferren at the G20 summit.', '2024-01-02', null],
  ['Ada Lin met Bo Ferren in the 1990s.', '2024-01-02', null],
  // Without the article's date a relative date cannot be placed.
  ['Ada Lin met Bo Ferren on Thursday.', null, null],
  ['Ada Lin met Bo Ferren last week.', null, null],
];

function extractionOf(sentence: string, planned: boolean): Extraction {
  const offset = 20; // the sentence sits inside a longer article
  const mentions: Mention[] = [];
  for (const [entity, name] of [['a', sentence.startsWith('Ada May') ? 'Ada May' : 'Ada Lin'], ['b', 'Bo Ferren']] as const) {
    const at = sentence.indexOf(name);
    if (at >= 0) mentions.push({ entity, start: offset + at, end: offset + at + name.length, text: name, sentence: 0 });
  }
  mentions.sort((x, y) => x.start - y.start);
  const evidence = { article: 'art', sentence, start: offset, end: offset + sentence.length };
  return {
    article: 'art',
    entities: [],
    mentions,
    relations: [{ source: 'a', target: 'b', relation: 'met-with', evidence: [evidence], rule: 'test', ...(planned ? { status: 'planned' as const } : {}) }],
  };
}

describe('dateEvidence', () => {
  it('has a table of at least 40 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(40));

  for (const [sentence, articleDate, expected, planned] of ROWS) {
    it(`${planned ?? 'stated'}: ${sentence} (article ${articleDate ?? 'undated'}) gives ${expected ?? 'no date'}`, () => {
      const extraction = extractionOf(sentence, planned === 'planned');
      dateEvidence(extraction, articleDate ?? undefined);
      const evidence = extraction.relations[0]?.evidence[0];
      if (expected !== null) expect([evidence?.date, evidence?.dateSource]).toEqual([expected, 'text']);
      else if (articleDate !== null) expect([evidence?.date, evidence?.dateSource]).toEqual([articleDate, 'article']);
      else expect([evidence?.date, evidence?.dateSource]).toEqual([undefined, undefined]);
    });
  }
});
