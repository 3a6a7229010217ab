// `kg build` and `kg extract` end to end on short invented articles.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraph } from '../../src/graph/load';
import { filesUnder, removeDir, runKg, scratchDir } from './run-kg';

const ARTICLES: Record<string, string> = {
  'harbor-talks':
    'Harbor talks open in Port Avelin\n\n' +
    'Mayor Lena Marsh met Tomas Ecker in Port Avelin on Monday. ' +
    'Marsh told the Avelin Herald that the talks had gone well.\n',
  'trade-visit':
    'Trade group returns\n\n' +
    'Tomas Ecker held talks with Lena Marsh again on Friday. ' +
    'Ecker said the two cities would keep working together.\n',
};

let dir: string;
beforeAll(() => {
  dir = scratchDir();
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, `${name}.txt`), text);
});
afterAll(() => removeDir(dir));

describe('kg build', () => {
  it('writes a graph.json that passes the contract check, and a graph.gexf, merging people across articles', () => {
    const run = runKg(dir, ['build', 'harbor-talks.txt', 'trade-visit.txt', '--out', 'out']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(filesUnder(join(dir, 'out')).sort()).toEqual(['corpus.sqlite', 'graph.gexf', 'graph.json']);

    const graph = loadGraph(join(dir, 'out', 'graph.json'));
    expect(graph.getAttribute('articles')).toEqual({
      'harbor-talks': { title: 'Harbor talks open in Port Avelin', words: 28 },
      'trade-visit': { title: 'Trade group returns', words: 22 },
    });
    const ecker = graph.findNode((_, a) => a.label === 'Tomas Ecker');
    expect(ecker).toBeDefined();
    expect(graph.getNodeAttribute(ecker, 'kind')).toBe('person');
    expect(graph.getNodeAttribute(ecker, 'articles')).toEqual(['harbor-talks', 'trade-visit']);
    const metWith = graph.filterEdges(ecker, (_, a) => a.relation === 'met-with');
    expect(metWith).toHaveLength(1);
    expect(graph.getEdgeAttribute(metWith[0], 'weight')).toBe(2);
    const named = graph.filterEdges(ecker, (_, a) => a.relation === 'mentioned-with').map((edge) => graph.getNodeAttribute(graph.opposite(ecker, edge), 'label'));
    expect(named).toEqual(expect.arrayContaining(['Lena Marsh', 'Port Avelin']));
    expect(graph.someNode((_, a) => a.x !== 0 || a.y !== 0)).toBe(true);
    graph.forEachNode((_, a) => expect(typeof a.color).toBe('string'));

    const gexf = readFileSync(join(dir, 'out', 'graph.gexf'), 'utf8');
    expect(gexf).toMatch(/^<\?xml/);
    expect(gexf).toContain('Tomas Ecker');
    expect(gexf).not.toContain('mentioned-with');

    expect(run.stdout).toMatch(/^2 articles, \d+ words, [\d.]+ s$/m);
    expect(run.stdout).toMatch(/^entities: .*person \d+/m);
    expect(run.stdout).toMatch(/^relations: .*met-with 1/m);
    expect(run.stdout).toMatch(/^co-mentions: \d+ pairs named in one sentence$/m);
    expect(run.stdout).toMatch(/^processor time: [\d.]+ s \(read and extract [\d.]+ s, merge [\d.]+ s, layout [\d.]+ s, write [\d.]+ s\)$/m);
  });

  it('writes graph.json as graphology serialises the graph, one node or edge per line', () => {
    const text = readFileSync(join(dir, 'out', 'graph.json'), 'utf8');
    const graph = loadGraph(join(dir, 'out', 'graph.json'));
    expect(JSON.parse(text)).toEqual(graph.export());
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('{"key":'))).toHaveLength(graph.order + graph.size);
    expect(lines.some((line) => line.endsWith('"undirected":true},') || line.endsWith('"undirected":true}'))).toBe(true);
  });

  it('gives the same graph.json for the same articles', () => {
    runKg(dir, ['build', 'harbor-talks.txt', 'trade-visit.txt', '--out', 'again']);
    expect(readFileSync(join(dir, 'again', 'graph.json'), 'utf8')).toBe(readFileSync(join(dir, 'out', 'graph.json'), 'utf8'));
  });

  it('writes graph.json only under --no-gexf, the same graph.json, and removes the GEXF an earlier build left', () => {
    expect(runKg(dir, ['build', 'harbor-talks.txt', 'trade-visit.txt', '--out', 'no-gexf']).status).toBe(0);
    expect(existsSync(join(dir, 'no-gexf', 'graph.gexf'))).toBe(true);
    const run = runKg(dir, ['build', 'harbor-talks.txt', 'trade-visit.txt', '--out', 'no-gexf', '--no-gexf']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(filesUnder(join(dir, 'no-gexf')).sort()).toEqual(['corpus.sqlite', 'graph.json']);
    expect(readFileSync(join(dir, 'no-gexf', 'graph.json'), 'utf8')).toBe(readFileSync(join(dir, 'out', 'graph.json'), 'utf8'));
  });

  it('reads graph-data/articles and writes graph-data/ by default', () => {
    const home = scratchDir();
    try {
      mkdirSync(join(home, 'graph-data', 'articles'), { recursive: true });
      writeFileSync(join(home, 'graph-data', 'articles', 'harbor-talks.txt'), ARTICLES['harbor-talks'] as string);
      const run = runKg(home, ['build']);
      expect(run.status).toBe(0);
      expect(Object.keys(loadGraph(join(home, 'graph-data', 'graph.json')).getAttribute('articles') ?? {})).toEqual(['harbor-talks']);
      expect(existsSync(join(home, 'graph-data', 'graph.gexf'))).toBe(true);
    } finally {
      removeDir(home);
    }
  });

  it('prints the rule behind every entity and edge under --verbose', () => {
    const run = runKg(dir, ['build', 'harbor-talks.txt', '--out', 'verbose', '--verbose']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Lena Marsh → person \(.+\)$/m);
    expect(run.stdout).toMatch(/^(Lena Marsh -met-with-> Tomas Ecker|Tomas Ecker -met-with-> Lena Marsh) \(.+\)$/m);
  });
});

describe('kg extract', () => {
  it('writes one laid-out graph per article, NAME.json for NAME.txt', () => {
    const run = runKg(dir, ['extract', 'harbor-talks.txt', 'trade-visit.txt', '--out-dir', 'per-article']);
    expect(run.status).toBe(0);
    expect(filesUnder(join(dir, 'per-article')).sort()).toEqual(['harbor-talks.json', 'trade-visit.json']);
    for (const name of Object.keys(ARTICLES)) {
      const graph = loadGraph(join(dir, 'per-article', `${name}.json`));
      expect(Object.keys(graph.getAttribute('articles') ?? {})).toEqual([name]);
      expect(graph.findNode((_, a) => a.label === 'Lena Marsh')).toBeDefined();
      graph.forEachNode((_, a) => expect(Number.isFinite(a.x)).toBe(true));
    }
  });

  it('needs --out-dir', () => {
    const run = runKg(dir, ['extract', 'harbor-talks.txt']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--out-dir');
  });
});
