// nodes.csv and edges.csv in the header layout of Neo4j's `neo4j-admin database import`
// (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed columns, `;` inside arrays), quoted
// as RFC 4180 says (CRLF rows, fields with a comma, quote or line break in double quotes, quotes
// doubled) so spreadsheets read the same files.
import { RELATIONS } from '../schema';
import type { KnowledgeGraph } from '../types';
import { evidenceWithTitles } from './evidence';
import { ENTITY_LABEL, KIND_LABELS, relationshipType } from './neo4j-names';
import { cleanText } from './xml-text';

export interface CsvFiles {
  nodes: string;
  edges: string;
}

/** Neo4j's default array delimiter. */
const ARRAY_DELIMITER = ';';
const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 cell (the viewer's table download writes its rows with it too). */
export function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = cleanText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A `string[]` cell. The import tool has no escape for its array delimiter, so a `;` inside one
 * value becomes `,` (documented in docs/export.md); an empty list is an empty cell.
 */
function arrayField(values: readonly string[]): string {
  return field(values.map((v) => v.split(ARRAY_DELIMITER).join(',')).join(ARRAY_DELIMITER));
}

export function row(fields: string[]): string {
  return `${fields.join(',')}\r\n`;
}

export function toCsv(graph: KnowledgeGraph): CsvFiles {
  const nodes = [
    row(['id:ID', 'label', ':LABEL', 'kind', 'aliases:string[]', 'mentions:int', 'articles:string[]', 'x:double', 'y:double', 'size:double', 'color']),
  ];
  graph.forEachNode((key, a) => {
    nodes.push(
      row([
        field(key),
        field(a.label),
        `${ENTITY_LABEL}${ARRAY_DELIMITER}${KIND_LABELS[a.kind]}`,
        a.kind,
        arrayField(a.aliases),
        field(Math.round(a.mentions)),
        arrayField(a.articles),
        field(a.x),
        field(a.y),
        field(a.size),
        field(a.color),
      ]),
    );
  });
  const edges = [row([':START_ID', ':END_ID', ':TYPE', 'key', 'relation', 'symmetric:boolean', 'weight:double', 'role', 'status', 'firstSeen', 'lastSeen', 'evidence'])];
  const withTitles = evidenceWithTitles(graph);
  graph.forEachEdge((key, a, source, target) => {
    edges.push(
      row([
        field(source),
        field(target),
        relationshipType(a.relation),
        field(key),
        a.relation,
        RELATIONS[a.relation].directed ? 'false' : 'true',
        field(a.weight),
        field(a.role),
        field(a.status),
        field(a.firstSeen),
        field(a.lastSeen),
        field(JSON.stringify(withTitles(a.evidence))),
      ]),
    );
  });
  return { nodes: nodes.join(''), edges: edges.join('') };
}
