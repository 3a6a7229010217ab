// Seeded mutations for the fuzz test: articles damaged the ways files get damaged (bytes flipped,
// cut mid-character, spliced, line endings changed, control and invisible characters, runs of one
// character) and graph files broken the ways hand edits and hostile tools break them (wrong types,
// missing fields, names every object has, numbers no reader takes, dangling edges, bad JSON).
import { seededRandom } from '../../src/layout/random';

export type Random = () => number;

export { seededRandom };

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const INSERTS: ReadonlyArray<string | number[]> = [
  [0x00],
  [0x0d],
  [0x0d, 0x0a],
  [0x0c],
  [0x1b, 0x5b, 0x32, 0x4a],
  [0xff],
  [0xc3],
  [0xe2, 0x80],
  [0xef, 0xbb, 0xbf],
  '\u2028',
  '\u200b\u200d\u2060',
  '\u202e',
  'é\u0301\u0301\u0301',
  '🦊👩‍👩‍👧',
  'مدينة الندى',
  '“Quoted,” said',
  ' Mr. A. B. C. D. ',
  ' U.S.-based ',
  '((((',
  '))))',
  '"""',
  ' Mayor of ',
  ' met with ',
  ' told the ',
  ' and ',
  '\n\n\n',
  '\t\t',
  ' constructor __proto__ toString ',
];

function bytesOf(insert: string | number[]): Buffer {
  return typeof insert === 'string' ? Buffer.from(insert, 'utf8') : Buffer.from(insert);
}

function range(random: Random, length: number): [number, number] {
  const start = Math.floor(random() * (length + 1));
  const end = Math.min(length, start + Math.floor(random() * Math.max(1, length / 4)));
  return [start, end];
}

type ByteMutation = (random: Random, bytes: Buffer, other: Buffer) => Buffer;

const ARTICLE_MUTATIONS: readonly ByteMutation[] = [
  // Flip a few bytes.
  (random, bytes) => {
    const out = Buffer.from(bytes);
    for (let i = 0; i < 1 + Math.floor(random() * 4) && out.length > 0; i++) {
      const at = Math.floor(random() * out.length);
      out[at] = (out[at] ?? 0) ^ (1 << Math.floor(random() * 8));
    }
    return out;
  },
  // Insert characters and bytes that break naive readers.
  (random, bytes) => {
    const at = Math.floor(random() * (bytes.length + 1));
    return Buffer.concat([bytes.subarray(0, at), bytesOf(pick(random, INSERTS)), bytes.subarray(at)]);
  },
  // Delete a stretch.
  (random, bytes) => {
    const [start, end] = range(random, bytes.length);
    return Buffer.concat([bytes.subarray(0, start), bytes.subarray(end)]);
  },
  // Repeat a stretch many times.
  (random, bytes) => {
    const [start, end] = range(random, bytes.length);
    const times = 2 + Math.floor(random() * 60);
    return Buffer.concat([bytes.subarray(0, end), ...Array.from({ length: times }, () => bytes.subarray(start, end)), bytes.subarray(end)]);
  },
  // Cut anywhere, perhaps inside a character.
  (random, bytes) => bytes.subarray(0, Math.floor(random() * bytes.length)),
  // Line endings of another system.
  (random, bytes) => Buffer.from(bytes.toString('latin1').replace(/\n/g, random() < 0.5 ? '\r' : '\r\n'), 'latin1'),
  // Splice with another article.
  (random, bytes, other) => Buffer.concat([bytes.subarray(0, Math.floor(random() * bytes.length)), other.subarray(Math.floor(random() * other.length))]),
  // Shout or whisper.
  (random, bytes) => Buffer.from(random() < 0.5 ? bytes.toString('utf8').toUpperCase() : bytes.toString('utf8').toLowerCase(), 'utf8'),
  // A run of one character: a word of thousands of letters, a line of dots.
  (random, bytes) => {
    const at = Math.floor(random() * (bytes.length + 1));
    const run = pick(random, ['A', '.', ' ', '\n', '-', 'Ab ', '"', 'é']).repeat(500 + Math.floor(random() * 20_000));
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(run, 'utf8'), bytes.subarray(at)]);
  },
  // No spaces at all, or only line breaks between words.
  (random, bytes) => Buffer.from(bytes.toString('latin1').replace(/ /g, random() < 0.5 ? '' : '\n'), 'latin1'),
];

