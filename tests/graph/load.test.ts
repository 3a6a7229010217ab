import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KgError } from '../../src/errors';
import { loadGraph, parseGraph } from '../../src/graph/load';

const fixture = join(__dirname, '..', 'fixtures', 'graphs', 'small.json');

function fixtureData(): { nodes: Array<{ key: string; attributes: Record<string, unknown> }>; edges: Array<{ key: string; undirected?: boolean; attributes: Record<string, unknown> }> } {
  return JSON.parse(JSON.stringify(require(fixture)));
}

function errorOf(fn: () => unknown): KgError {
  try {
    fn();
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error('expected a KgError');
}

describe('loadGraph', () => {
  it('loads a contract graph as a mixed multi graph', () => {
    const graph = loadGraph(fixture);
    expect(graph.type).toBe('mixed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(9);
    expect(graph.size).toBe(11);
    expect(graph.getNodeAttribute('alma-torres', 'kind')).toBe('person');
    expect(graph.isUndirected('port-vella|sister-city|kestrel-bay')).toBe(true);
  });

  it('names the file when it is missing or not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-load-'));
    expect(errorOf(() => loadGraph(join(dir, 'none.json'))).message).toBe(`${join(dir, 'none.json')}: no such file`);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ nodes: ');
    const error = errorOf(() => loadGraph(bad));
    expect(error.code).toBe('GRAPH_INVALID');
    expect(error.message).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON`));
  });
});

describe('parseGraph rejects what breaks the contract', () => {
  const cases: Array<[string, (d: ReturnType<typeof fixtureData>) => void, RegExp]> = [
    ['an unknown kind', (d) => { d.nodes[0]!.attributes.kind = 'planet'; }, /node "alma-torres" has unknown kind "planet"/],
    ['a kind stored in type', (d) => { d.nodes[0]!.attributes.type = 'person'; }, /node "alma-torres" sets "type"/],
    ['aliases that are not a list', (d) => { d.nodes[1]!.attributes.aliases = 'Okafor'; }, /node "bren-okafor" has aliases/],
    ['an unknown relation', (d) => { d.edges[0]!.attributes.relation = 'likes'; }, /unknown relation "likes"/],
    ['a directed met-with', (d) => { delete d.edges[0]!.undirected; }, /\(met-with\) must be undirected/],
    ['an undirected quoted-by', (d) => { d.edges[3]!.undirected = true; }, /\(quoted-by\) must be directed/],
    ['evidence without offsets', (d) => { d.edges[3]!.attributes.evidence = [{ article: 'a', sentence: 's' }]; }, /malformed evidence/],
    ['an unknown status', (d) => { d.edges[3]!.attributes.status = 'rumoured'; }, /unknown status "rumoured"/],
  ];
  it.each(cases)('%s', (_name, spoil, message) => {
    const data = fixtureData();
    spoil(data);
    expect(errorOf(() => parseGraph(data, 'spoiled.json')).message).toMatch(message);
  });

  it('says a JSON value without nodes is not a graph', () => {
    expect(errorOf(() => parseGraph({ hello: 1 }, 'x.json')).message).toBe('x.json: not a graph (expected graphology JSON with "nodes" and "edges")');
  });
});
