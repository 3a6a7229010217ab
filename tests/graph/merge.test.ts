import { mergeEntities } from '../../src/graph/merge';
import { extraction, type EntitySpec } from './extraction-fixture';

const only = (article: string, entities: EntitySpec[]) => extraction(article, '', entities);

describe('mergeEntities', () => {
  it('gives one node to one person named in two articles, with every alias and its articles', () => {
    const merged = mergeEntities([
      only('first', [{ label: 'Tova Brandt', kind: 'person', aliases: ['Brandt'], mentions: 2 }]),
      only('second', [{ label: 'Tova Brandt', kind: 'person', aliases: ['Brandt', 'T. Brandt'], mentions: 3 }]),
    ]);
    expect(merged.nodes).toHaveLength(1);
    expect(merged.keyOf('first', 'e0')).toBe('tova-brandt');
    expect(merged.keyOf('second', 'e0')).toBe('tova-brandt');
    expect(merged.nodes[0]?.attributes).toEqual({
      label: 'Tova Brandt',
      kind: 'person',
      aliases: ['Brandt', 'T. Brandt'],
      mentions: 5,
      articles: ['first', 'second'],
      aliasArticles: { Brandt: ['first', 'second'], 'T. Brandt': ['second'] },
    });
  });

  it("merges an article's name with another article's alias of the same kind, the fuller name as label", () => {
    const merged = mergeEntities([
      only('one', [{ label: 'US', kind: 'country' }]),
      only('two', [{ label: 'United States', kind: 'country', aliases: ['U.S.'] }]),
    ]);
    expect(merged.nodes).toHaveLength(1);
    expect(merged.nodes[0]?.attributes.label).toBe('United States');
    expect(merged.nodes[0]?.attributes.aliasArticles).toEqual({ US: ['one'], 'U.S.': ['two'] });
    expect(merged.keyOf('one', 'e0')).toBe(merged.keyOf('two', 'e0'));
  });

  it('keeps apart the same name when the kinds differ', () => {
    const merged = mergeEntities([
      only('one', [{ label: 'Kerrow', kind: 'city' }]),
      only('two', [{ label: 'Kerrow', kind: 'region' }, { label: 'Kerrow Council', kind: 'institution', aliases: ['Kerrow'] }]),
    ]);
    expect(merged.nodes.map((n) => [n.key, n.attributes.kind])).toEqual([
      ['kerrow', 'city'],
      ['kerrow-region', 'region'],
      ['kerrow-council', 'institution'],
    ]);
  });

  it('joins a bare surname to the one person of the corpus with that surname', () => {
    const merged = mergeEntities([
      only('one', [{ label: 'Brandt', kind: 'person', mentions: 2 }]),
      only('two', [{ label: 'Tova Brandt', kind: 'person' }]),
    ]);
    expect(merged.nodes).toHaveLength(1);
    expect(merged.nodes[0]?.attributes).toMatchObject({ label: 'Tova Brandt', mentions: 3, aliasArticles: { Brandt: ['one'] } });
  });

  it('never joins a bare surname two people share, nor the bare surname across articles', () => {
    const merged = mergeEntities([
      only('one', [{ label: 'Tova Brandt', kind: 'person', aliases: ['Brandt'] }]),
      only('two', [{ label: 'Milo Brandt', kind: 'person' }, { label: 'Brandt', kind: 'person' }]),
      only('three', [{ label: 'Brandt', kind: 'person' }]),
    ]);
    const labels = merged.nodes.map((n) => n.attributes.label);
    expect(labels).toEqual(['Tova Brandt', 'Milo Brandt', 'Brandt', 'Brandt']);
    expect(merged.keyOf('two', 'e1')).not.toBe(merged.keyOf('three', 'e0'));
    expect(merged.nodes.find((n) => n.attributes.label === 'Tova Brandt')?.attributes.articles).toEqual(['one']);
  });

  it('leaves an alias two entities claim unmerged', () => {
    const merged = mergeEntities([
      only('one', [
        { label: 'Harbour Trust', kind: 'institution', aliases: ['HT'] },
        { label: 'Highland Transit', kind: 'institution', aliases: ['HT'] },
      ]),
      only('two', [{ label: 'HT', kind: 'institution' }]),
    ]);
    expect(merged.nodes).toHaveLength(3);
  });
});

describe('mergeEntities with an entity listing its own name as an alias', () => {
  it('still merges the one other entity that uses that name', () => {
    const merged = mergeEntities([
      only('one', [{ label: 'Harbour Trust', kind: 'institution', aliases: ['Harbour Trust', 'HT'] }]),
      only('two', [{ label: 'HT', kind: 'institution', aliases: ['HT'] }]),
    ]);
    expect(merged.nodes).toHaveLength(1);
    expect(merged.nodes[0]?.attributes.aliases).toEqual(['HT']);
  });
});