/** One to four mutations of `bytes`, chosen and placed by `random`. */
export function mutateArticle(random: Random, bytes: Buffer, other: Buffer): Buffer {
  let out = bytes;
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) out = pick(random, ARTICLE_MUTATIONS)(random, out, other);
  return out;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const VALUES: readonly Json[] = [
  null,
  -1,
  0,
  1.5,
  1e308,
  -1e308,
  'NaN',
  'Infinity',
  '',
  'big',
  [],
  {},
  true,
  'constructor',
  '__proto__',
  'toString',
  'x'.repeat(5000),
  [[[[[[[[]]]]]]]],
  ['a', 1, null],
  { article: 'a', sentence: 's', start: 5, end: 1 },
  'met-with',
  'person',
  'planned',
];

const NAMES = ['label', 'kind', 'aliases', 'mentions', 'articles', 'x', 'y', 'size', 'color', 'relation', 'evidence', 'weight', 'role', 'status', 'type', 'aliasArticles', '__proto__', 'constructor', 'hasOwnProperty'];

/** Every object and array inside `value`, so a mutation can reach any depth. */
function containers(value: Json, into: Array<Json[] | { [key: string]: Json }> = []): Array<Json[] | { [key: string]: Json }> {
  if (Array.isArray(value)) {
    into.push(value);
    value.forEach((item) => containers(item, into));
  } else if (value !== null && typeof value === 'object') {
    into.push(value);
    Object.values(value).forEach((item) => containers(item, into));
  }
  return into;
}

type GraphMutation = (random: Random, data: { nodes: Json[]; edges: Json[] } & Record<string, Json>) => void;

const GRAPH_MUTATIONS: readonly GraphMutation[] = [
  // Set any field anywhere to a value of the wrong sort.
  (random, data) => {
    const target = pick(random, containers(data));
    if (Array.isArray(target)) {
      if (target.length > 0) target[Math.floor(random() * target.length)] = pick(random, VALUES);
    } else {
      const keys = Object.keys(target);
      const key = keys.length > 0 && random() < 0.8 ? pick(random, keys) : pick(random, NAMES);
      Object.defineProperty(target, key, { value: pick(random, VALUES), enumerable: true, writable: true, configurable: true });
    }
  },
  // Remove any field anywhere.
  (random, data) => {
    const target = pick(random, containers(data));
    if (Array.isArray(target)) target.splice(Math.floor(random() * target.length), 1);
    else {
      const keys = Object.keys(target);
      if (keys.length > 0) delete target[pick(random, keys)];
    }
  },
  // A node key every object has, an empty key, or a key used twice.
  (random, data) => {
    const node = pick(random, data.nodes) as { key?: Json } | undefined;
    if (node) node.key = pick(random, ['constructor', '__proto__', 'valueOf', '', (data.nodes[0] as { key?: Json }).key ?? 'x']);
  },
  // An edge to a node that does not exist, or from a node to itself.
  (random, data) => {
    const edge = pick(random, data.edges) as { source?: Json; target?: Json } | undefined;
    if (edge) edge.target = random() < 0.5 ? 'nobody-at-all' : edge.source ?? null;
  },
  // Direction flipped.
  (random, data) => {
    const edge = pick(random, data.edges) as { undirected?: Json } | undefined;
    if (edge) edge.undirected = random() < 0.8 ? !edge.undirected : 'yes';
  },
  // Graph options of another sort.
  (random, data) => {
    data.options = pick<Json>(random, [{ type: 'directed', multi: false }, { type: 'undirected' }, null, 'mixed', { allowSelfLoops: true, type: 'mixed', multi: true }]);
  },
];

