// GEXF 1.3 for Gephi (and networkx), written directly as text: one pass over the graph, every
// attribute declared before <nodes>, every value escaped by xml-text.ts.
//
// Direction. GEXF has one defaultedgetype per graph plus an optional per-edge `type`; Gephi reads
// per-edge types (a mixed graph), but networkx's read_gexf rejects any edge whose type differs
// from the default ("Undirected edge found in directed graph"), and `type="mutual"` makes it add
// two edges for one. No single file satisfies both, so the default ('directed') writes every edge
// without a `type` under defaultedgetype="directed": networkx loads it as a MultiDiGraph with one
// edge per graph edge, and a symmetric relation (met-with, sister-city) keeps its name in `kind`,
// `label` and the `relation` attribute, so it can be filtered or re-read as undirected.
// `symmetricEdges: 'undirected'` adds type="undirected" to those edges: Gephi then draws them
// without arrows, the file still passes the GEXF 1.3 schema, but networkx will refuse it.
//
// Time. When any evidence is dated the graph is `mode="dynamic"` with `timeformat="date"`: each
// dated edge has one spell from its firstSeen's first day to its lastSeen's last day, each node
// one spell over its dated edges and the dates of its articles, so Gephi's timeline plays it.
import { dateBounds, daySpan } from '../dates';
import { CO_MENTION, KIND_COLORS, RELATION_COLORS, RELATIONS } from '../schema';
import type { EdgeAttributes, KnowledgeGraph } from '../types';
import { evidenceWithTitles } from './evidence';
import { isFiniteNumber } from './finite';
import { xmlNumber, xmlText } from './xml-text';

export interface GexfOptions {
  /** How met-with and sister-city edges are typed; see the note at the top of this file. */
  symmetricEdges?: 'directed' | 'undirected';
  /** Leave the co-mention layer out, as a graph without it would be written; no copy is made. */
  typedOnly?: boolean;
}

type AttrType = 'string' | 'liststring' | 'integer' | 'double';

const NODE_ATTRIBUTES: ReadonlyArray<[string, AttrType]> = [
  ['kind', 'string'],
  ['aliases', 'liststring'],
  ['mentions', 'integer'],
  ['articles', 'liststring'],
];

const EDGE_ATTRIBUTES: ReadonlyArray<[string, AttrType]> = [
  ['relation', 'string'],
  ['weight', 'double'],
  ['role', 'string'],
  ['status', 'string'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['evidence', 'string'],
];

/** `viz:color` as r/g/b: networkx cannot read the `hex=` form. */
function vizColor(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `<viz:color r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"/>`;
}

const NODE_COLOR = Object.fromEntries(Object.entries(KIND_COLORS).map(([kind, hex]) => [kind, vizColor(hex)]));
const EDGE_COLOR = Object.fromEntries(Object.entries(RELATION_COLORS).map(([relation, hex]) => [relation, vizColor(hex)]));

/**
 * A GEXF 1.3 list value: `[..]` holding JSON strings, which graphology-gexf parses back into an
 * array and which stays a plain string (valid JSON) for networkx.
 */
function listValue(values: readonly string[]): string {
  return xmlText(JSON.stringify(values));
}

function attvalue(id: string, value: string): string {
  return `<attvalue for="${id}" value="${value}"/>`;
}

function declarations(cls: 'node' | 'edge', attributes: ReadonlyArray<[string, AttrType]>): string {
  const lines = attributes.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`);
  return `    <attributes class="${cls}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function spell(first: string, last: string): string {
  return `<spells><spell start="${daySpan(first)[0]}" end="${daySpan(last)[1]}"/></spells>`;
}

/** Each node's dates: its articles' days and its written edges' first and last days. */
function nodeDates(graph: KnowledgeGraph, written: (edge: EdgeAttributes) => boolean): Map<string, { first: string; last: string }> {
  const articles = graph.getAttribute('articles') ?? {};
  const dates = new Map<string, string[]>();
  const add = (key: string, date: string | undefined): void => {
    if (date === undefined) return;
    const list = dates.get(key);
    if (list === undefined) dates.set(key, [date]);
    else list.push(date);
  };
  graph.forEachNode((key, a) => {
    for (const id of a.articles) add(key, Object.hasOwn(articles, id) ? articles[id]?.date : undefined);
  });
  // One pass over the edges rather than one per node: the co-mention layer, most of a corpus
  // graph's edges and left out, is skipped once, not from both ends. Only the earliest and latest
  // days count, so the order the dates come in does not.
  graph.forEachEdge((_edge, e, source, target) => {
    if (!written(e)) return;
    add(source, e.firstSeen);
    add(source, e.lastSeen);
    add(target, e.firstSeen);
    add(target, e.lastSeen);
  });
  const spans = new Map<string, { first: string; last: string }>();
  for (const [key, list] of dates) {
    const bounds = dateBounds(list);
    if (bounds !== undefined) spans.set(key, bounds);
  }
  return spans;
}

export function toGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join('');
}

