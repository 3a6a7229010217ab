// Checks a parsed graph.json before graphology reads it. graphology keeps each node's neighbours
// in plain objects, so a node key such as "constructor" or "__proto__" corrupts them (and with
// them Object itself) the moment an edge is added; attribute names such as "__proto__" turn into
// prototypes when copied. Both are refused here, by name, before any graph is made.
import { KgError } from '../errors';
import { isObjectName } from '../object-names';

type Raw = Record<string, unknown>;

function isPlainObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The display form of a key as graphology would store it. */
function keyOf(value: unknown): string | undefined {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? String(value) : undefined;
}

/** Throws KgError GRAPH_INVALID naming `source` and the first node or edge graphology must not see. */
export function checkSerializedGraph(data: Raw, source: string): void {
  const invalid = (what: string): never => {
    throw new KgError('GRAPH_INVALID', `${source}: ${what}`, source);
  };
  const checkNames = (attributes: unknown, what: string): void => {
    if (attributes === undefined) return;
    if (!isPlainObject(attributes)) return invalid(`${what} has attributes that are not an object`);
    for (const name of Object.keys(attributes)) {
      if (isObjectName(name)) invalid(`${what} has an attribute named ${JSON.stringify(name)}, a name JavaScript objects reserve`);
    }
  };
  checkNames(data.attributes, 'the graph');
  const nodes = data.nodes as unknown[];
  nodes.forEach((node, i) => {
    if (!isPlainObject(node)) return invalid(`node ${i + 1} is not an object`);
    const key = keyOf(node.key);
    if (key === undefined) return invalid(`node ${i + 1} has no key`);
    if (isObjectName(key)) invalid(`node key ${JSON.stringify(key)} is a name JavaScript objects reserve; rename the node`);
    checkNames(node.attributes, `node "${key}"`);
  });
  if (data.edges === undefined) return;
  if (!Array.isArray(data.edges)) return invalid('"edges" is not a list');
  data.edges.forEach((edge: unknown, i) => {
    if (!isPlainObject(edge)) return invalid(`edge ${i + 1} is not an object`);
    const name = keyOf(edge.key) ?? String(i + 1);
    if (keyOf(edge.source) === undefined || keyOf(edge.target) === undefined) invalid(`edge "${name}" has no source or target`);
    if (edge.undirected !== undefined && typeof edge.undirected !== 'boolean') invalid(`edge "${name}" has "undirected" that is not true or false`);
    checkNames(edge.attributes, `edge "${name}"`);
  });
}
