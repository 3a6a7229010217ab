import { buildGraph, edgeKey } from '../../src/graph/build';
import { validateGraph } from '../../src/graph/validate';
import { extraction } from './extraction-fixture';

const textA =
  'Mayor Ada Quill met Bo Ferren in Port Vella. Quill later met Ferren again. ' +
  'Port Vella and Lumen Bay signed a sister-city agreement. Ferren told the Vella Courier about it. ' +
  'Quill will visit Lumen Bay next spring.';
const textB = 'Bo Ferren met Ada Quill in Lumen Bay. Quill visited Lumen Bay with a trade group.';

const people = [
  { label: 'Ada Quill', kind: 'person' as const, aliases: ['Quill'], mentions: 3 },
  { label: 'Bo Ferren', kind: 'person' as const, aliases: ['Ferren'], mentions: 3 },
];
const a = extraction(
  'a',
  textA,
  [...people, { label: 'Port Vella', kind: 'city' }, { label: 'Lumen Bay', kind: 'city' }, { label: 'Vella Courier', kind: 'institution' }],
  [
    { source: 'Ada Quill', target: 'Bo Ferren', relation: 'met-with', sentence: 'Mayor Ada Quill met Bo Ferren in Port Vella.' },
    { source: 'Ada Quill', target: 'Bo Ferren', relation: 'met-with', sentence: 'Quill later met Ferren again.' },
    { source: 'Lumen Bay', target: 'Port Vella', relation: 'sister-city', sentence: 'Port Vella and Lumen Bay signed a sister-city agreement.' },
    { source: 'Bo Ferren', target: 'Vella Courier', relation: 'quoted-by', sentence: 'Ferren told the Vella Courier about it.' },
    { source: 'Ada Quill', target: 'Port Vella', relation: 'affiliated-with', role: 'Mayor', sentence: 'Mayor Ada Quill met Bo Ferren in Port Vella.' },
    { source: 'Ada Quill', target: 'Lumen Bay', relation: 'visited', status: 'planned', sentence: 'Quill will visit Lumen Bay next spring.' },
  ],
);
const b = extraction(
  'b',
  textB,
  [...people, { label: 'Lumen Bay', kind: 'city' }],
  [
    // Stated the other way round: still the same undirected edge.
    { source: 'Bo Ferren', target: 'Ada Quill', relation: 'met-with', sentence: 'Bo Ferren met Ada Quill in Lumen Bay.' },
    { source: 'Ada Quill', target: 'Lumen Bay', relation: 'visited', sentence: 'Quill visited Lumen Bay with a trade group.' },
  ],
);

a.metadata = { title: 'Quill meets Ferren', date: '2024-03-01', outlet: 'Vella Courier', words: 52 };
// Evidence dated as the date pass leaves it: one day from the text, the others the article's.
for (const relation of a.relations) for (const e of relation.evidence) Object.assign(e, { date: '2024-03-01', dateSource: 'article' });
Object.assign(a.relations[1]?.evidence[0] ?? {}, { date: '2024-02-27', dateSource: 'text' });