/**
 * The GEXF document in pieces, made as they are written: a corpus graph's file can be larger than
 * one string can hold, and need not be in memory all at once.
 */
export function* gexfChunks(graph: KnowledgeGraph, options: GexfOptions = {}): Generator<string> {
  const undirectedType = options.symmetricEdges === 'undirected' ? ' type="undirected"' : '';
  const name = graph.getAttribute('name');
  const withTitles = evidenceWithTitles(graph);
  const written = options.typedOnly === true ? (e: EdgeAttributes) => e.relation !== CO_MENTION : () => true;
  const nodeSpans = nodeDates(graph, written);
  let edges = 0;
  graph.forEachEdge((_key, a) => {
    if (written(a)) edges++;
  });
  const dynamic = nodeSpans.size > 0;
  yield* [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n',
    '  <meta>\n    <creator>news-kg</creator>\n',
    name === undefined ? '' : `    <description>${xmlText(name)}</description>\n`,
    '  </meta>\n',
    `  <graph defaultedgetype="directed" ${dynamic ? 'mode="dynamic" timeformat="date"' : 'mode="static"'}>\n`,
    declarations('node', NODE_ATTRIBUTES),
    declarations('edge', EDGE_ATTRIBUTES),
    `    <nodes count="${graph.order}">\n`,
  ];

  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    let node = `      <node id="${xmlText(key)}" label="${xmlText(a.label)}"><attvalues>`;
    node += attvalue('kind', a.kind);
    node += attvalue('aliases', listValue(a.aliases));
    node += attvalue('mentions', xmlNumber(Math.round(a.mentions)));
    node += attvalue('articles', listValue(a.articles));
    node += '</attvalues>';
    node += NODE_COLOR[a.kind] ?? '';
    if (isFiniteNumber(a.size)) node += `<viz:size value="${xmlNumber(a.size)}"/>`;
    if (isFiniteNumber(a.x) && isFiniteNumber(a.y)) node += `<viz:position x="${xmlNumber(a.x)}" y="${xmlNumber(a.y)}"/>`;
    const span = nodeSpans.get(key);
    if (span !== undefined) node += spell(span.first, span.last);
    yield `${node}</node>\n`;
  }
  yield `    </nodes>\n    <edges count="${edges}">\n`;

  for (const { edge: key, attributes: a, source, target } of graph.edgeEntries()) {
    if (!written(a)) continue;
    const type = RELATIONS[a.relation].directed ? '' : undirectedType;
    let edge = `      <edge id="${xmlText(key)}" source="${xmlText(source)}" target="${xmlText(target)}"${type}`;
    // The relation as `kind` keeps parallel edges of different relations apart in Gephi.
    edge += ` kind="${a.relation}" label="${a.relation}" weight="${xmlNumber(a.weight)}"><attvalues>`;
    edge += attvalue('relation', a.relation);
    edge += attvalue('weight', xmlNumber(a.weight));
    if (a.role !== undefined) edge += attvalue('role', xmlText(a.role));
    if (a.status !== undefined) edge += attvalue('status', a.status);
    if (a.firstSeen !== undefined) edge += attvalue('firstSeen', xmlText(a.firstSeen));
    if (a.lastSeen !== undefined) edge += attvalue('lastSeen', xmlText(a.lastSeen));
    edge += attvalue('evidence', xmlText(JSON.stringify(withTitles(a.evidence))));
    edge += '</attvalues>';
    edge += EDGE_COLOR[a.relation] ?? '';
    if (a.firstSeen !== undefined && a.lastSeen !== undefined) edge += spell(a.firstSeen, a.lastSeen);
    yield `${edge}</edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