const ODD_TEXT: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  'Zoë "Ace" <O\'Brien> & Co',
  'مدينة الندى \u202e',
  '🦊👩‍👩‍👧',
  'x'.repeat(20_000),
  'tab\there\nline\r\nbreak',
  '\u0001\u0007\u001b[2J',
  'lone \ud800 surrogate',
  "'); MATCH (n) DETACH DELETE n //",
  'semi;colon, comma "quoted"',
  'constructor',
  '__proto__',
];

type Graph = { nodes: Json[]; edges: Json[] } & Record<string, Json>;

/** Values of the right sort that readers and writers find hard: the graph stays valid. */
const GRAPH_ODDITIES: ReadonlyArray<(random: Random, data: Graph) => void> = [
  (random, data) => {
    const node = pick(random, data.nodes) as { attributes?: Record<string, Json> } | undefined;
    if (node?.attributes) node.attributes[pick(random, ['label', 'color'])] = pick(random, ODD_TEXT);
  },
  (random, data) => {
    const node = pick(random, data.nodes) as { attributes?: Record<string, Json> } | undefined;
    if (node?.attributes) node.attributes[pick(random, ['aliases', 'articles'])] = [pick(random, ODD_TEXT), pick(random, ODD_TEXT)];
  },
  (random, data) => {
    const node = pick(random, data.nodes) as { attributes?: Record<string, Json> } | undefined;
    if (node?.attributes) node.attributes[pick(random, ['x', 'y', 'size'])] = pick(random, [0, -0, 3.4e38, -3.4e38, 1e-300, 123456789.123]);
    if (node?.attributes) node.attributes.mentions = pick(random, [0, Number.MAX_SAFE_INTEGER, 1]);
  },
  (random, data) => {
    const edge = pick(random, data.edges) as { attributes?: Record<string, Json> } | undefined;
    if (!edge?.attributes) return;
    edge.attributes.role = pick(random, ODD_TEXT);
    edge.attributes.weight = pick(random, [0, 1e300, 0.5]);
    edge.attributes.evidence = [{ article: pick(random, ODD_TEXT), sentence: pick(random, ODD_TEXT), start: 0, end: 0 }];
  },
  (random, data) => {
    if (data.edges.length > 0) data.edges.splice(Math.floor(random() * data.edges.length), 1);
  },
  (random, data) => {
    data.edges = [];
    if (random() < 0.3) data.nodes = [];
  },
  (random, data) => {
    const edge = pick(random, data.edges) as { key?: Json } | undefined;
    if (edge) data.edges.push({ ...(JSON.parse(JSON.stringify(edge)) as Record<string, Json>), key: `${String(edge.key)}-again` });
  },
];

/** The graph file's text after one to three mutations, or after damage to the JSON text itself. */
export function mutateGraph(random: Random, text: string): string {
  if (random() < 0.4) {
    const data = JSON.parse(text) as Graph;
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) pick(random, GRAPH_ODDITIES)(random, data);
    return JSON.stringify(data);
  }
  if (random() < 0.2) {
    const damage = pick(random, [
      () => text.slice(0, Math.floor(random() * text.length)),
      () => text.replace(/"/, ''),
      () => `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
      () => `{"nodes": ${'['.repeat(5_000)}${']'.repeat(5_000)}, "edges": []}`,
      () => text.replace(/,/g, ',,'),
      () => `\ufeff${text}`,
      () => text.replace(/"key": "([^"]+)"/, '"key": "$1", "key": "$1-again"'),
    ]);
    return damage();
  }
  const data = JSON.parse(text) as { nodes: Json[]; edges: Json[] } & Record<string, Json>;
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) pick(random, GRAPH_MUTATIONS)(random, data);
  return JSON.stringify(data);
}
