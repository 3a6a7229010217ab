// Reads a GEXF file (ours from `kg build`, or one saved from Gephi after editing it) back into a
// contract graph: list attributes as arrays, evidence from its JSON text, and each edge directed
// or not by its relation, whatever the file's edge type says. The result is then validated.
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';
import { KgError } from '../../src/errors';
import { isObjectName } from '../../src/object-names';
import { isRelationType, RELATIONS } from '../../src/schema';
import type { ArticleMetadata, EdgeAttributes, Evidence, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../../src/types';

type Raw = Record<string, unknown>;

function list(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON: Gephi writes lists as "[a, b]"; fall through to splitting.
    }
  }
  return text.replace(/^\[|\]$/g, '').split(/\s*[,|]\s*/).filter((item) => item !== '');
}

function evidence(value: unknown, source: string, edge: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as Evidence[];
  } catch {
    throw new KgError('GRAPH_INVALID', `${source}: edge "${edge}" has evidence that is not JSON`, source);
  }
}

function numberOf(value: unknown): unknown {
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
}

/**
 * Refuses, before graphology reads the file, a node id or attribute name that every JavaScript
 * object already has ("__proto__", "constructor", "toString"): graphology and the GEXF parser keep
 * them as keys of plain objects, where such a name corrupts the page's objects, not just the graph.
 */
function checkNames(document: Document, source: string): void {
  const refuse = (problem: string): never => {
    throw new KgError('GRAPH_INVALID', `${source}: ${problem}`, source);
  };
  for (const node of Array.from(document.getElementsByTagName('node'))) {
    const id = node.getAttribute('id');
    if (id !== null && isObjectName(id)) refuse(`node id ${JSON.stringify(id)} is a name JavaScript objects reserve; rename the node`);
  }
  for (const edge of Array.from(document.getElementsByTagName('edge'))) {
    for (const end of [edge.getAttribute('source'), edge.getAttribute('target')]) {
      if (end !== null && isObjectName(end)) refuse(`edge ${JSON.stringify(edge.getAttribute('id') ?? '')} ends at node id ${JSON.stringify(end)}, a name JavaScript objects reserve; rename the node`);
    }
  }
  const named = [...Array.from(document.getElementsByTagName('attribute')), ...Array.from(document.getElementsByTagName('attvalue'))];
  for (const element of named) {
    for (const name of [element.getAttribute('id'), element.getAttribute('for'), element.getAttribute('title')]) {
      if (name !== null && isObjectName(name)) refuse(`attribute ${JSON.stringify(name)} is a name JavaScript objects reserve; rename the attribute`);
    }
  }
}

export function graphFromGexf(text: string, source: string): KnowledgeGraph {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  checkNames(document, source);
  let raw: Graph;
  try {
    raw = parse(Graph, document, { allowUndeclaredAttributes: true }) as Graph;
  } catch (error) {
    throw new KgError('GRAPH_INVALID', `${source}: not a GEXF graph (${(error as Error).message})`, source);
  }
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', multi: true, allowSelfLoops: false });
  raw.forEachNode((key, a: Raw) => {
    const attributes: Raw = { label: a.label, kind: a.kind, aliases: list(a.aliases), mentions: numberOf(a.mentions), articles: list(a.articles) };
    for (const name of ['x', 'y', 'size', 'color'] as const) if (a[name] !== undefined) attributes[name] = a[name];
    graph.addNode(key, attributes as unknown as NodeAttributes);
  });
  raw.forEachEdge((key, a: Raw, from, to) => {
    const relation = a.relation;
    if (!isRelationType(relation)) {
      throw new KgError('GRAPH_INVALID', `${source}: edge "${key}" has unknown relation ${JSON.stringify(relation)}`, source);
    }
    const attributes: Raw = { relation, evidence: evidence(a.evidence, source, key), weight: numberOf(a.weight) };
    if (a.role !== undefined && a.role !== '') attributes.role = a.role;
    if (a.status !== undefined && a.status !== '') attributes.status = a.status;
    for (const bound of ['firstSeen', 'lastSeen'] as const) if (typeof a[bound] === 'string' && a[bound] !== '') attributes[bound] = a[bound];
    if (from === to) throw new KgError('GRAPH_INVALID', `${source}: edge "${key}" joins "${from}" to itself`, source);
    const typed = attributes as unknown as EdgeAttributes;
    if (RELATIONS[relation].directed) graph.addDirectedEdgeWithKey(key, from, to, typed);
    else graph.addUndirectedEdgeWithKey(key, from, to, typed);
  });
  graph.setAttribute('articles', articlesOf(graph as KnowledgeGraph));
  return graph as KnowledgeGraph;
}

/**
 * The articles, rebuilt from what the file keeps: each evidence carries its article's title and
 * url, and an evidence dated from its article carries the article's date; an article no evidence
 * names is titled by its id. Word counts are not in the file (0).
 */
function articlesOf(graph: KnowledgeGraph): Record<string, ArticleMetadata> {
  const articles = new Map<string, ArticleMetadata>();
  graph.forEachEdge((_edge, a) => {
    if (!Array.isArray(a.evidence)) return;
    for (const e of a.evidence as Array<Evidence & { title?: unknown; url?: unknown }>) {
      const article = articles.get(e.article) ?? { title: e.article, words: 0 };
      if (typeof e.title === 'string') article.title = e.title;
      if (typeof e.url === 'string') article.url = e.url;
      if (e.dateSource === 'article' && e.date !== undefined) article.date = e.date;
      articles.set(e.article, article);
      delete e.title;
      delete e.url;
    }
  });
  graph.forEachNode((_key, a) => {
    if (Array.isArray(a.articles)) for (const id of a.articles) if (!articles.has(id)) articles.set(id, { title: id, words: 0 });
  });
  return Object.fromEntries(articles);
}
