// nodes.csv and edges.csv in the header layout of Neo4j's `neo4j-admin database import`
// (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed columns, `;` inside arrays), quoted
// as RFC 4180 says (CRLF rows, fields with a comma, quote or line break in double quotes, quotes
// doubled) by csv-stringify, so spreadsheets read the same files.
import { stringify } from 'csv-stringify/sync';
import { RELATIONS } from '../schema';
import type { KnowledgeGraph } from '../types';
import { evidenceWithTitles } from './evidence';
import { ENTITY_LABEL, KIND_LABELS, relationshipType } from './neo4j-names';
import { cleanText } from './xml-text';

export interface CsvFiles {
  nodes: string;
  edges: string;
}

export type CsvCell = string | number | undefined;

/** Neo4j's default array delimiter. */
const ARRAY_DELIMITER = ';';

/** A cell's text before quoting: no control characters, and no cell for a missing or non-finite number. */
function cellText(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return cleanText(value);
}

/** RFC 4180 rows, each ended by CRLF (the viewer's table download writes its rows with it too). */
export function csvRows(rows: readonly CsvCell[][]): string {
  // Given a record delimiter, csv-stringify quotes a lone LF or CR only when asked to.
  return stringify(
    rows.map((cells) => cells.map(cellText)),
    { record_delimiter: 'windows', quote_record_delimiter: true },
  );
}

/**
 * A `string[]` cell. The import tool has no escape for its array delimiter, so a `;` inside one
 * value becomes `,` (documented in docs/export.md); an empty list is an empty cell.
 */
function arrayCell(values: readonly string[]): string {
  return values.map((v) => v.split(ARRAY_DELIMITER).join(',')).join(ARRAY_DELIMITER);
}

export function toCsv(graph: KnowledgeGraph): CsvFiles {
  const nodes: CsvCell[][] = [['id:ID', 'label', ':LABEL', 'kind', 'aliases:string[]', 'mentions:int', 'articles:string[]', 'x:double', 'y:double', 'size:double', 'color']];
  graph.forEachNode((key, a) => {
    nodes.push([
      key,
      a.label,
      `${ENTITY_LABEL}${ARRAY_DELIMITER}${KIND_LABELS[a.kind]}`,
      a.kind,
      arrayCell(a.aliases),
      Math.round(a.mentions),
      arrayCell(a.articles),
      a.x,
      a.y,
      a.size,
      a.color,
    ]);
  });
  const edges: CsvCell[][] = [[':START_ID', ':END_ID', ':TYPE', 'key', 'relation', 'symmetric:boolean', 'weight:double', 'role', 'status', 'firstSeen', 'lastSeen', 'evidence']];
  const withTitles = evidenceWithTitles(graph);
  graph.forEachEdge((key, a, source, target) => {
    edges.push([
      source,
      target,
      relationshipType(a.relation),
      key,
      a.relation,
      RELATIONS[a.relation].directed ? 'false' : 'true',
      a.weight,
      a.role,
      a.status,
      a.firstSeen,
      a.lastSeen,
      JSON.stringify(withTitles(a.evidence)),
    ]);
  });
  return { nodes: csvRows(nodes), edges: csvRows(edges) };
}
