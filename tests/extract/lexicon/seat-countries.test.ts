import { gazetteer, nameKey } from '../../../src/extract/entities/gazetteer';
import { lexiconRows } from '../../../src/extract/lexicon';

describe('seat-countries lexicon', () => {
  it('names, for every seat, a country the country data knows', () => {
    const rows = lexiconRows('seat-countries');
    expect(rows.length).toBeGreaterThan(10);
    const unknown = rows.filter(([, country = '']) => !gazetteer().countries.get(nameKey(country))?.code);
    expect(unknown).toEqual([]);
  });
});
