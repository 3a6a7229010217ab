// `kg query` through the real command line (node bin/kg.js), on the hand-made fixture graph.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EMPTY, HARBOUR } from './fixtures';

const KG = resolve(__dirname, '..', '..', 'bin', 'kg.js');

function query(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [KG, 'query', '--graph', HARBOUR, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json<T>(...args: string[]): T {
  const run = query(...args, '--json');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as T;
}

/** A refusal: exit 1, nothing on stdout, one line on stderr. */
function refusal(...args: string[]): string {
  const run = query(...args);
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

describe('kg query', () => {
  it('who-met prints a table of people with the sentences behind each meeting', () => {
    const run = query('who-met', 'mira castellan');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ENTITY\s+KIND\s+RELATION\s+EVIDENCE$/);
    expect(lines.slice(2)).toEqual([
      expect.stringMatching(/^Oskar Vantongeren\s+person\s+met-with\s+\[harbour-1\] Mayor Mira Castellan met Oskar Vantongeren at the pier\.$/),
      expect.stringMatching(/^\s+\[harbour-2\] Castellan and Vantongeren met again on Friday\.$/),
      expect.stringMatching(/^Ines Abadi\s+person\s+met-with \(planned\)\s+\[harbour-2\] Castellan is expected to meet Ines Abadi next month\.$/),
    ]);
  });

  it('who-met --json gives the connections with their evidence', () => {
    const answer = json<Array<{ entity: { label: string }; relations: Array<{ evidence: unknown[] }> }>>('who-met', 'Castellan');
    expect(answer.map((c) => c.entity.label)).toEqual(['Oskar Vantongeren', 'Ines Abadi']);
    expect(answer[0]?.relations[0]?.evidence).toHaveLength(2);
  });

  it('says so when there is nothing to list', () => {
    expect(query('who-met', 'Ruth Okonkwo').stdout).toBe('Ruth Okonkwo: no met-with relations\n');
    expect(json('who-met', 'Ruth Okonkwo')).toEqual([]);
  });

  it('quotes, quoted-by, sister-cities and affiliations', () => {
    expect(json<Array<{ entity: { label: string } }>>('quotes', 'Vantongeren').map((c) => c.entity.label)).toEqual(['Evening Beacon']);
    expect(json<Array<{ entity: { label: string } }>>('quoted-by', 'evening beacon').map((c) => c.entity.label)).toEqual(['Mira Castellan', 'Oskar Vantongeren']);
    expect(query('sister-cities', 'Port Ardent').stdout).toMatch(/Saltmere\s+city\s+sister-city\s+\[harbour-2\] Port Ardent signed a twinning pact with Saltmere\./);
    expect(query('affiliations', 'Ines Abadi').stdout).toMatch(/Ardent Maritime Council\s+institution\s+affiliated-with \(chair\)/);
  });

  it('refuses an unknown name in one line with suggestions, exit 1', () => {
    expect(refusal('who-met', 'Mira Castelan')).toBe(`kg: ${HARBOUR}: no entity named "Mira Castelan" in the graph; did you mean "Mira Castellan"?`);
    expect(refusal('path', 'Velmora', 'Saltmer')).toMatch(/no entity named "Saltmer".*did you mean "Saltmere"/);
  });

  it('find lists every entity a name may mean', () => {
    const run = query('find', 'ardent');
    expect(run.stdout).toMatch(/Port Ardent\s+city\s+port-ardent\s+alias/);
    expect(run.stdout).toMatch(/Ardent Maritime Council\s+institution\s+ardent-maritime-council\s+alias/);
    expect(refusal('find', 'Ardant Maritime Council')).toMatch(/did you mean "Ardent Maritime Council"/);
  });

  it('entities lists one kind', () => {
    expect(json<Array<{ label: string }>>('entities', 'city').map((e) => e.label)).toEqual(['Port Ardent', 'Velmora', 'Saltmere']);
    expect(refusal('entities', 'planet')).toMatch(/unknown kind "planet"/);
  });

  it('neighbours follows --relation, --direction and --depth', () => {
    const found = json<Array<{ entity: { label: string }; depth: number }>>('neighbours', 'Teo Lindqvist', '--relation', 'met-with', '--depth', '2');
    expect(found.map((n) => [n.entity.label, n.depth])).toEqual([['Oskar Vantongeren', 1], ['Mira Castellan', 2]]);
    expect(query('neighbours', 'Evening Beacon', '--direction', 'out').stdout).toBe('Evening Beacon: no neighbours\n');
    expect(refusal('neighbours', 'Velmora', '--relation', 'twinned')).toMatch(/unknown relation "twinned"/);
    expect(refusal('neighbours', 'Velmora', '--depth', 'two')).toMatch(/--depth must be a whole number/);
  });

  it('path prints each step with its arrow and evidence, or says there is none', () => {
    const run = query('path', 'Westmarch', 'Velmora');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/1\s+Westmarch\s+<-located-in-\s+Saltmere\s+\[harbour-2\] Saltmere, a port in Westmarch/);
    expect(run.stdout).toMatch(/3\s+Port Ardent\s+-sister-city-\s+Velmora/);
    const none = query('path', 'Ruth Okonkwo', 'Mira Castellan');
    expect([none.status, none.stdout]).toEqual([0, 'no path between Ruth Okonkwo and Mira Castellan\n']);
    expect(json('path', 'Westmarch', 'Velmora', '--directed')).toBeNull();
  });

  it('top ranks by degree, PageRank or betweenness', () => {
    expect(query('top', '--limit', '1').stdout).toMatch(/1\s+Mira Castellan\s+person\s+5\s+5\s+6/);
    const ranked = json<Array<{ entity: { kind: string }; score: number }>>('top', '--by', 'pagerank', '--kind', 'institution');
    expect(ranked.map((r) => r.entity.kind)).toEqual(['institution', 'institution', 'institution']);
    expect(refusal('top', '--by', 'fame')).toMatch(/--by must be one of degree, pagerank, betweenness/);
  });

  it('stats and communities', () => {
    expect(query('stats').stdout).toMatch(/entities\s+13\n\s+person\s+5\n/);
    expect(json<Array<{ members: unknown[] }>>('communities').reduce((n, c) => n + c.members.length, 0)).toBe(13);
  });

  it('--cypher prints the rows as a table, or JSON', () => {
    const run = query('--cypher', 'MATCH (p:person)-[:`met-with`]-(q:person {label: "Mira Castellan"}) RETURN p.label AS name ORDER BY name');
    expect(run.stdout.trimEnd().split('\n')).toEqual(['name', expect.stringMatching(/^-+$/), 'Ines Abadi', 'Oskar Vantongeren']);
    const result = json<{ columns: string[]; rows: Array<{ r: { relation: string; evidence: unknown[] } }> }>('--cypher', 'MATCH (:person {label: "Ruth Okonkwo"})-[r]->() RETURN r');
    expect(result.rows[0]?.r.relation).toBe('quoted-by');
    expect(result.rows[0]?.r.evidence).toHaveLength(1);
    expect(query('--cypher', 'MATCH (p:person {label: "Nobody"}) RETURN p').stdout).toBe('(no rows)\n');
  });

  it('refuses a malformed or unsupported Cypher query in one line', () => {
    expect(refusal('--cypher', 'MATCH (n RETURN n')).toMatch(/line 1, column 10/);
    expect(refusal('--cypher', 'MATCH (n) DETACH DELETE n')).toMatch(/DETACH DELETE is not supported/);
  });

  it('leaves co-mentions out of every answer unless --with-co-mentions asks for them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
    try {
      const data = JSON.parse(readFileSync(HARBOUR, 'utf8')) as { edges: unknown[] };
      const evidence = [{ article: 'harbour-1', sentence: 'Ruth Okonkwo and Teo Lindqvist.', start: 0, end: 31 }];
      data.edges.push({ key: 'co', source: 'ruth-okonkwo', target: 'teo-lindqvist', undirected: true, attributes: { relation: 'mentioned-with', evidence, weight: 1 } });
      const layered = join(dir, 'layered.json');
      writeFileSync(layered, JSON.stringify(data));
      const ask = (...args: string[]) => spawnSync(process.execPath, [KG, 'query', '--graph', layered, ...args, '--json'], { encoding: 'utf8' });
      const stats = JSON.parse(ask('stats').stdout) as { edges: number; byRelation: Record<string, number> };
      expect([stats.edges, stats.byRelation['mentioned-with']]).toEqual([13, undefined]);
      expect(JSON.parse(ask('neighbours', 'Ruth Okonkwo').stdout)).not.toContainEqual(expect.objectContaining({ entity: expect.objectContaining({ key: 'teo-lindqvist' }) }));
      const all = JSON.parse(ask('stats', '--with-co-mentions').stdout) as { edges: number; byRelation: Record<string, number> };
      expect([all.edges, all.byRelation['mentioned-with']]).toEqual([14, 1]);
      expect(JSON.parse(ask('--with-co-mentions', 'neighbours', 'Ruth Okonkwo').stdout)).toContainEqual(expect.objectContaining({ entity: expect.objectContaining({ key: 'teo-lindqvist' }) }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a missing graph file naming it', () => {
    const run = spawnSync(process.execPath, [KG, 'query', '--graph', 'no/such/graph.json', 'stats'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('kg: no/such/graph.json: no such file\n');
  });

  it('refuses a graph whose relation is "constructor" instead of counting "function Object() { [native code] }1"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
    const path = join(dir, 'proto.json');
    writeFileSync(path, readFileSync(HARBOUR, 'utf8').replace('"relation": "met-with"', '"relation": "constructor"'));
    const run = spawnSync(process.execPath, [KG, 'query', '--graph', path, 'stats', '--json'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect([run.status, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toMatch(/^kg: .*proto\.json: edge "[^"]+" has unknown relation "constructor"\n$/);
  });

  describe('long Cypher queries and limits', () => {
    // Over the 128 KiB a single argument may have on Linux, so --cypher cannot carry it.
    const terms = Array.from({ length: 6_000 }, (_, i) => `c.label = "Nowhere ${i}"`).concat('c.label = "Velmora"');
    const long = `MATCH (c:city) WHERE ${terms.join(' OR ')} RETURN c.label`;

    it('reads a query longer than a command line can carry from --cypher-file', () => {
      expect(long.length).toBeGreaterThan(128 * 1024);
      const dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
      writeFileSync(join(dir, 'long.cypher'), long);
      const run = query('--cypher-file', join(dir, 'long.cypher'), '--json');
      rmSync(dir, { recursive: true, force: true });
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(JSON.parse(run.stdout)).toEqual({ columns: ['c.label'], rows: [{ 'c.label': 'Velmora' }] });
    });

    it('reads it from standard input with --cypher-file -', () => {
      const run = spawnSync(process.execPath, [KG, 'query', '--graph', HARBOUR, '--cypher-file', '-'], { input: long, encoding: 'utf8' });
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toBe('c.label\n-------\nVelmora\n');
    });

    it('--max-rows and --timeout set the limits, and the limit that stops a query names its flag', () => {
      expect(refusal('--cypher', 'MATCH (p:person) RETURN p.label', '--max-rows', '2')).toBe('kg: Cypher: the query finds more than 2 rows; add LIMIT, narrow the pattern, or raise --max-rows');
      expect(query('--cypher', 'MATCH (p:person) RETURN p.label', '--max-rows', '5', '--timeout', '30').status).toBe(0);
      expect(refusal('--cypher', 'MATCH (p) RETURN p', '--timeout', 'soon')).toBe('kg: --timeout: "soon" is not a positive number');
      expect(refusal('--cypher', 'MATCH (p) RETURN p', '--cypher-file', 'q.cypher')).toBe('kg: give either --cypher or --cypher-file, not both');
    });
  });

  it('answers on an empty graph without failing, in words rather than an empty table', () => {
    const onEmpty = (...args: string[]) => spawnSync(process.execPath, [KG, 'query', '--graph', EMPTY, ...args], { encoding: 'utf8' });
    const run = onEmpty('top', '--json');
    expect([run.status, run.stdout]).toEqual([0, '[]\n']);
    expect(onEmpty('top', '--kind', 'city').stdout).toBe('no city in the graph\n');
    expect(onEmpty('communities').stdout).toBe('no entities in the graph\n');
  });

  it('path from an entity to itself says so instead of printing an empty table', () => {
    const run = query('path', 'Castellan', 'mira castellan');
    expect([run.status, run.stdout]).toEqual([0, '"Castellan" and "mira castellan" are the same entity: Mira Castellan\n']);
  });
});
