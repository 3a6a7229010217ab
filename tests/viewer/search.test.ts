// Autocomplete ranking over labels and aliases.
import { join } from 'node:path';
import { loadGraph } from '../../src/graph/load';
import { buildSearchIndex, searchNodes } from '../../viewer/app/search';

const index = buildSearchIndex(loadGraph(join(__dirname, '..', 'fixtures', 'graphs', 'small.json')));
const keys = (query: string) => searchNodes(index, query).map((r) => r.key);

describe('searchNodes', () => {
  it.each<[string, string[]]>([
    ['kb', ['kestrel-bay']],
    ['ITS', ['institute-of-tide-studies']],
    ['tide', ['institute-of-tide-studies']],
    ['okafor', ['bren-okafor']],
    ['zzz', []],
    ['   ', []],
  ])('%s → %j', (query, expected) => {
    expect(keys(query)).toEqual(expected);
  });

  it('ranks an exact alias above a word inside a longer label', () => {
    // "Norland" is Norland Province's alias and a word in "Republic of Norland".
    expect(keys('Norland')).toEqual(['norland-province', 'norland']);
  });

  it('says which alias matched, as written', () => {
    expect(searchNodes(index, 'kb')[0]).toEqual({ key: 'kestrel-bay', label: 'Kestrel Bay', kind: 'city', alias: 'KB' });
    expect(searchNodes(index, 'kestrel')[0]?.alias).toBeNull();
  });

  it('returns at most the limit', () => {
    expect(searchNodes(index, 'a', 3)).toHaveLength(3);
  });
});