describe('buildGraph', () => {
  const graph = buildGraph([a, b], { name: 'test' });

  it('makes a mixed multi graph that passes the contract check, with the metadata of every article', () => {
    expect(graph.type).toBe('mixed');
    expect(graph.multi).toBe(true);
    expect(() => validateGraph(graph, 'built')).not.toThrow();
    expect(graph.getAttributes()).toEqual({
      name: 'test',
      articles: { a: { title: 'Quill meets Ferren', date: '2024-03-01', outlet: 'Vella Courier', words: 52 }, b: { title: 'b', words: 0 } },
    });
  });

  it('bounds each edge by its evidence dates, and leaves undated edges unbounded', () => {
    const met = graph.getEdgeAttributes(edgeKey('ada-quill', 'bo-ferren', 'met-with'));
    expect(met.evidence.map((e) => e.date)).toEqual(['2024-03-01', '2024-02-27', undefined]);
    expect([met.firstSeen, met.lastSeen]).toEqual(['2024-02-27', '2024-03-01']);
    const twinned = graph.getEdgeAttributes(edgeKey('lumen-bay', 'port-vella', 'sister-city'));
    expect([twinned.firstSeen, twinned.lastSeen]).toEqual(['2024-03-01', '2024-03-01']);
    graph.forEachEdge((key, attributes) => {
      if (attributes.evidence.every((e) => e.date === undefined)) expect([key, attributes.firstSeen, attributes.lastSeen]).toEqual([key, undefined, undefined]);
    });
  });

  it('keeps one node per entity, summing mentions and listing articles', () => {
    expect(graph.order).toBe(5);
    expect(graph.getNodeAttributes('ada-quill')).toMatchObject({ label: 'Ada Quill', mentions: 6, articles: ['a', 'b'], aliases: ['Quill'] });
    expect(graph.getNodeAttribute('port-vella', 'articles')).toEqual(['a']);
  });

  it('makes met-with and sister-city undirected, the others directed from subject to object', () => {
    const kinds = graph.mapEdges((_key, attr, source, target, _s, _t, undirected) => ({ relation: attr.relation, undirected, source, target }));
    expect(new Set(kinds.map((e) => e.undirected))).toEqual(new Set([true, false]));
    for (const edge of kinds) expect(edge.undirected).toBe(edge.relation === 'met-with' || edge.relation === 'sister-city');
    expect(graph.source(edgeKey('bo-ferren', 'vella-courier', 'quoted-by'))).toBe('bo-ferren');
    expect(graph.target(edgeKey('ada-quill', 'port-vella', 'affiliated-with'))).toBe('port-vella');
  });

  it('gives one edge per pair and relation, whichever way it was stated, with all evidence and weight', () => {
    const metWith = graph.filterEdges((_, attr) => attr.relation === 'met-with');
    expect(metWith).toHaveLength(1);
    const edge = graph.getEdgeAttributes(metWith[0] as string);
    expect(edge.weight).toBe(3);
    expect(edge.evidence.map((e) => e.article)).toEqual(['a', 'a', 'b']);
    const second = edge.evidence[1];
    expect(textA.slice(second?.start, second?.end)).toBe('Quill later met Ferren again.');
  });

  it('keeps the role, and a relation planned in one article but stated as done in another is fact', () => {
    expect(graph.getEdgeAttribute(edgeKey('ada-quill', 'port-vella', 'affiliated-with'), 'role')).toBe('Mayor');
    const visited = graph.getEdgeAttributes(edgeKey('ada-quill', 'lumen-bay', 'visited'));
    expect(visited.status).toBeUndefined();
    expect(visited.weight).toBe(2);
    const onlyPlanned = buildGraph([a]);
    expect(onlyPlanned.getEdgeAttribute(edgeKey('ada-quill', 'lumen-bay', 'visited'), 'status')).toBe('planned');
  });

  it('counts a sentence given twice as evidence once', () => {
    const twice = extraction('c', 'Ada Quill met Bo Ferren.', people, [
      { source: 'Ada Quill', target: 'Bo Ferren', relation: 'met-with', sentence: 'Ada Quill met Bo Ferren.' },
      { source: 'Bo Ferren', target: 'Ada Quill', relation: 'met-with', sentence: 'Ada Quill met Bo Ferren.' },
    ]);
    const built = buildGraph([twice]);
    expect(built.size).toBe(1);
    expect(built.getEdgeAttribute(edgeKey('ada-quill', 'bo-ferren', 'met-with'), 'weight')).toBe(1);
  });

  it('never writes the attribute sigma reserves for drawing programs', () => {
    graph.forEachNode((_, attr) => expect(attr).not.toHaveProperty('type'));
    graph.forEachEdge((_, attr) => expect(attr).not.toHaveProperty('type'));
  });
});
