import { editDistance, entitiesByKind, findEntities, resolveEntity, suggestNames } from '../../src/query';
import { empty, harbour, thrown } from './fixtures';

describe('findEntities / resolveEntity', () => {
  const graph = harbour();

  it.each([
    ['Mira Castellan', 'mira-castellan', 'label'],
    ['mira castellan', 'mira-castellan', 'label'],
    ['  MIRA   castellan ', 'mira-castellan', 'label'],
    ['Castellan', 'mira-castellan', 'alias'],
    ['amc', 'ardent-maritime-council', 'alias'],
    ['teo-lindqvist', 'teo-lindqvist', 'label'],
    ['Inés Abadi', 'ines-abadi', 'label'],
    ['a.m.c.', 'ardent-maritime-council', 'alias'],
  ])('finds %j as %s by %s', (name, key, matchedBy) => {
    const [first] = findEntities(graph, name);
    expect(first?.key).toBe(key);
    expect(first?.matchedBy).toBe(matchedBy);
    expect(resolveEntity(graph, name).key).toBe(key);
  });

  it('lists every entity sharing an alias, most mentioned first', () => {
    expect(findEntities(graph, 'Ardent').map((e) => e.key)).toEqual(['port-ardent', 'ardent-maritime-council']);
  });

  it('carries the articles that mention the entity', () => {
    expect(resolveEntity(graph, 'Castellan')).toEqual({
      key: 'mira-castellan',
      label: 'Mira Castellan',
      kind: 'person',
      aliases: ['Castellan'],
      mentions: 6,
      articles: ['harbour-1', 'harbour-2'],
    });
  });

  it('answers an unknown name with nothing from findEntities', () => {
    expect(findEntities(graph, 'Nobody Here')).toEqual([]);
  });

  it('throws QUERY_UNKNOWN_ENTITY naming the name and the near misses', () => {
    const error = thrown(() => resolveEntity(graph, 'Mira Castelan'));
    expect(error.code).toBe('QUERY_UNKNOWN_ENTITY');
    expect(error.message).toBe('no entity named "Mira Castelan" in the graph; did you mean "Mira Castellan"?');
  });

  it('suggests nothing for a name far from every entity', () => {
    expect(suggestNames(graph, 'Zzyzx Quartermaine')).toEqual([]);
    expect(thrown(() => resolveEntity(graph, 'Zzyzx Quartermaine')).message).toBe('no entity named "Zzyzx Quartermaine" in the graph');
  });

  it('suggests by alias too, naming the entity by its label', () => {
    expect(suggestNames(graph, 'Vantongern')).toEqual(['Oskar Vantongeren']);
  });

  it('finds nothing and suggests nothing in an empty graph', () => {
    expect(findEntities(empty(), 'Mira')).toEqual([]);
    expect(thrown(() => resolveEntity(empty(), 'Mira')).code).toBe('QUERY_UNKNOWN_ENTITY');
  });

  it('finds a node by a key that is not its name', () => {
    const graph = harbour();
    graph.addNode('velmora-region', { label: 'Velmora', kind: 'region', aliases: [], mentions: 1, articles: ['harbour-3'] });
    expect(findEntities(graph, 'Velmora Region').map((e) => [e.key, e.matchedBy])).toEqual([['velmora-region', 'key']]);
    expect(findEntities(graph, 'velmora').map((e) => e.key).sort()).toEqual(['velmora', 'velmora-region']);
  });

  it('sees nodes added after the first lookup', () => {
    const grown = harbour();
    expect(findEntities(grown, 'Lio Marand')).toEqual([]);
    grown.addNode('lio-marand', { label: 'Lio Marand', kind: 'person', aliases: [], mentions: 1, articles: ['harbour-3'] });
    expect(resolveEntity(grown, 'lio marand').key).toBe('lio-marand');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['castellan', 'castelan', 1],
  ])('%j → %j is %d', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('entitiesByKind', () => {
  it('lists the entities of one kind, most mentioned first', () => {
    expect(entitiesByKind(harbour(), 'city').map((e) => e.label)).toEqual(['Port Ardent', 'Velmora', 'Saltmere']);
    expect(entitiesByKind(harbour(), 'country').map((e) => e.label)).toEqual(['Republic of Caldera']);
  });

  it('answers an empty list when the kind is absent', () => {
    expect(entitiesByKind(empty(), 'person')).toEqual([]);
  });
});
