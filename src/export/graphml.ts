// GraphML for yEd, Cytoscape and networkx: every attribute a <key> with its attr.type, lists and
// evidence as JSON strings (GraphML has no list type). Like the GEXF, every edge is directed
// (edgedefault="directed", no per-edge `directed`): networkx's read_graphml rejects a file that
// mixes the two, and the `relation` key says which edges are symmetric (see docs/export.md).
// The graph's articles (id → title, date, url, ...) are one graph-level <data>, a JSON string.
import type { KnowledgeGraph } from '../types';
import { evidenceWithTitles } from './evidence';
import { xmlNumber, xmlText } from './xml-text';

type KeyType = 'string' | 'int' | 'double';

const NODE_KEYS: ReadonlyArray<[string, KeyType]> = [
  ['label', 'string'],
  ['kind', 'string'],
  ['aliases', 'string'],
  ['mentions', 'int'],
  ['articles', 'string'],
  ['x', 'double'],
  ['y', 'double'],
  ['size', 'double'],
  ['color', 'string'],
];

const EDGE_KEYS: ReadonlyArray<[string, KeyType]> = [
  ['relation', 'string'],
  ['label', 'string'],
  ['weight', 'double'],
  ['role', 'string'],
  ['status', 'string'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['evidence', 'string'],
];

function keyLines(cls: 'graph' | 'node' | 'edge', keys: ReadonlyArray<[string, KeyType]>): string {
  return keys
    .map(([name, type]) => `  <key id="${cls[0]}-${name}" for="${cls}" attr.name="${name}" attr.type="${type}"/>\n`)
    .join('');
}

/** One <data> element; absent values and non-finite numbers are left out, as GraphML allows. */
function data(key: string, value: string | number | undefined): string {
  if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  return `<data key="${key}">${typeof value === 'number' ? xmlNumber(value) : xmlText(value)}</data>`;
}

export function toGraphml(graph: KnowledgeGraph): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    keyLines('node', NODE_KEYS),
    keyLines('edge', EDGE_KEYS),
    keyLines('graph', [['articles', 'string']]),
    '  <graph id="G" edgedefault="directed">\n',
    `    ${data('g-articles', JSON.stringify(graph.getAttribute('articles') ?? {}))}\n`,
  ];
  const withTitles = evidenceWithTitles(graph);
  graph.forEachNode((key, a) => {
    let node = `    <node id="${xmlText(key)}">`;
    node += data('n-label', a.label);
    node += data('n-kind', a.kind);
    node += data('n-aliases', JSON.stringify(a.aliases));
    node += data('n-mentions', Math.round(a.mentions));
    node += data('n-articles', JSON.stringify(a.articles));
    node += data('n-x', a.x);
    node += data('n-y', a.y);
    node += data('n-size', a.size);
    node += data('n-color', a.color);
    parts.push(`${node}</node>\n`);
  });
  graph.forEachEdge((key, a, source, target) => {
    let edge = `    <edge id="${xmlText(key)}" source="${xmlText(source)}" target="${xmlText(target)}">`;
    edge += data('e-relation', a.relation);
    edge += data('e-label', a.relation);
    edge += data('e-weight', a.weight);
    edge += data('e-role', a.role);
    edge += data('e-status', a.status);
    edge += data('e-firstSeen', a.firstSeen);
    edge += data('e-lastSeen', a.lastSeen);
    edge += data('e-evidence', JSON.stringify(withTitles(a.evidence)));
    parts.push(`${edge}</edge>\n`);
  });
  parts.push('  </graph>\n</graphml>\n');
  return parts.join('');
}
