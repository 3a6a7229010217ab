// `kg build` with its corpus store, through the real command line: only new or changed articles
// are extracted, a removed article takes its evidence and its own entities with it, and the
// graph is the same byte for byte whichever way it was made.
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadGraph } from '../../src/graph/load';
import { removeDir, runKg, scratchDir } from '../cli/run-kg';

const FIXTURES = resolve(__dirname, '..', 'fixtures', 'articles');
const NAMES = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort();

let dir: string;
beforeAll(() => {
  dir = scratchDir();
  for (const name of NAMES) copyFileSync(join(FIXTURES, name), join(dir, name));
});
afterAll(() => removeDir(dir));

function build(out: string, ...flags: string[]): string {
  const run = runKg(dir, ['build', ...NAMES.filter((n) => readdirSync(dir).includes(n)), '--out', out, ...flags]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

const graphText = (out: string): string => readFileSync(join(dir, out, 'graph.json'), 'utf8');

describe('kg build with the corpus store', () => {
  it('extracts every article once, then none while nothing changes, and keeps the graph as it was', () => {
    expect(build('out')).toContain(`: ${NAMES.length} extracted, 0 unchanged, 0 removed`);
    const first = graphText('out');
    expect(build('out')).toContain(`: 0 extracted, ${NAMES.length} unchanged, 0 removed`);
    expect(graphText('out')).toBe(first);
  });

  it('gives the same graph.json with one worker, two workers, and from the store', () => {
    build('one', '--jobs', '1', '--no-store');
    build('two', '--jobs', '2', '--no-store');
    expect(graphText('two')).toBe(graphText('one'));
    // The store of 'out' holds every extraction already; a fresh layout makes it a full rebuild.
    build('out', '--relayout');
    expect(graphText('out')).toBe(graphText('one'));
  });

  it('re-extracts a changed article and drops a removed one with its evidence and the entities only it named', () => {
    const [changed, removed] = NAMES as [string, string];
    writeFileSync(join(dir, changed), `${readFileSync(join(dir, changed), 'utf8')}\nMayor Quilla Varnstrom of Abcport met with Tovin Ashgrove on Friday.\n`);
    const removedId = removed.replace(/\.txt$/, '');
    const before = loadGraph(join(dir, 'out', 'graph.json'));
    const onlyThere = before.filterNodes((_, a) => a.articles.length === 1 && a.articles[0] === removedId);
    expect(onlyThere.length).toBeGreaterThan(0);
    rmSync(join(dir, removed));

    expect(build('out')).toContain(`: 1 extracted, ${NAMES.length - 2} unchanged, 1 removed`);
    const after = loadGraph(join(dir, 'out', 'graph.json'));
    expect(after.findNode((_, a) => a.label === 'Quilla Varnstrom')).toBeDefined();
    for (const key of onlyThere) expect(after.hasNode(key)).toBe(false);
    after.forEachNode((_, a) => expect(a.articles).not.toContain(removedId));
    after.forEachEdge((_, a) => expect(a.evidence.map((e) => e.article)).not.toContain(removedId));

    const db = new Database(join(dir, 'out', 'corpus.sqlite'), { readonly: true });
    for (const table of ['articles', 'entities', 'mentions', 'relations', 'evidence']) {
      const column = table === 'articles' ? 'id' : 'article';
      expect(db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`).get(removedId)).toEqual({ n: 0 });
    }
    expect((db.prepare('SELECT count(*) AS n FROM entities').get() as { n: number }).n).toBeGreaterThan(0);
    // The layout kept for the next build: every node with an edge at its place, none of the gone,
    // and none of those without an edge, which every layout puts on its rings afresh.
    const positions = new Map((db.prepare('SELECT node, x, y FROM positions').all() as Array<{ node: string; x: number; y: number }>).map((p) => [p.node, [p.x, p.y]]));
    const linked = after.filterNodes((key) => after.degree(key) > 0);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.length).toBeLessThan(after.order);
    expect(positions.size).toBe(linked.length);
    for (const key of linked) expect(positions.get(key)).toEqual([after.getNodeAttribute(key, 'x'), after.getNodeAttribute(key, 'y')]);
    db.close();
  });
});
