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

describe('loadGraph on files that are not a graph', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-load-'));
  });

  it.each([
    ['an empty file', '', /: file is empty, expected a graph\.json$/],
    ['a file of line breaks', '\n\n', /: file is empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x07, 0xff]), /: not valid JSON \(/],
    ['text split over lines', 'garbage\nmore garbage\n', /: not valid JSON \(/],
  ])('%s: one printable line naming the file', (_name, content, problem) => {
    const path = join(dir, 'graph.json');
    writeFileSync(path, content);
    const error = errorOf(() => loadGraph(path));
    expect(error.code).toBe('GRAPH_INVALID');
    expect(error.message.startsWith(`${path}: `)).toBe(true);
    expect(error.message).toMatch(problem);
    expect(error.message).toMatch(/^[^\n\r\u0000-\u001f\ufffd]*$/);
  });

  it('says a folder is not a graph file', () => {
    expect(errorOf(() => loadGraph(dir)).message).toBe(`${dir}: is a folder, not a graph.json file`);
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
