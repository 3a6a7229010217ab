import { communities, graphStats, shortestPath, topEntities } from '../../src/query';
import { empty, harbour, thrown } from './fixtures';

describe('shortestPath', () => {
  const graph = harbour();

  it('finds the unique shortest chain with the relations and evidence along it', () => {
    const path = shortestPath(graph, 'Teo Lindqvist', 'Ines Abadi');
    expect(path?.nodes.map((n) => n.label)).toEqual(['Teo Lindqvist', 'Oskar Vantongeren', 'Mira Castellan', 'Ines Abadi']);
    expect(path?.steps.map((s) => [s.from, s.to, s.relations.map((r) => r.relation)])).toEqual([
      ['teo-lindqvist', 'oskar-vantongeren', ['met-with']],
      ['oskar-vantongeren', 'mira-castellan', ['met-with']],
      ['mira-castellan', 'ines-abadi', ['met-with']],
    ]);
    expect(path?.steps[2]?.relations[0]?.evidence[0]?.sentence).toBe('Castellan is expected to meet Ines Abadi next month.');
  });

  it('walks directed relations backwards unless told not to', () => {
    const undirected = shortestPath(graph, 'Westmarch', 'Velmora');
    expect(undirected?.nodes.map((n) => n.key)).toEqual(['westmarch', 'saltmere', 'port-ardent', 'velmora']);
    expect(shortestPath(graph, 'Westmarch', 'Velmora', { directed: true })).toBeNull();
    const directed = shortestPath(graph, 'Velmora', 'Westmarch', { directed: true });
    expect(directed?.steps.map((s) => s.relations.map((r) => r.relation).join())).toEqual(['sister-city', 'sister-city', 'located-in']);
  });

  it('lists every relation of a step between a multi pair', () => {
    const path = shortestPath(graph, 'Mira Castellan', 'Port Ardent');
    expect(path?.steps[0]?.relations.map((r) => r.relation).sort()).toEqual(['affiliated-with', 'visited']);
  });

  it('answers null, not an error, when no path exists', () => {
    expect(shortestPath(graph, 'Ruth Okonkwo', 'Mira Castellan')).toBeNull();
    expect(shortestPath(graph, 'Republic of Caldera', 'Westmarch')).toBeNull();
  });

  it('answers a path of no steps from an entity to itself', () => {
    expect(shortestPath(graph, 'Velmora', 'velmora')).toEqual({ nodes: [expect.objectContaining({ key: 'velmora' })], steps: [] });
  });

  it('throws for an unknown end', () => {
    const error = thrown(() => shortestPath(graph, 'Velmora', 'Saltmer'));
    expect(error.code).toBe('QUERY_UNKNOWN_ENTITY');
    expect(error.message).toContain('did you mean "Saltmere"');
  });

  it('sees edges added after an earlier path query', () => {
    const grown = harbour();
    expect(shortestPath(grown, 'Ruth Okonkwo', 'Mira Castellan')).toBeNull();
    grown.addUndirectedEdgeWithKey('ruth-okonkwo|met-with|mira-castellan', 'ruth-okonkwo', 'mira-castellan', {
      relation: 'met-with',
      weight: 1,
      evidence: [{ article: 'harbour-3', sentence: 'Okonkwo met Castellan.', start: 0, end: 22 }],
    });
    expect(shortestPath(grown, 'Ruth Okonkwo', 'Mira Castellan')?.steps).toHaveLength(1);
  });
});

describe('topEntities', () => {
  const graph = harbour();

  it('ranks by degree with the relation and evidence counts behind each score', () => {
    const top = topEntities(graph, { limit: 3 });
    expect(top.map((r) => [r.entity.label, r.score, r.degree, r.evidence])).toEqual([
      ['Mira Castellan', 5, 5, 6],
      ['Oskar Vantongeren', 4, 4, 5],
      ['Port Ardent', 4, 4, 4],
    ]);
  });

  it('filters by kind', () => {
    expect(topEntities(graph, { kind: 'city', limit: 2 }).map((r) => r.entity.label)).toEqual(['Port Ardent', 'Saltmere']);
    // Saltmere and Velmora tie on degree 2: the label breaks the tie.
  });

  it('ranks by PageRank: scores sum to one, directed relations pass rank from subject to object', () => {
    const all = topEntities(graph, { measure: 'pagerank', limit: 100 });
    const score = (label: string): number => all.find((r) => r.entity.label === label)?.score ?? NaN;
    expect(all).toHaveLength(13);
    expect(all.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 5);
    // Ruth Okonkwo -quoted-by-> Coastal Wire: the outlet gains, the person does not.
    expect(score('Coastal Wire')).toBeGreaterThan(score('Ruth Okonkwo'));
    expect(score('Evening Beacon')).toBeGreaterThan(score('Ruth Okonkwo'));
  });

  it('ranks by betweenness: the bridges first, leaves at zero', () => {
    const all = topEntities(graph, { measure: 'betweenness', limit: 100 });
    const score = (label: string): number | undefined => all.find((r) => r.entity.label === label)?.score;
    expect(all[0]?.score).toBeGreaterThan(0);
    expect(score('Teo Lindqvist')).toBe(0);
    expect(score('Republic of Caldera')).toBe(0);
    expect(score('Mira Castellan')).toBeGreaterThan(0);
  });

  it('answers an empty list on an empty graph', () => {
    expect(topEntities(empty(), { measure: 'pagerank' })).toEqual([]);
    expect(topEntities(empty(), { measure: 'betweenness' })).toEqual([]);
  });
});

describe('communities', () => {
  it('groups tied entities, largest first, with the relations inside each', () => {
    const found = communities(harbour());
    const members = found.map((c) => c.members.map((m) => m.key).sort());
    // Every entity in exactly one community.
    expect(members.flat().sort()).toHaveLength(13);
    expect(new Set(members.flat()).size).toBe(13);
    // Separate components never share a community; the isolated country stands alone.
    expect(members).toContainEqual(['coastal-wire', 'ruth-okonkwo']);
    expect(members).toContainEqual(['caldera']);
    for (const community of found) {
      const inside = new Set(community.members.map((m) => m.key));
      for (const r of community.relations) expect(inside.has(r.source) && inside.has(r.target)).toBe(true);
    }
    expect(found.map((c) => c.members.length)).toEqual([...found.map((c) => c.members.length)].sort((a, b) => b - a));
  });

  it('gives the same answer every run', () => {
    expect(communities(harbour())).toEqual(communities(harbour()));
  });

  it('answers an empty list on an empty graph', () => {
    expect(communities(empty())).toEqual([]);
  });
});

describe('graphStats', () => {
  it('counts entities by kind and relations by type', () => {
    expect(graphStats(harbour())).toEqual({
      nodes: 13,
      edges: 13,
      byKind: { person: 5, city: 3, institution: 3, country: 1, region: 1 },
      byRelation: { 'met-with': 3, 'quoted-by': 3, 'sister-city': 2, 'affiliated-with': 2, visited: 2, 'located-in': 1 },
      planned: 1,
      evidence: 14,
      articles: 2,
    });
  });

  it('counts zero on an empty graph', () => {
    const stats = graphStats(empty());
    expect([stats.nodes, stats.edges, stats.planned, stats.evidence, stats.articles]).toEqual([0, 0, 0, 0, 0]);
    expect(Object.values(stats.byKind).every((n) => n === 0)).toBe(true);
  });
});
