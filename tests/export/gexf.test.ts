// GEXF 1.3: passes the official schema and networkx (the shared check-gexf.sh), reads back with
// graphology-gexf unchanged, and stays well-formed whatever the text held.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { generateGraph } from '../../bench/generate-graph';
import { toGexf } from '../../src/export/gexf';
import { cleanText } from '../../src/export/xml-text';
import { loadGraph } from '../../src/graph/load';
import { CO_MENTION, KIND_COLORS } from '../../src/schema';
import type { KnowledgeGraph } from '../../src/types';
import { hostileGraph, NASTY } from './hostile-graph';
import { CHECK_GEXF, checkGexf, GEXF_XSD, hasSharedCheck, REPO_ROOT, skipNote } from './readers';

const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'graphs', 'small.json');
const HARBOUR = join(REPO_ROOT, 'tests', 'fixtures', 'query', 'harbour.json');
const BUILT_GEXF = join(REPO_ROOT, 'graph-data', 'graph.gexf');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-gexf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function written(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

/** Reads the GEXF back with graphology-gexf (xmldom) and compares it with the graph it came from. */
function expectRoundTrip(graph: KnowledgeGraph, text: string): void {
  const back = parse(Graph, text);
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  graph.forEachNode((key, a) => {
    const b = back.getNodeAttributes(key);
    expect(b.label).toBe(cleanText(a.label));
    expect(b.kind).toBe(a.kind);
    expect(b.aliases).toEqual(a.aliases.map(cleanText));
    expect(b.articles).toEqual(a.articles.map(cleanText));
    expect(b.mentions).toBe(a.mentions);
    expect(b.color).toBe(rgb(KIND_COLORS[a.kind]));
    expect([b.x, b.y, b.size]).toEqual([a.x, a.y, a.size]);
  });
  graph.forEachEdge((key, a, source, target) => {
    expect([back.source(key), back.target(key)]).toEqual([source, target]);
    const b = back.getEdgeAttributes(key);
    expect([b.relation, b.kind, b.label]).toEqual([a.relation, a.relation, a.relation]);
    expect(b.weight).toBe(a.weight);
    expect(b.role).toBe(a.role === undefined ? undefined : cleanText(a.role));
    expect(b.status).toBe(a.status);
    expect([b.firstSeen, b.lastSeen]).toEqual([a.firstSeen, a.lastSeen]);
    const articles = graph.getAttribute('articles') ?? {};
    const titled = a.evidence.map((e) => ({ ...e, ...(articles[e.article] === undefined ? {} : { title: articles[e.article]?.title }), ...(articles[e.article]?.url === undefined ? {} : { url: articles[e.article]?.url }) }));
    expect(JSON.parse(b.evidence as string)).toEqual(titled);
  });
}

describe('toGexf', () => {
  it('declares every attribute before <nodes> and writes GEXF 1.3 namespaces', () => {
    const text = toGexf(loadGraph(FIXTURE));
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    const head = text.slice(0, text.indexOf('<nodes'));
    for (const id of ['kind', 'aliases', 'mentions', 'articles', 'relation', 'weight', 'role', 'status', 'evidence']) {
      expect(head).toContain(`<attribute id="${id}" title="${id}"`);
    }
    expect(text).not.toContain(' hex=');
  });

  it('reads back with graphology-gexf: same nodes, edges, kinds, relations, positions, evidence', () => {
    const graph = loadGraph(FIXTURE);
    expectRoundTrip(graph, toGexf(graph));
  });

  it('keeps parallel edges of different relations apart by kind', () => {
    const back = parse(Graph, toGexf(hostileGraph()));
    const kinds = back.edges(`o'brien&<co>"`, 'dune-harbour').map((e) => back.getEdgeAttribute(e, 'kind'));
    expect(kinds.sort()).toEqual(['affiliated-with', 'visited']);
  });

  it('drops control characters and lone surrogates, escapes the rest, and reads back', () => {
    const graph = hostileGraph();
    const text = toGexf(graph);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expectRoundTrip(graph, text);
    const back = parse(Graph, text);
    expect(back.getNodeAttribute(`o'brien&<co>"`, 'label')).toBe(
      `Zoë "Ace" <O'Brien> & Co 🦊 \\ مدينة الندى bell esc lone tab\there`,
    );
    expect(cleanText(NASTY)).toBe(back.getNodeAttribute(`o'brien&<co>"`, 'label'));
  });

  it('marks symmetric relations undirected only when asked (for Gephi), and then reads back mixed', () => {
    const graph = hostileGraph();
    expect(toGexf(graph)).not.toContain('type="undirected"');
    const back = parse(Graph, toGexf(graph, { symmetricEdges: 'undirected' }));
    expect(back.type).toBe('mixed');
    graph.forEachEdge((key, a) => expect(back.isUndirected(key)).toBe(a.relation === 'met-with' || a.relation === 'sister-city'));
  });
});

const describeCheck = hasSharedCheck ? describe : describe.skip;
if (!hasSharedCheck) skipNote('GEXF schema and networkx check', `${CHECK_GEXF} is absent (it lives beside the repository in CI)`);

describeCheck('check-gexf.sh: official GEXF 1.3 XSD and networkx load with the same counts', () => {
  it('passes on the fixture graph', () => {
    const verdict = checkGexf(written('small.gexf', toGexf(loadGraph(FIXTURE))));
    expect(verdict.output).toMatch(/^PASS .*nodes=9\/9 edges=11\/11/);
    expect(verdict.status).toBe(0);
  });

  const itBuilt = existsSync(BUILT_GEXF) ? it : it.skip;
  if (!existsSync(BUILT_GEXF)) skipNote('graph-data/graph.gexf check', 'no graph.gexf yet; run `npx kg build` first');
  itBuilt('passes on graph-data/graph.gexf written by kg build', () => {
    const verdict = checkGexf(BUILT_GEXF);
    expect(verdict.output).toMatch(/^PASS /);
    expect(verdict.status).toBe(0);
  });

  it('passes on a dated graph written as a dynamic GEXF with spells, and reads back with its dates and titles', () => {
    const graph = loadGraph(HARBOUR);
    const text = toGexf(graph);
    expect(text).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    // An edge spans its first to its last statement; a month or year counts whole.
    expect(text).toMatch(/<edge id="mira-castellan\|met-with\|ines-abadi"[^\n]*<spells><spell start="2024-04-01" end="2024-04-30"\/><\/spells><\/edge>/);
    expect(text).toMatch(/<edge id="port-ardent\|sister-city\|velmora"[^\n]*<spell start="1990-01-01" end="1990-12-31"\/>/);
    // A node spans its articles' days and its edges.
    expect(text).toMatch(/<node id="velmora"[^\n]*<spell start="1990-01-01" end="2024-03-01"\/>/);
    const verdict = checkGexf(written('harbour.gexf', text));
    expect(verdict.output).toMatch(/^PASS .*nodes=13\/13 edges=13\/13/);
    expect(verdict.status).toBe(0);
    expectRoundTrip(graph, text);
    const evidence = JSON.parse(parse(Graph, text).getEdgeAttribute('oskar-vantongeren|visited|velmora', 'evidence') as string) as unknown[];
    expect(evidence).toEqual([expect.objectContaining({ date: '2024-02-23', dateSource: 'text', title: 'Harbour stays open, mayor says', url: 'https://news.example/harbour-open' })]);
  });

  it('leaves the co-mention layer out with typedOnly, as the graph without it is written', () => {
    const graph = loadGraph(HARBOUR);
    const typed = toGexf(graph);
    // Dated long before anything else, so a node spell that counted it would start in 1950.
    const [a, b] = graph.nodes() as [string, string];
    const evidence = [{ article: 'harbour-open', sentence: 'Both were named.', start: 0, end: 16, date: '1950-01-01', dateSource: 'article' as const }];
    graph.addUndirectedEdgeWithKey(`${a}--${b}:${CO_MENTION}`, a, b, { relation: CO_MENTION, evidence, weight: 1, firstSeen: '1950-01-01', lastSeen: '1950-01-01' });
    expect(toGexf(graph, { typedOnly: true })).toBe(typed);
    expect(toGexf(graph)).toContain('<spell start="1950-01-01"');
  });

  it('passes on a generated graph of 10k nodes and 50k edges', () => {
    const verdict = checkGexf(written('10k.gexf', toGexf(generateGraph(10_000, 5))));
    expect(verdict.output).toMatch(/^PASS .*nodes=10000\/10000 edges=50000\/50000/);
    expect(verdict.status).toBe(0);
  });

  it('passes on text with markup, quotes, emoji, right-to-left script and C0 controls', () => {
    const verdict = checkGexf(written('hostile.gexf', toGexf(hostileGraph())));
    expect(verdict.output).toMatch(/^PASS .*nodes=4\/4 edges=4\/4/);
    expect(verdict.status).toBe(0);
  });

  it('with undirected symmetric edges: still schema-valid, but networkx refuses the mixed file', () => {
    const file = written('mixed.gexf', toGexf(hostileGraph(), { symmetricEdges: 'undirected' }));
    const schema = spawnSync('xmllint', ['--noout', '--nonet', '--schema', resolve(GEXF_XSD), file], { encoding: 'utf8' });
    expect(schema.status).toBe(0);
    const verdict = checkGexf(file);
    expect(verdict.output).toMatch(/^FAIL .*Undirected edge found in directed graph/);
  });
});
