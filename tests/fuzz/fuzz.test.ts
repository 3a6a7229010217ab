// Seeded fuzzing of the two inputs a user hands the tool: 300 mutated articles through `kg build`'s
// pipeline and 100 broken graph files through the loader, every question, the algorithms and every
// export. Each case must end as a graph or as one line naming the file (a KgError); never a crash,
// never a hang, never a partial output; and every GraphML and GEXF written must load in networkx.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CaseResult } from './driver';
import { mutateArticle, mutateGraph, pick, seededRandom } from './mutate';

const ROOT = resolve(__dirname, '..', '..');
const SEED = 20_240_612;
const ARTICLES = 300;
const GRAPHS = 100;
/** A case that runs this long without an end is a hang. */
const HANG_MS = 60_000;

const FIXTURE_ARTICLES = join(ROOT, 'tests', 'fixtures', 'articles');
const FIXTURE_GRAPHS = [join(ROOT, 'tests', 'fixtures', 'graphs', 'small.json'), join(ROOT, 'tests', 'fixtures', 'query', 'harbour.json')];
const ODD_NAMES = ['with space', 'ünïcode-名前', "quote'\"s", 'new\nline', '-dash', 'tab\there', '...dots'];

function writeCases(dir: string): void {
  mkdirSync(dir);
  const random = seededRandom(SEED);
  const sources = readdirSync(FIXTURE_ARTICLES)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(FIXTURE_ARTICLES, name)));
  mkdirSync(join(dir, 'articles'));
  for (let i = 0; i < ARTICLES; i++) {
    const name = random() < 0.1 ? `${pick(random, ODD_NAMES)}-${i}` : `fuzz-${String(i).padStart(3, '0')}`;
    writeFileSync(join(dir, 'articles', `${name}.txt`), mutateArticle(random, pick(random, sources), pick(random, sources)));
  }
  mkdirSync(join(dir, 'graphs'));
  const graphs = FIXTURE_GRAPHS.map((path) => readFileSync(path, 'utf8'));
  for (let i = 0; i < GRAPHS; i++) writeFileSync(join(dir, 'graphs', `graph-${String(i).padStart(3, '0')}.json`), mutateGraph(random, pick(random, graphs)));
}

/** Runs the driver, killing it when one case runs past HANG_MS; the case it was on is the hang. */
function runDriver(cases: string, outs: string): Promise<{ results: CaseResult[]; hung?: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register', join(__dirname, 'driver.ts'), cases, outs], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
    });
    const results: CaseResult[] = [];
    let current: string | undefined;
    let buffered = '';
    let stderr = '';
    let watchdog = setTimeout(() => child.kill('SIGKILL'), HANG_MS * 2);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const parsed = JSON.parse(line) as CaseResult | { begin: string };
        if ('begin' in parsed) current = parsed.begin;
        else {
          results.push(parsed);
          current = undefined;
        }
        clearTimeout(watchdog);
        watchdog = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
      }
    });
    child.on('close', (code) => {
      clearTimeout(watchdog);
      done({ results, stderr, ...(current !== undefined || code !== 0 ? { hung: current ?? `driver exit ${String(code)}` } : {}) });
    });
  });
}

describe('fuzzing articles and graph files', () => {
  const work = mkdtempSync(join(tmpdir(), 'kg-fuzz-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let run: Awaited<ReturnType<typeof runDriver>>;

  beforeAll(async () => {
    writeCases(join(work, 'cases'));
    mkdirSync(join(work, 'outs'));
    run = await runDriver(join(work, 'cases'), join(work, 'outs'));
  }, 30 * 60_000);

  it('runs every case to its end: no hang', () => {
    expect(run.hung).toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.results.filter((r) => r.kind === 'article')).toHaveLength(ARTICLES);
    expect(run.results.filter((r) => r.kind === 'graph')).toHaveLength(GRAPHS);
  });

  it('never crashes: every refusal is a KgError of one line naming the file', () => {
    expect(run.results.filter((r) => r.outcome === 'crash').map((r) => `${r.name}: ${r.message ?? ''}`)).toEqual([]);
    const badLines = run.results.filter((r) => r.outcome === 'refused' && (!(r.message ?? '').startsWith(`${r.name}: `) || /[\n\r]/.test((r.message ?? '').slice(r.name.length))));
    expect(badLines.map((r) => r.message)).toEqual([]);
  });

  it('leaves every output whole or absent: no partial output', () => {
    const expected = (r: CaseResult): string[] => {
      if (r.outcome !== 'ok') return [];
      if (r.kind === 'article') return ['corpus.sqlite', 'graph.gexf', 'graph.json'];
      return ['csv', 'csv/edges.csv', 'csv/nodes.csv', 'graph.cypher', 'graph.gexf', 'graph.graphml', 'graph.neo4j-csv', 'graph.neo4j-csv/edges.csv', 'graph.neo4j-csv/nodes.csv'];
    };
    expect(run.results.filter((r) => r.files.join() !== expected(r).join()).map((r) => `${r.name} (${r.outcome}): ${r.files.join(', ')}`)).toEqual([]);
  });

  it('fuzzes both ways: some cases become graphs and some are refused', () => {
    for (const kind of ['article', 'graph'] as const) {
      const outcomes = new Set(run.results.filter((r) => r.kind === kind).map((r) => r.outcome));
      expect([kind, [...outcomes].sort()]).toEqual([kind, ['ok', 'refused']]);
    }
  });

  const networkx = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
  (networkx ? it : it.skip)('writes GraphML and GEXF that networkx reads, from every graph it accepted', () => {
    const outs = join(work, 'outs');
    const files = readdirSync(outs, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.graphml') || file.endsWith('.gexf'))
      .map((file) => join(outs, file));
    expect(files.length).toBeGreaterThan(ARTICLES / 10);
    const script = [
      'import sys, networkx as nx',
      'for path in sys.stdin.read().split("\\0"):',
      '    try:',
      '        (nx.read_graphml if path.endswith(".graphml") else nx.read_gexf)(path)',
      '    except Exception as error:',
      '        print(path, type(error).__name__, str(error)[:200])',
    ].join('\n');
    const check = spawnSync('python3', ['-c', script], { input: files.join('\0'), encoding: 'utf8' });
    expect([check.status, check.stdout, check.stderr]).toEqual([0, '', '']);
  });
});
