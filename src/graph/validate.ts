// Checks a graph against the schema (docs/graph-schema.md, src/schema.ts): every node and edge
// attribute the other stages rely on, the direction of every relation, and every number in a range
// all readers of our exports accept, so nothing loaded can make an export another tool refuses.
import { isIsoDate } from '../dates';
import { KgError } from '../errors';
import { isObjectName } from '../object-names';
import { isEntityKind, isRelationType, RELATIONS } from '../schema';
import type { KnowledgeGraph } from '../types';

/** The largest magnitude GEXF's `viz` attributes (xs:float) can hold. */
const FLOAT_MAX = 3.4028234663852886e38;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** A count: a whole number from 0 that every reader (GraphML int, Neo4j long) holds exactly. */
function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isFloat(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= FLOAT_MAX;
}

function isEvidence(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.article === 'string' &&
    typeof e.sentence === 'string' &&
    isCount(e.start) &&
    isCount(e.end) &&
    (e.start as number) <= (e.end as number) &&
    (e.date === undefined || isIsoDate(e.date)) &&
    (e.dateSource === undefined || e.dateSource === 'text' || e.dateSource === 'article')
  );
}

const OPTIONAL_TEXT = ['date', 'url', 'outlet', 'author'] as const;

/** What is wrong with the graph attribute `articles` (id → metadata), or undefined. */
function articlesProblem(articles: unknown): string | undefined {
  if (articles === undefined) return undefined;
  if (typeof articles !== 'object' || articles === null || Array.isArray(articles)) return 'graph attribute "articles" must map article ids to their metadata';
  for (const [id, value] of Object.entries(articles)) {
    const m = value as Record<string, unknown> | null;
    if (typeof m !== 'object' || m === null) return `article "${id}" has no metadata`;
    if (typeof m.title !== 'string') return `article "${id}" has no title`;
    if (!isCount(m.words)) return `article "${id}" has no word count`;
    const bad = OPTIONAL_TEXT.find((field) => m[field] !== undefined && typeof m[field] !== 'string');
    if (bad !== undefined) return `article "${id}": ${bad} is not a string`;
    if (m.date !== undefined && !isIsoDate(m.date)) return `article "${id}" has date ${JSON.stringify(m.date)}, expected YYYY-MM-DD`;
  }
  return undefined;
}

function isAliasArticles(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isStringArray);
}

/** The first attribute whose name every JavaScript object already has (`constructor`, `__proto__`). */
function objectName(attributes: object): string | undefined {
  return Object.keys(attributes).find(isObjectName);
}

/** Throws KgError GRAPH_INVALID naming `source` and the first offending node or edge. */
export function validateGraph(graph: KnowledgeGraph, source: string): void {
  const invalid = (what: string): never => {
    throw new KgError('GRAPH_INVALID', `${source}: ${what}`, source);
  };
  const reserved = (what: string, name: string): never => invalid(`${what} has an attribute named ${JSON.stringify(name)}, a name JavaScript objects reserve`);
  if (graph.type !== 'mixed' || !graph.multi) invalid(`graph must be mixed and multi, found ${graph.type}${graph.multi ? ' multi' : ''}`);
  const graphName = objectName(graph.getAttributes());
  if (graphName !== undefined) reserved('the graph', graphName);
  const articles = articlesProblem(graph.getAttribute('articles'));
  if (articles !== undefined) invalid(articles);
  graph.forEachNode((key, a) => {
    const node = `node "${key}"`;
    if (isObjectName(key)) invalid(`node key ${JSON.stringify(key)} is a name JavaScript objects reserve; rename the node`);
    const name = objectName(a);
    if (name !== undefined) reserved(node, name);
    if (typeof a.label !== 'string' || a.label === '') invalid(`${node} has no label`);
    if (!isEntityKind(a.kind)) invalid(`${node} has unknown kind ${JSON.stringify(a.kind)}`);
    if (!isStringArray(a.aliases)) invalid(`${node} has aliases that are not a list of strings`);
    if (!isCount(a.mentions)) invalid(`${node} has a mention count that is not a whole number from 0: ${JSON.stringify(a.mentions)}`);
    if (!isStringArray(a.articles)) invalid(`${node} has articles that are not a list of strings`);
    if (a.aliasArticles !== undefined && !isAliasArticles(a.aliasArticles)) invalid(`${node} has aliasArticles that do not map names to lists of strings`);
    for (const field of ['x', 'y', 'size'] as const) {
      if (a[field] !== undefined && !isFloat(a[field])) invalid(`${node} has ${field} that is not a finite number: ${JSON.stringify(a[field])}`);
    }
    if (a.size !== undefined && a.size < 0) invalid(`${node} has a negative size`);
    if (a.color !== undefined && typeof a.color !== 'string') invalid(`${node} has a color that is not a string`);
    if ((a as unknown as Record<string, unknown>).type !== undefined) invalid(`${node} sets "type", which sigma reserves for its drawing program`);
  });
  graph.forEachEdge((key, a, _source, _target, _sa, _ta, undirected) => {
    const edge = `edge "${key}"`;
    const name = objectName(a);
    if (name !== undefined) reserved(edge, name);
    if (!isRelationType(a.relation)) invalid(`${edge} has unknown relation ${JSON.stringify(a.relation)}`);
    if (RELATIONS[a.relation].directed === undirected) {
      invalid(`${edge} (${a.relation}) must be ${RELATIONS[a.relation].directed ? 'directed' : 'undirected'}`);
    }
    if (!Array.isArray(a.evidence) || !a.evidence.every(isEvidence)) invalid(`${edge} has malformed evidence`);
    if (!isFloat(a.weight) || a.weight < 0) invalid(`${edge} has a weight that is not a finite number from 0: ${JSON.stringify(a.weight)}`);
    if (a.role !== undefined && typeof a.role !== 'string') invalid(`${edge} has a role that is not a string`);
    if (a.status !== undefined && a.status !== 'planned') invalid(`${edge} has unknown status ${JSON.stringify(a.status)}`);
    for (const bound of ['firstSeen', 'lastSeen'] as const) {
      if (a[bound] !== undefined && !isIsoDate(a[bound])) invalid(`${edge} has ${bound} ${JSON.stringify(a[bound])}, expected an ISO date`);
    }
    if (a.label !== undefined && typeof a.label !== 'string') invalid(`${edge} has a label that is not a string`);
    if (a.size !== undefined && !isFloat(a.size)) invalid(`${edge} has a size that is not a finite number`);
    if (a.color !== undefined && typeof a.color !== 'string') invalid(`${edge} has a color that is not a string`);
    if ((a as unknown as Record<string, unknown>).type !== undefined) invalid(`${edge} sets "type", which sigma reserves for its drawing program`);
  });
}
