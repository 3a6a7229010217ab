// nodes.csv / edges.csv: Neo4j import headers, RFC 4180 quoting that a strict reader and
// Python's csv module both split back into the graph's own values.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from '../../src/export/csv';
import { cleanText } from '../../src/export/xml-text';
import { loadGraph } from '../../src/graph/load';
import { hostileGraph, NASTY } from './hostile-graph';
import { python, REPO_ROOT } from './readers';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes, nothing else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      if (end < 0) throw new Error('record without CRLF');
      value = text.slice(i, i + end);
      if (/["\r\n]/.test(value)) throw new Error(`unquoted field holds a quote or line break: ${value}`);
      i += end;
    }
    row.push(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  return rows;
}

function records(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => {
    expect(r).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((h, k) => [h, r[k]!]));
  });
}

const HOSTILE_KEY = `o'brien&<co>"`;
/** Labels with a line feed, a CRLF and a lone CR, each alone in its field. */
const LINE_BREAKS: Record<string, string> = { [HOSTILE_KEY]: 'line\nfeed', hostile: 'crlf\r\nhere', 'reed-isle': 'lone\rreturn' };

function graphWithLineBreaks(): ReturnType<typeof hostileGraph> {
  const graph = hostileGraph();
  for (const [key, label] of Object.entries(LINE_BREAKS)) graph.setNodeAttribute(key, 'label', label);
  return graph;
}

describe('toCsv', () => {
  it('writes the header layout neo4j-admin database import reads', () => {
    const { nodes, edges } = toCsv(loadGraph(join(REPO_ROOT, 'tests', 'fixtures', 'graphs', 'small.json')));
    expect(parseCsv(nodes)[0]).toEqual(['id:ID', 'label', ':LABEL', 'kind', 'aliases:string[]', 'mentions:int', 'articles:string[]', 'x:double', 'y:double', 'size:double', 'color']);
    expect(parseCsv(edges)[0]).toEqual([':START_ID', ':END_ID', ':TYPE', 'key', 'relation', 'symmetric:boolean', 'weight:double', 'role', 'status', 'firstSeen', 'lastSeen', 'evidence']);
    expect(records(nodes)).toHaveLength(9);
    const edgeRows = records(edges);
    expect(edgeRows).toHaveLength(11);
    expect(edgeRows.find((e) => e.key === 'port-vella|sister-city|kestrel-bay')).toMatchObject({ ':TYPE': 'SISTER_CITY', 'symmetric:boolean': 'true' });
  });

  it('quotes hostile text so every field reads back whole', () => {
    const graph = hostileGraph();
    const { nodes, edges } = toCsv(graph);
    const node = records(nodes).find((n) => n['id:ID'] === HOSTILE_KEY)!;
    expect(node.label).toBe(cleanText(NASTY));
    expect(node[':LABEL']).toBe('Entity;Person');
    // Neo4j has no escape for its array delimiter: a `;` inside one value becomes `,`.
    expect(node['aliases:string[]']!.split(';')).toEqual(graph.getNodeAttribute(`o'brien&<co>"`, 'aliases').map((a) => a.replace(/;/g, ',')));
    expect(node['articles:string[]']).toBe('art-1;art,2');
    const edge = records(edges).find((e) => e.relation === 'affiliated-with')!;
    expect(edge.role).toBe(graph.getEdgeAttribute(`o'brien&<co>"|affiliated-with|dune-harbour`, 'role'));
    expect(JSON.parse(edge.evidence!)).toEqual(graph.getEdgeAttribute(`o'brien&<co>"|affiliated-with|dune-harbour`, 'evidence'));
  });

  it('quotes a line feed, a CRLF and a lone CR inside a field, so the row stays one record', () => {
    const rows = records(toCsv(graphWithLineBreaks()).nodes);
    expect(rows).toHaveLength(hostileGraph().order);
    for (const [key, label] of Object.entries(LINE_BREAKS)) expect(rows.find((n) => n['id:ID'] === key)!.label).toBe(label);
  });

  it("reads back the same with Python's csv module (what spreadsheets and scripts use)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-csv-'));
    try {
      const file = join(dir, 'nodes.csv');
      const nodes = toCsv(graphWithLineBreaks()).nodes;
      writeFileSync(file, nodes);
      const run = python('import csv, json, sys\nprint(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))', file);
      expect(run.status).toBe(0);
      expect(JSON.parse(run.output)).toEqual(parseCsv(nodes));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
