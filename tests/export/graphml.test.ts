// GraphML: keys typed for networkx, yEd and Cytoscape; networkx reads it with the same counts
// and the same text.
import { evidenceWithTitles } from '../../src/export/evidence';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toGraphml } from '../../src/export/graphml';
import { cleanText } from '../../src/export/xml-text';
import { loadGraph } from '../../src/graph/load';
import type { KnowledgeGraph } from '../../src/types';
import { hostileGraph } from './hostile-graph';
import { hasNetworkx, PYTHON, python, REPO_ROOT, skipNote } from './readers';

const READ = `import json, sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
print(json.dumps({"type": type(G).__name__, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
  "labels": {n: d["label"] for n, d in G.nodes(data=True)},
  "kinds": {n: d["kind"] for n, d in G.nodes(data=True)},
  "relations": sorted(d["relation"] for _, _, d in G.edges(data=True)),
  "evidence": {k: json.loads(d["evidence"]) for _, _, k, d in G.edges(keys=True, data=True)}}))`;

const describeNetworkx = hasNetworkx ? describe : describe.skip;
if (!hasNetworkx) skipNote('GraphML networkx read', `${PYTHON} cannot import networkx (apt-get install python3-networkx)`);

describeNetworkx('toGraphml read by networkx', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-graphml-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each<[string, () => KnowledgeGraph]>([
    ['the fixture graph', () => loadGraph(join(REPO_ROOT, 'tests', 'fixtures', 'graphs', 'small.json'))],
    ['a graph of hostile text', hostileGraph],
  ])('%s: same counts, labels, kinds, relations and evidence', (name, make) => {
    const graph = make();
    const file = join(dir, `${name.replace(/\W+/g, '-')}.graphml`);
    writeFileSync(file, toGraphml(graph));
    const run = python(READ, file);
    expect(run.status).toBe(0);
    const read = JSON.parse(run.output);
    expect(read.type).toBe('MultiDiGraph');
    expect([read.nodes, read.edges]).toEqual([graph.order, graph.size]);
    graph.forEachNode((key, a) => {
      expect(read.labels[key]).toBe(cleanText(a.label));
      expect(read.kinds[key]).toBe(a.kind);
    });
    expect(read.relations).toEqual(graph.mapEdges((_, a) => a.relation).sort());
    // Each evidence carries its article's title (and url) beside the graph's own fields.
    const withTitles = evidenceWithTitles(graph);
    expect(read.evidence).toEqual(Object.fromEntries(graph.mapEdges((key, a) => [key, withTitles(a.evidence)])));
  });
});
