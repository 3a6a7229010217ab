import { readStructure } from '../../src/article/structure';

const slice = (text: string, span: { start: number; end: number } | undefined): string | undefined => (span ? text.slice(span.start, span.end) : undefined);

describe('readStructure', () => {
  test.each([
    ['wire dateline with outlet', 'Headline\n\nOSLO (Reuters) - Ada Quill said.', 'OSLO', 'Reuters'],
    ['dateline with date', 'Headline\n\nSAN JOSE, March 2 - Prices rose.', 'SAN JOSE', undefined],
    ['dateline on its own line', 'HEADLINE\n\nQUITO 1999-08-30\n\nPrices rose.', 'QUITO', undefined],
    ['title-case place with outlet', 'Headline\n\nNairobi (AP) \u2014 Rain fell.', 'Nairobi', 'AP'],
  ])('%s', (_name, text, place, outlet) => {
    const structure = readStructure(text);
    expect(structure.datelines).toHaveLength(1);
    expect(slice(text, structure.datelines[0]?.place)).toBe(place);
    expect(slice(text, structure.datelines[0]?.outlet)).toBe(outlet);
    expect(structure.datelines[0]?.dated).toBe(true);
  });

  test('a dateline of two places gives one dateline each, the outlet with the last', () => {
    const text = 'Headline\n\nOSLO/SAN JOSE (Reuters) - Prices rose.';
    const datelines = readStructure(text).datelines;
    expect(datelines.map((d) => [slice(text, d.place), slice(text, d.outlet)])).toEqual([
      ['OSLO', undefined],
      ['SAN JOSE', 'Reuters'],
    ]);
  });

  test('a sports headline looks like an undated dateline and is marked so', () => {
    const text = 'SOCCER - ABCTON WIN AGAIN\n\nAbcton won.';
    expect(readStructure(text).datelines.map((d) => d.dated)).toEqual([false]);
  });

  test('the first line is a title when more text follows and it reads as a headline', () => {
    const text = 'Rain Returns To The Valley\n\nIt rained all day.';
    expect(slice(text, readStructure(text).title)).toBe('Rain Returns To The Valley');
    expect(readStructure('It rained all day.').title).toBeUndefined();
    expect(readStructure('It rained all day.\n\nThen it stopped.').title).toBeUndefined();
  });

  test('photo credits name the agency and the photographer', () => {
    const text = 'Headline\n\nA crowd gathers. Photo: Abc Images\n\nCrowds (AP Photo/Bo Ferrant) waited.';
    const credits = readStructure(text).credits;
    expect(credits.map((c) => slice(text, c.source))).toEqual(['Abc Images', 'AP']);
    expect(slice(text, credits[1]?.person)).toBe('Bo Ferrant');
  });
});
