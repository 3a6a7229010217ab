import { affiliations, egoNetwork, neighbours, quotedBy, quotes, relations, sisterCities, whoMet } from '../../src/query';
import type { Connection } from '../../src/query';
import { empty, harbour, thrown } from './fixtures';

const labels = (connections: Connection[]): string[] => connections.map((c) => c.entity.label);

describe('relations', () => {
  const graph = harbour();
  const keys = (filter: Parameters<typeof relations>[1]): string[] => relations(graph, filter).map((r) => r.key).sort();

  it('filters by type', () => {
    expect(keys({ relation: 'sister-city' })).toEqual(['port-ardent|sister-city|saltmere', 'port-ardent|sister-city|velmora']);
    expect(keys({ relation: ['located-in', 'quoted-by'] })).toHaveLength(4);
  });

  it('filters by source and target names, an undirected edge matching at either end', () => {
    expect(keys({ source: 'Castellan', relation: 'affiliated-with' })).toEqual(['mira-castellan|affiliated-with|port-ardent']);
    expect(keys({ target: 'Evening Beacon' })).toEqual(['mira-castellan|quoted-by|evening-beacon', 'oskar-vantongeren|quoted-by|evening-beacon']);
    expect(keys({ source: 'Evening Beacon' })).toEqual([]);
    expect(keys({ source: 'Velmora', relation: 'sister-city' })).toEqual(['port-ardent|sister-city|velmora']);
    expect(keys({ source: 'Oskar Vantongeren', target: 'Mira Castellan' })).toEqual(['mira-castellan|met-with|oskar-vantongeren']);
  });

  it('keeps both edges of a multi pair apart', () => {
    expect(keys({ source: 'Mira Castellan', target: 'Port Ardent' })).toEqual(['mira-castellan|affiliated-with|port-ardent', 'mira-castellan|visited|port-ardent']);
  });

  it('filters by status', () => {
    expect(keys({ status: 'planned' })).toEqual(['mira-castellan|met-with|ines-abadi']);
    expect(keys({ status: 'stated' })).toHaveLength(12);
  });

  it('carries evidence, role and status, most evidence first', () => {
    const [first] = relations(graph, { relation: 'met-with' });
    expect(first?.key).toBe('mira-castellan|met-with|oskar-vantongeren');
    expect(first?.weight).toBe(2);
    expect(first?.evidence.map((e) => e.article)).toEqual(['harbour-1', 'harbour-2']);
    const [chair] = relations(graph, { source: 'Ines Abadi', relation: 'affiliated-with' });
    expect(chair?.role).toBe('chair');
    expect(chair?.directed).toBe(true);
    expect(chair?.targetLabel).toBe('Ardent Maritime Council');
  });

  it('throws QUERY_UNKNOWN_ENTITY for an unknown source', () => {
    expect(thrown(() => relations(graph, { source: 'Nobody' })).code).toBe('QUERY_UNKNOWN_ENTITY');
  });

  it('answers an empty list on an empty graph', () => {
    expect(relations(empty())).toEqual([]);
  });
});

describe('the everyday questions', () => {
  const graph = harbour();

  it('whoMet lists the people met, strongest evidence first, planned meetings marked', () => {
    const met = whoMet(graph, 'mira castellan');
    expect(labels(met)).toEqual(['Oskar Vantongeren', 'Ines Abadi']);
    expect(met[0]?.relations[0]?.evidence.map((e) => e.sentence)).toEqual([
      'Mayor Mira Castellan met Oskar Vantongeren at the pier.',
      'Castellan and Vantongeren met again on Friday.',
    ]);
    expect(met[1]?.relations[0]?.status).toBe('planned');
    expect(labels(whoMet(graph, 'Teo Lindqvist'))).toEqual(['Oskar Vantongeren']);
  });

  it('whoMet is empty for someone who met no one', () => {
    expect(whoMet(graph, 'Ruth Okonkwo')).toEqual([]);
  });

  it('quotes lists the outlets that quoted a person; quotedBy the people an outlet quoted', () => {
    expect(labels(quotes(graph, 'Castellan'))).toEqual(['Evening Beacon']);
    expect(labels(quotedBy(graph, 'Beacon'))).toEqual(['Mira Castellan', 'Oskar Vantongeren']);
    expect(quotedBy(graph, 'Castellan')).toEqual([]);
    expect(quotes(graph, 'Evening Beacon')).toEqual([]);
    expect(quotedBy(graph, 'Coastal Wire')[0]?.relations[0]?.evidence[0]?.sentence).toBe('Ruth Okonkwo told Coastal Wire she had doubts.');
  });

  it('sisterCities lists twinned cities from either end', () => {
    expect(labels(sisterCities(graph, 'Port Ardent'))).toEqual(['Saltmere', 'Velmora']);
    expect(labels(sisterCities(graph, 'Velmora'))).toEqual(['Port Ardent']);
    expect(sisterCities(graph, 'Westmarch')).toEqual([]);
  });

  it('affiliations works from the person and from the institution', () => {
    expect(affiliations(graph, 'Ines Abadi').map((c) => [c.entity.label, c.relations[0]?.role])).toEqual([['Ardent Maritime Council', 'chair']]);
    expect(labels(affiliations(graph, 'AMC'))).toEqual(['Ines Abadi']);
  });

  it('every question throws QUERY_UNKNOWN_ENTITY with suggestions for a near miss', () => {
    for (const ask of [whoMet, quotes, quotedBy, sisterCities, affiliations]) {
      const error = thrown(() => ask(graph, 'Port Ardant'));
      expect(error.code).toBe('QUERY_UNKNOWN_ENTITY');
      expect(error.message).toContain('"Port Ardent"');
    }
  });
});

