// A Cypher script that loads the graph into Neo4j or Memgraph: one MERGE per node and per edge,
// so running it twice changes nothing. Every value goes through one escaper (single-quoted
// strings, backslash escapes) and every label and relationship type through backtick quoting, so
// text from an article can never end a literal and run as a statement.
import { RELATIONS } from '../schema';
import type { KnowledgeGraph } from '../types';
import { isFiniteNumber } from './finite';
import { evidenceWithTitles } from './evidence';
import { ENTITY_LABEL, KIND_LABELS, relationshipType } from './neo4j-names';
import { cleanText } from './xml-text';

export interface CypherOptions {
  /** The two databases spell index and uniqueness statements differently; nothing else differs. */
  dialect?: 'neo4j' | 'memgraph';
}

const STRING_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

// Backslash and quote, and every character that is invisible or breaks a line in an editor.
const TO_ESCAPE = /[\\'\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

/** A single-quoted Cypher string literal holding exactly `text` (less what XML/UTF-8 cannot carry). */
export function cypherString(text: string): string {
  const escaped = cleanText(text).replace(
    TO_ESCAPE,
    (c) => STRING_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

/** A label or relationship type: backtick-quoted, backticks inside doubled. */
export function cypherName(name: string): string {
  return `\`${cleanText(name).replace(/`/g, '``')}\``;
}

/** A float literal (`3.0`, not `3`, so the property type is the same on every node). */
export function cypherFloat(value: number): string {
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function cypherList(values: readonly string[]): string {
  return `[${values.map(cypherString).join(', ')}]`;
}

export function toCypher(graph: KnowledgeGraph, options: CypherOptions = {}): string {
  const entity = cypherName(ENTITY_LABEL);
  const lines: string[] = [
    '// Knowledge graph written by news-kg. Run with cypher-shell (Neo4j) or mgconsole (Memgraph).',
    '// Every entity is an :Entity node with a unique id, plus a label for its kind; relation names are',
    '// relationship types. Evidence is a JSON string. met-with and sister-city are symmetric:',
    '// query them without an arrow, e.g. MATCH (a)-[:MET_WITH]-(b).',
    options.dialect === 'memgraph'
      ? `CREATE INDEX ON :${entity}(id);\nCREATE CONSTRAINT ON (n:${entity}) ASSERT n.id IS UNIQUE;`
      : `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${entity}) REQUIRE n.id IS UNIQUE;`,
  ];
  graph.forEachNode((key, a) => {
    let set = `n:${cypherName(KIND_LABELS[a.kind])}, n.label = ${cypherString(a.label)}, n.kind = ${cypherString(a.kind)}`;
    set += `, n.aliases = ${cypherList(a.aliases)}, n.mentions = ${Math.round(a.mentions)}, n.articles = ${cypherList(a.articles)}`;
    if (isFiniteNumber(a.x) && isFiniteNumber(a.y)) set += `, n.x = ${cypherFloat(a.x)}, n.y = ${cypherFloat(a.y)}`;
    if (isFiniteNumber(a.size)) set += `, n.size = ${cypherFloat(a.size)}`;
    if (a.color !== undefined) set += `, n.color = ${cypherString(a.color)}`;
    lines.push(`MERGE (n:${entity} {id: ${cypherString(key)}}) SET ${set};`);
  });
  const withTitles = evidenceWithTitles(graph);
  graph.forEachEdge((key, a, source, target) => {
    let set = `r.relation = ${cypherString(a.relation)}, r.symmetric = ${RELATIONS[a.relation].directed ? 'false' : 'true'}`;
    set += `, r.weight = ${cypherFloat(a.weight)}`;
    if (a.role !== undefined) set += `, r.role = ${cypherString(a.role)}`;
    if (a.status !== undefined) set += `, r.status = ${cypherString(a.status)}`;
    if (a.firstSeen !== undefined) set += `, r.firstSeen = ${cypherString(a.firstSeen)}`;
    if (a.lastSeen !== undefined) set += `, r.lastSeen = ${cypherString(a.lastSeen)}`;
    set += `, r.evidence = ${cypherString(JSON.stringify(withTitles(a.evidence)))}`;
    lines.push(
      `MATCH (a:${entity} {id: ${cypherString(source)}}), (b:${entity} {id: ${cypherString(target)}}) ` +
        `MERGE (a)-[r:${cypherName(relationshipType(a.relation))} {key: ${cypherString(key)}}]->(b) SET ${set};`,
    );
  });
  return `${lines.join('\n')}\n`;
}
