// A graph file may name things the way JavaScript objects name their own members: relations
// "constructor" or "toString", node keys "__proto__", attributes "__proto__". Each is refused
// with one line naming it (graphology cannot hold such a node key), and a graph built from an
// article naming something "Constructor" gets a key that works everywhere.
import { buildGraph } from '../../src/graph/build';
import { parseGraph } from '../../src/graph/load';
import { NodeKeys } from '../../src/graph/keys';
import { communities, graphStats, neighbours, runCypher, shortestPath, topEntities, whoMet } from '../../src/query';
import { toCypher } from '../../src/export/cypher';
import { KgError } from '../../src/errors';
import { extraction } from './extraction-fixture';

const OBJECT_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

function node(key: string, label = key) {
  return { key, attributes: { label, kind: 'person', aliases: [], mentions: 1, articles: ['a'] } };
}

function edge(source: string, target: string, relation = 'met-with') {
  const evidence = [{ article: 'a', sentence: `${source} met ${target}.`, start: 0, end: 9 }];
  return { key: `${source}|${relation}|${target}`, source, target, undirected: relation === 'met-with', attributes: { relation, evidence, weight: 1 } };
}

/** A graph.json as JSON.parse gives it, so "__proto__" is an own property as in a real file. */
function graphJson(nodes: unknown[], edges: unknown[]): unknown {
  return JSON.parse(JSON.stringify({ options: { type: 'mixed', multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges }));
}

function errorOf(run: () => unknown): KgError {
  try {
    run();
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error('expected a KgError');
}

describe('a relation named after an Object member', () => {
  it.each(OBJECT_NAMES)('refuses relation %j (it passed `value in RELATIONS`)', (relation) => {
    const data = graphJson([node('ada'), node('bo')], [{ ...edge('ada', 'bo'), attributes: { ...edge('ada', 'bo').attributes, relation } }]);
    const error = errorOf(() => parseGraph(data, 'rel.json'));
    expect(error.code).toBe('GRAPH_INVALID');
    expect(error.message).toBe(`rel.json: edge "ada|met-with|bo" has unknown relation ${JSON.stringify(relation)}`);
  });
});

describe('a node keyed after an Object member', () => {
  it.each(OBJECT_NAMES)('refuses key %j with one line before graphology can corrupt its indexes', (key) => {
    const data = graphJson([node(key), node('ada'), node('bo')], [edge(key, 'ada'), edge('ada', 'bo'), edge('bo', key)]);
    const error = errorOf(() => parseGraph(data, 'keys.json'));
    expect(error.message).toBe(`keys.json: node key ${JSON.stringify(key)} is a name JavaScript objects reserve; rename the node`);
    expect(Object.prototype).not.toHaveProperty('previous');
    expect(Object.prototype).not.toHaveProperty('next');
  });
});

describe('an attribute named after an Object member', () => {
  it('refuses a node attribute "__proto__" that would lend the node an inherited label', () => {
    const data = graphJson([node('ada'), node('bo')], []) as { nodes: Array<{ attributes: Record<string, unknown> }> };
    data.nodes[0]!.attributes = JSON.parse('{"__proto__": {"label": "Ada", "kind": "person"}, "aliases": [], "mentions": 1, "articles": ["a"]}');
    expect(errorOf(() => parseGraph(data, 'attr.json')).message).toBe('attr.json: node "ada" has an attribute named "__proto__", a name JavaScript objects reserve');
  });

  it('refuses an edge attribute "constructor"', () => {
    const bad = edge('ada', 'bo');
    const data = graphJson([node('ada'), node('bo')], [{ ...bad, attributes: { ...bad.attributes, constructor: 'x' } }]);
    expect(errorOf(() => parseGraph(data, 'attr.json')).message).toMatch(/edge "ada\|met-with\|bo" has an attribute named "constructor"/);
  });
});

describe('an entity an article names "Constructor"', () => {
  const text = 'Constructor met Ada Quill. Quill met Hasownproperty.';
  const graph = buildGraph([
    extraction('a', text, [{ label: 'Constructor', kind: 'person' }, { label: 'Ada Quill', kind: 'person' }, { label: 'Hasownproperty', kind: 'person' }], [
      { source: 'Constructor', target: 'Ada Quill', relation: 'met-with', sentence: 'Constructor met Ada Quill.' },
      { source: 'Ada Quill', target: 'Hasownproperty', relation: 'met-with', sentence: 'Quill met Hasownproperty.' },
    ]),
  ]);

  it('gets a node key graphology can hold', () => {
    expect(new NodeKeys().next('Constructor', 'institution')).toBe('constructor-institution');
    expect(graph.nodes()).not.toContain('constructor');
  });

  it('works in every query, the algorithms and the exports', () => {
    expect(whoMet(graph, 'Constructor').map((c) => c.entity.label)).toEqual(['Ada Quill']);
    expect(neighbours(graph, 'Constructor', { depth: 2 }).map((n) => n.entity.label)).toEqual(['Ada Quill', 'Hasownproperty']);
    expect(shortestPath(graph, 'Constructor', 'Hasownproperty')?.nodes).toHaveLength(3);
    expect(topEntities(graph, { measure: 'pagerank' })[0]?.entity.label).toBe('Ada Quill');
    expect(topEntities(graph, { measure: 'betweenness' })[0]?.entity.label).toBe('Ada Quill');
    expect(communities(graph).flatMap((c) => c.members.map((m) => m.label)).sort()).toEqual(['Ada Quill', 'Constructor', 'Hasownproperty']);
    expect(graphStats(graph).byRelation['met-with']).toBe(2);
    expect(runCypher(graph, 'MATCH (a {label: "Constructor"})-[:`met-with`*1..2]-(b) RETURN b.label ORDER BY b.label').rows).toEqual([{ 'b.label': 'Ada Quill' }, { 'b.label': 'Hasownproperty' }]);
    expect(toCypher(graph)).toContain("{id: 'constructor-person'}");
  });
});