describe('neighbours', () => {
  const graph = harbour();

  it('lists direct neighbours with the relations that reach them', () => {
    const found = neighbours(graph, 'Teo Lindqvist');
    expect(found.map((n) => [n.entity.label, n.depth, n.via])).toEqual([['Oskar Vantongeren', 1, 'teo-lindqvist']]);
    expect(found[0]?.relations.map((r) => r.relation)).toEqual(['met-with']);
  });

  it('goes to a given depth, nearest first', () => {
    const found = neighbours(graph, 'Teo Lindqvist', { depth: 2 });
    expect(found.map((n) => n.depth)).toEqual([1, 2, 2, 2]);
    expect(found.filter((n) => n.depth === 2).map((n) => n.entity.label).sort()).toEqual(['Evening Beacon', 'Mira Castellan', 'Velmora']);
  });

  it('follows only the given relations', () => {
    const found = neighbours(graph, 'Teo Lindqvist', { relation: 'met-with', depth: 3 });
    expect(found.map((n) => n.entity.label)).toEqual(['Oskar Vantongeren', 'Mira Castellan', 'Ines Abadi']);
  });

  it('follows directed relations one way when asked', () => {
    expect(neighbours(graph, 'Evening Beacon', { direction: 'out' })).toEqual([]);
    expect(neighbours(graph, 'Evening Beacon', { direction: 'in' }).map((n) => n.entity.label).sort()).toEqual(['Mira Castellan', 'Oskar Vantongeren']);
    // An undirected relation counts in either direction.
    expect(neighbours(graph, 'Velmora', { direction: 'out' }).map((n) => n.entity.label)).toEqual(['Port Ardent']);
  });

  it('keeps both edges of a multi pair on one neighbour', () => {
    const ardent = neighbours(graph, 'Mira Castellan').find((n) => n.entity.key === 'port-ardent');
    expect(ardent?.relations.map((r) => r.relation).sort()).toEqual(['affiliated-with', 'visited']);
  });

  it('is empty for an isolated entity', () => {
    expect(neighbours(graph, 'Republic of Caldera', { depth: 3 })).toEqual([]);
  });

  it('throws for an unknown name', () => {
    expect(thrown(() => neighbours(graph, 'Atlantis')).code).toBe('QUERY_UNKNOWN_ENTITY');
  });
});

describe('egoNetwork', () => {
  const graph = harbour();

  it('is a new graph of the entity, its neighbours and the edges among them', () => {
    const ego = egoNetwork(graph, 'Oskar Vantongeren');
    expect(ego.nodes().sort()).toEqual(['evening-beacon', 'mira-castellan', 'oskar-vantongeren', 'teo-lindqvist', 'velmora']);
    // Mira's quote in the Beacon joins two neighbours, so it belongs to the ego network.
    expect(ego.hasEdge('mira-castellan|quoted-by|evening-beacon')).toBe(true);
    expect(ego.getEdgeAttribute('oskar-vantongeren|met-with|teo-lindqvist', 'evidence')).toHaveLength(1);
    expect(ego).not.toBe(graph);
    expect(graph.order).toBe(13);
  });

  it('is the entity alone when it has no relations', () => {
    expect(egoNetwork(graph, 'Caldera').nodes()).toEqual(['caldera']);
  });
});
