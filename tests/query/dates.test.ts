// Time in queries on the hand-made harbour graph: its two articles are dated 2024-03-01 and
// 2024-03-18; some evidence carries the day its sentence names (2024-02-23, 2024-03-15, 2024-04, 1990).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runCypher, timeline, whoMet, withinDates, graphStats } from '../../src/query';
import { validateGraph } from '../../src/graph/validate';
import { HARBOUR, harbour } from './fixtures';

const KG = resolve(__dirname, '..', '..', 'bin', 'kg.js');

function kg(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [KG, 'query', '--graph', HARBOUR, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('withinDates', () => {
  const graph = harbour();

  it('keeps the evidence dated in the range and recounts weight, firstSeen and lastSeen', () => {
    const march = withinDates(graph, { since: '2024-03-10', until: '2024-03-31' });
    expect(() => validateGraph(march, 'cut')).not.toThrow();
    const met = march.getEdgeAttributes('mira-castellan|met-with|oskar-vantongeren');
    expect(met.evidence.map((e) => e.sentence)).toEqual(['Castellan and Vantongeren met again on Friday.']);
    expect([met.weight, met.firstSeen, met.lastSeen]).toEqual([1, '2024-03-15', '2024-03-15']);
    expect(march.hasEdge('oskar-vantongeren|visited|velmora')).toBe(false);
    expect(Object.keys(march.getAttribute('articles') ?? {})).toEqual(['harbour-2']);
  });

  it('counts a month or a year as every day in it', () => {
    expect(withinDates(graph, { since: '2024-04-30' }).hasEdge('mira-castellan|met-with|ines-abadi')).toBe(true);
    expect(withinDates(graph, { until: '1990-06' }).edges()).toEqual(['port-ardent|sister-city|velmora']);
    expect(withinDates(graph, { since: '2024-05' }).size).toBe(0);
  });

  it('drops the entities of articles out of range that no kept edge joins', () => {
    const early = withinDates(graph, { until: '2024-03-05' });
    expect(early.hasNode('ruth-okonkwo')).toBe(true);
    expect(early.hasNode('westmarch')).toBe(false);
    expect(graphStats(early).articles).toBe(1);
  });

  it('is the graph itself without a range', () => {
    expect(withinDates(graph, {})).toBe(graph);
    expect(whoMet(withinDates(graph, { since: '2024-03-02' }), 'Castellan').map((c) => c.entity.label)).toEqual(['Ines Abadi', 'Oskar Vantongeren']);
  });
});

describe('timeline', () => {
  it("lists an entity's statements oldest first, with the article's title", () => {
    const entries = timeline(harbour(), 'Port Ardent');
    expect(entries.map((e) => [e.date, e.relation, e.other.label, e.article.title])).toEqual([
      ['1990', 'sister-city', 'Velmora', 'Harbour stays open, mayor says'],
      ['2024-03-01', 'affiliated-with', 'Mira Castellan', 'Harbour stays open, mayor says'],
      ['2024-03-18', 'sister-city', 'Saltmere', 'Castellan and Vantongeren meet again'],
      ['2024-03-18', 'visited', 'Mira Castellan', 'Castellan and Vantongeren meet again'],
    ]);
    expect(entries[1]?.outgoing).toBe(false);
  });
});

describe('Cypher reads the dates', () => {
  it('r.firstSeen and r.lastSeen, comparable as text', () => {
    const result = runCypher(harbour(), 'MATCH (a)-[r:`met-with`]-(b {label: "Oskar Vantongeren"}) WHERE r.lastSeen >= "2024-03-10" RETURN a.label, r.firstSeen, r.lastSeen ORDER BY a.label');
    expect(result.rows).toEqual([
      { 'a.label': 'Mira Castellan', 'r.firstSeen': '2024-03-01', 'r.lastSeen': '2024-03-15' },
      { 'a.label': 'Teo Lindqvist', 'r.firstSeen': '2024-03-18', 'r.lastSeen': '2024-03-18' },
    ]);
  });
});

describe('kg query --since / --until / timeline', () => {
  it('cuts every subcommand to the range', () => {
    const run = kg('--since', '2024-03-10', 'who-met', 'Castellan', '--json');
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout) as Array<{ entity: { label: string }; relations: Array<{ evidence: unknown[] }> }>;
    expect(answer.map((c) => [c.entity.label, c.relations[0]?.evidence.length])).toEqual([['Ines Abadi', 1], ['Oskar Vantongeren', 1]]);
    expect(kg('stats', '--until', '2024-03-05', '--json').stdout).toMatch(/"articles": 1/);
    expect(kg('--until', '2000', '--cypher', 'MATCH (c:city)-[r]-(d) RETURN r.relation').stdout).toContain('sister-city');
  });

  it('timeline prints dates, relations, titles and sentences', () => {
    const run = kg('timeline', 'Velmora');
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n').slice(2)).toEqual([
      expect.stringMatching(/^1990\s+text\s+sister-city\s+Port Ardent\s+Harbour stays open, mayor says\s+Port Ardent and Velmora have been sister cities since 1990\.$/),
      expect.stringMatching(/^2024-02-23\s+text\s+<-visited\s+Oskar Vantongeren\s+Harbour stays open, mayor says\s+Vantongeren visited Velmora last week\.$/),
    ]);
  });

  it('refuses a date that is not one, in one line', () => {
    const run = kg('--since', 'March', 'stats');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('kg: --since must be a date (YYYY-MM-DD, YYYY-MM or YYYY), found "March"');
  });
});
