// `kg export` through the real command line: each format lands where --out says, and bad input
// gets one line naming the file, exit 1, and nothing written.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../src/export/csv';
import { toCypher } from '../../src/export/cypher';
import { toGexf } from '../../src/export/gexf';
import { toGraphml } from '../../src/export/graphml';
import { loadGraph } from '../../src/graph/load';
import { filesUnder, removeDir, runKg, scratchDir } from '../cli/run-kg';
import { REPO_ROOT } from './readers';

const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'graphs', 'small.json');

/** The fixture graph with its first relation renamed. */
function relationNamed(relation: string): string {
  return readFileSync(FIXTURE, 'utf8').replace('"relation": "met-with"', `"relation": ${JSON.stringify(relation)}`);
}

let dir: string;
beforeEach(() => {
  dir = scratchDir();
  copyFileSync(FIXTURE, join(dir, 'graph.json'));
});
afterEach(() => removeDir(dir));

describe('kg export', () => {
  const graph = loadGraph(FIXTURE);

  it.each([
    ['gexf', toGexf(graph)],
    ['graphml', toGraphml(graph)],
    ['cypher', toCypher(graph)],
  ])('--format %s writes the file and says what it wrote', (format, expected) => {
    const run = runKg(dir, ['export', 'graph.json', '--format', format, '--out', `out/graph.${format}`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`out/graph.${format}: 9 nodes, 11 edges (${format})\n`);
    expect(readFileSync(join(dir, 'out', `graph.${format}`), 'utf8')).toBe(expected);
    expect(filesUnder(join(dir, 'out'))).toEqual([`graph.${format}`]);
  });

  it.each(['csv', 'neo4j-csv'])('--format %s writes nodes.csv and edges.csv into the --out folder', (format) => {
    const run = runKg(dir, ['export', 'graph.json', '--format', format, '--out', 'neo4j']);
    expect(run.status).toBe(0);
    const { nodes, edges } = toCsv(graph);
    expect(readFileSync(join(dir, 'neo4j', 'nodes.csv'), 'utf8')).toBe(nodes);
    expect(readFileSync(join(dir, 'neo4j', 'edges.csv'), 'utf8')).toBe(edges);
    expect(filesUnder(join(dir, 'neo4j')).sort()).toEqual(['edges.csv', 'nodes.csv']);
  });

  it('--format csv leaves neither file when one cannot be written', () => {
    mkdirSync(join(dir, 'neo4j', 'edges.csv'), { recursive: true });
    const run = runKg(dir, ['export', 'graph.json', '--format', 'csv', '--out', 'neo4j']);
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/edges\.csv: cannot write/)]);
    expect(filesUnder(join(dir, 'neo4j'))).toEqual(['edges.csv']);
  });

  it('--gephi-undirected marks met-with and sister-city undirected', () => {
    expect(runKg(dir, ['export', 'graph.json', '--format', 'gexf', '--out', 'g.gexf', '--gephi-undirected']).status).toBe(0);
    expect(readFileSync(join(dir, 'g.gexf'), 'utf8')).toBe(toGexf(graph, { symmetricEdges: 'undirected' }));
  });

  it('leaves the co-mention layer out unless --with-co-mentions asks for it', () => {
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { edges: unknown[] };
    const evidence = [{ article: 'harbour-1', sentence: 'Dana Price and the Daily Lantern.', start: 0, end: 33 }];
    data.edges.push({ key: 'co', source: 'dana-price', target: 'daily-lantern', undirected: true, attributes: { relation: 'mentioned-with', evidence, weight: 1 } });
    writeFileSync(join(dir, 'layered.json'), JSON.stringify(data));
    expect(runKg(dir, ['export', 'layered.json', '--format', 'gexf', '--out', 'typed.gexf']).stdout).toBe('typed.gexf: 9 nodes, 11 edges (gexf)\n');
    expect(readFileSync(join(dir, 'typed.gexf'), 'utf8')).toBe(toGexf(graph));
    expect(runKg(dir, ['export', 'layered.json', '--format', 'gexf', '--out', 'all.gexf', '--with-co-mentions']).stdout).toBe('all.gexf: 9 nodes, 12 edges (gexf)\n');
    expect(readFileSync(join(dir, 'all.gexf'), 'utf8')).toContain('relation" value="mentioned-with"');
  });

  const bad: Array<[string, () => string[], string, RegExp]> = [
    ['a missing graph file', () => ['absent.json', '--format', 'gexf', '--out', 'out/g.gexf'], 'absent.json', /no such file/],
    ['a file that is not JSON', () => (writeFileSync(join(dir, 'notes.json'), 'Harbor notes'), ['notes.json', '--format', 'gexf', '--out', 'out/g.gexf']), 'notes.json', /not valid JSON/],
    ['JSON that is not a graph', () => (writeFileSync(join(dir, 'list.json'), '[1, 2]'), ['list.json', '--format', 'cypher', '--out', 'out/g.cypher']), 'list.json', /not a graph/],
    ['an unknown format', () => ['graph.json', '--format', 'dot', '--out', 'out/g.dot'], 'graph.json', /unknown format "dot"/],
    ['csv into a path that is a file', () => (mkdirSync(join(dir, 'out')), writeFileSync(join(dir, 'out', 'taken'), 'x'), ['graph.json', '--format', 'csv', '--out', 'out/taken']), 'out/taken', /is a file/],
    // The Cypher export wrote [r:`CONSTRUCTOR`] from such a graph.
    ['a graph whose relation is "constructor"', () => (writeFileSync(join(dir, 'proto.json'), relationNamed('constructor')), ['proto.json', '--format', 'cypher', '--out', 'out/g.cypher']), 'proto.json', /unknown relation "constructor"/],
    ['a graph file that is a FIFO', () => (spawnSync('mkfifo', [join(dir, 'fifo.json')]), ['fifo.json', '--format', 'gexf', '--out', 'out/g.gexf']), 'fifo.json', /named pipe \(FIFO\), not a regular file/],
  ];
  it.each(bad)('refuses %s: one line naming it, exit 1, nothing written', (_, args, named, problem) => {
    const argv = args();
    const before = filesUnder(join(dir, 'out'));
    const run = runKg(dir, ['export', ...argv], 60_000);
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(named);
    expect(lines[0]).toMatch(problem);
    expect(filesUnder(join(dir, 'out'))).toEqual(before);
  });
});
