// The README's library example, end to end through the package entry.
import { buildGraph, extractArticle, graphFromExtractions, runCypher, toGexf, validateGraph, whoMet } from '../../src';

const text = [
  'Port Vella signs harbour deal',
  '',
  'Mayor Alma Torres of Port Vella met with Bren Okafor, an economist at the Institute of Tide Studies, on Monday.',
  'Torres told the Daily Lantern that the talks had gone well.',
].join('\n');

describe('package entry', () => {
  const extraction = extractArticle(text, 'entry-test');

  it('extracts people and the meeting between them, with evidence', () => {
    const people = extraction.entities.filter((e) => e.kind === 'person').map((e) => e.label).sort();
    expect(people).toEqual(['Alma Torres', 'Bren Okafor']);
    const met = extraction.relations.find((r) => r.relation === 'met-with');
    expect(met?.evidence[0]?.sentence).toContain('met with Bren Okafor');
  });

  it('builds a contract graph that the query API answers from', () => {
    const graph = buildGraph([extraction]);
    validateGraph(graph, 'entry-test');
    expect(whoMet(graph, 'Torres').map((c) => c.entity.label)).toEqual(['Bren Okafor']);
    const rows = runCypher(graph, 'MATCH (p:person)-[:`quoted-by`]->(o:institution) RETURN p.label, o.label').rows;
    expect(rows).toEqual([{ 'p.label': 'Alma Torres', 'o.label': 'Daily Lantern' }]);
  });

  it('lays out and exports the graph', () => {
    const graph = graphFromExtractions([extraction]);
    graph.forEachNode((_key, a) => {
      expect(Number.isFinite(a.x)).toBe(true);
      expect(Number.isFinite(a.y)).toBe(true);
    });
    expect(toGexf(graph)).toContain('<node id=');
  });
});
