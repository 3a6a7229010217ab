// An article's metadata from the input's fields, the headline line and the dateline.
import { parseDateField } from '../../src/article/dates';
import { describeArticle } from '../../src/article/metadata';

const WIRE = 'Harbour deal signed\n\nLONDON, March 2 (Reuters) - Mayor Ada Lin met Bo Ferren on Thursday.\n';

describe('describeArticle', () => {
  it('takes the title from the headline line, the outlet and day from the dateline, the year from the file', () => {
    expect(describeArticle(WIRE, 'wire-1', { fileDate: '2024-05-10' })).toEqual({ title: 'Harbour deal signed', date: '2024-03-02', outlet: 'Reuters', words: 16 });
  });

  it('places a dateline day in the year before when the file is from early the next year', () => {
    expect(describeArticle(WIRE.replace('March 2', 'Dec 30'), 'wire-1', { fileDate: '2025-01-03' }).date).toBe('2024-12-30');
  });

  it('never places a dateline day after the file date, even when the next one is nearer', () => {
    // March 2 is 86 days after the file's date and 279 before it: the article was written before the file.
    expect(describeArticle(WIRE, 'wire-1', { fileDate: '2026-12-06' }).date).toBe('2026-03-02');
  });

  it('leaves the date out when nothing gives the dateline a year', () => {
    expect(describeArticle(WIRE, 'wire-1')).toEqual({ title: 'Harbour deal signed', outlet: 'Reuters', words: 16 });
  });

  it('reads an ISO dateline that names its year', () => {
    expect(describeArticle('LIMA 1996-08-30\nAda Lin met Bo Ferren.\n', 'x').date).toBe('1996-08-30');
  });

  it("lets the input's fields win over what the text says", () => {
    const fields = { title: 'Deal signed in London', date: '2024-03-03', url: 'https://news.example/a', outlet: 'Daily Abc', author: 'Cy Moss' };
    expect(describeArticle(WIRE, 'wire-1', { fields, fileDate: '2024-05-10' })).toEqual({ ...fields, words: 16 });
  });

  it('titles an article with no headline line by its id', () => {
    expect(describeArticle('Ada Lin met Bo Ferren on Thursday.', 'plain')).toEqual({ title: 'plain', words: 7 });
  });
});

describe('parseDateField', () => {
  it.each([
    ['2024-03-02', '2024-03-02'],
    ['2024-03-02T10:00:00Z', '2024-03-02'],
    ['2017-12-31 22:13:00', '2017-12-31'],
    ['March 2, 2024', '2024-03-02'],
    ['Sat, 02 Mar 2024 10:00:00 GMT', '2024-03-02'],
    ['2 March 2024', '2024-03-02'],
  ])('%s → %s', (value, expected) => expect(parseDateField(value)).toBe(expected));

  it.each(['2024-13-01', '2024-02-30', 'yesterday', 'March 2', 'soon', ''])('refuses %j', (value) => expect(parseDateField(value)).toBeUndefined());
});
