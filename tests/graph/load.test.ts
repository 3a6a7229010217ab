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
  // Numbers are checked at load, so no export writes what its readers refuse (networkx refused
  // the GraphML written from x: "NaN", size: "big", mentions: 1e308).
  const numbers: Array<[string, (d: ReturnType<typeof fixtureData>) => void, RegExp]> = [
    ['x given as the string "NaN"', (d) => { d.nodes[0]!.attributes.x = 'NaN'; }, /node "alma-torres" has x that is not a finite number: "NaN"/],
    ['size given as "big"', (d) => { d.nodes[0]!.attributes.size = 'big'; }, /node "alma-torres" has size that is not a finite number: "big"/],
    ['y beyond what GEXF can hold', (d) => { d.nodes[0]!.attributes.y = 1e39; }, /node "alma-torres" has y that is not a finite number/],
    ['a negative size', (d) => { d.nodes[0]!.attributes.size = -2; }, /node "alma-torres" has a negative size/],
    ['mentions of 1e308', (d) => { d.nodes[0]!.attributes.mentions = 1e308; }, /node "alma-torres" has a mention count that is not a whole number from 0: 1e\+308/],
    ['fractional mentions', (d) => { d.nodes[0]!.attributes.mentions = 2.5; }, /mention count that is not a whole number/],
    ['negative mentions', (d) => { d.nodes[0]!.attributes.mentions = -1; }, /mention count that is not a whole number/],
    ['a weight given as a string', (d) => { d.edges[0]!.attributes.weight = '1'; }, /has a weight that is not a finite number from 0: "1"/],
    ['a negative weight', (d) => { d.edges[0]!.attributes.weight = -1; }, /has a weight that is not a finite number from 0/],
    ['evidence ending before it starts', (d) => { d.edges[0]!.attributes.evidence = [{ article: 'a', sentence: 's', start: 9, end: 3 }]; }, /malformed evidence/],
    ['evidence at a fractional offset', (d) => { d.edges[0]!.attributes.evidence = [{ article: 'a', sentence: 's', start: 0.5, end: 3 }]; }, /malformed evidence/],
    ['a colour that is not a string', (d) => { d.nodes[0]!.attributes.color = 7; }, /has a color that is not a string/],
    ['a node that is not an object', (d) => { (d.nodes as unknown[])[0] = 'alma-torres'; }, /node 1 is not an object/],
    ['edges that are not a list', (d) => { (d as { edges: unknown }).edges = { a: 1 }; }, /"edges" is not a list/],
    ['undirected given as a string', (d) => { (d.edges[0] as { undirected?: unknown }).undirected = 'yes'; }, /"undirected" that is not true or false/],
  ];
  it.each(numbers)('%s', (_name, spoil, message) => {
    const data = fixtureData();
    spoil(data);
    const error = errorOf(() => parseGraph(data, 'spoiled.json'));
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });
  it.each(cases)('%s', (_name, spoil, message) => {
    const data = fixtureData();
    spoil(data);
    expect(errorOf(() => parseGraph(data, 'spoiled.json')).message).toMatch(message);
  });

  it('says a JSON value without nodes is not a graph', () => {
    expect(errorOf(() => parseGraph({ hello: 1 }, 'x.json')).message).toBe('x.json: not a graph (expected graphology JSON with "nodes" and "edges")');
  });
});

describe('articles, dates and older graphs', () => {
  it('reads the metadata of every article and the dates of evidence and edges', () => {
    const graph = loadGraph(join(__dirname, '..', 'fixtures', 'query', 'harbour.json'));
    expect(graph.getAttribute('articles')?.['harbour-2']).toEqual({ title: 'Castellan and Vantongeren meet again', date: '2024-03-18', outlet: 'Evening Beacon', words: 140 });
    expect(graph.getEdgeAttributes('port-ardent|sister-city|velmora')).toMatchObject({ firstSeen: '1990', lastSeen: '1990' });
  });

  it('opens a graph that lists its articles by id only, titling each by its id', () => {
    const data = { ...fixtureData(), attributes: { articles: ['fixture-a'] } };
    expect(parseGraph(data, 'old.json').getAttribute('articles')).toEqual({ 'fixture-a': { title: 'fixture-a', words: 0 } });
  });

  const spoilt: Array<[string, Record<string, unknown>, RegExp]> = [
    ['articles that are not a map', { articles: 'fixture-a' }, /graph attribute "articles" must map article ids/],
    ['an article without a title', { articles: { a: { words: 3 } } }, /article "a" has no title/],
    ['an article without a word count', { articles: { a: { title: 'A' } } }, /article "a" has no word count/],
    ['an article date that is no date', { articles: { a: { title: 'A', words: 3, date: '2024-02-30' } } }, /article "a" has date "2024-02-30", expected YYYY-MM-DD/],
    ['an author that is not text', { articles: { a: { title: 'A', words: 3, author: ['X'] } } }, /article "a": author is not a string/],
  ];
  it.each(spoilt)('refuses %s', (_name, attributes, message) => {
    expect(errorOf(() => parseGraph({ ...fixtureData(), attributes }, 'spoiled.json')).message).toMatch(message);
  });

  it('refuses an evidence date or an edge bound that is no ISO date', () => {
    const data = fixtureData();
    (data.edges[0]!.attributes.evidence as Array<Record<string, unknown>>)[0]!.date = 'last week';
    expect(errorOf(() => parseGraph(data, 'spoiled.json')).message).toMatch(/malformed evidence/);
    const other = fixtureData();
    other.edges[0]!.attributes.firstSeen = '2024-13';
    expect(errorOf(() => parseGraph(other, 'spoiled.json')).message).toMatch(/firstSeen "2024-13", expected an ISO date/);
  });
});
