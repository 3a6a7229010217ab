import { comparableName, NodeKeys, slugify } from '../../src/graph/keys';

describe('comparableName', () => {
  it.each([
    ['U.S.', 'us'],
    ['US', 'us'],
    ['Zoë  Marlow', 'zoe marlow'],
    ["O'Hara", 'ohara'],
    ['Ada Quill 2', 'ada quill 2'],
    ['Ada  Quill', 'ada quill'],
    [' Ada', 'ada'],
    ['ADA-QUILL', 'ada quill'],
  ])('%s → %s', (name, key) => expect(comparableName(name)).toBe(key));
});

describe('slugify', () => {
  it.each([
    ['Ada Quill', 'ada-quill'],
    ['U.S.', 'us'],
    ['São Reno', 'sao-reno'],
    ["Tide Workers' Union", 'tide-workers-union'],
    ['  Lumen   Bay ', 'lumen-bay'],
  ])('%s → %s', (label, slug) => expect(slugify(label)).toBe(slug));
});

describe('NodeKeys', () => {
  it('tells colliding names apart by kind, then by number, the same way every time', () => {
    const issue = () => {
      const keys = new NodeKeys();
      return [
        keys.next('Kerrow', 'city'),
        keys.next('Kerrow', 'region'),
        keys.next('kerrow', 'region'),
        keys.next('Kerrow', 'region'),
        keys.next('...', 'person'),
        keys.next('Brandt', 'person', 'article-2'),
      ];
    };
    expect(issue()).toEqual(['kerrow', 'kerrow-region', 'kerrow-region-2', 'kerrow-region-3', 'person', 'brandt-article-2']);
    expect(issue()).toEqual(issue());
  });
});
