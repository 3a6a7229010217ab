// Readable tables for `kg query`: one row per piece of evidence, so every answer shows the
// sentences behind it.
import type { Output } from '../../query/cypher/values';
import type { CypherResult } from '../../query/cypher';
import type { TimelineEntry } from '../../query/dates';
import { RELATIONS } from '../../schema';
import type { Connection, Entity, Relation } from '../../query/types';

/** Left-aligned columns; the last column is not padded, so long sentences just run on. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

function evidenceLines(relation: Relation): string[] {
  return relation.evidence.map((e) => `[${e.article}] ${e.sentence}`);
}

function describeRelation(r: Relation): string {
  const details = [r.role, r.status].filter((d) => d !== undefined);
  return details.length > 0 ? `${r.relation} (${details.join(', ')})` : r.relation;
}

/** One row per evidence sentence; entity and relation cells only on their first row. */
export function connectionTable(connections: Connection[]): string {
  const rows: string[][] = [];
  for (const { entity, relations } of connections) {
    let first = true;
    for (const relation of relations) {
      const lines = evidenceLines(relation);
      lines.forEach((evidence, i) => {
        rows.push([first ? entity.label : '', first ? entity.kind : '', i === 0 ? describeRelation(relation) : '', evidence]);
        first = false;
      });
    }
  }
  return table(['ENTITY', 'KIND', 'RELATION', 'EVIDENCE'], rows);
}

export function entityTable(entities: Array<Entity & { matchedBy?: string }>): string {
  return table(
    ['LABEL', 'KIND', 'KEY', 'MATCHED BY', 'ALIASES', 'MENTIONS', 'ARTICLES'],
    entities.map((e) => [e.label, e.kind, e.key, e.matchedBy ?? '', e.aliases.join(', '), String(e.mentions), e.articles.join(', ')]),
  );
}

/** One row per statement, oldest first: when, what, with whom, in which article. */
export function timelineTable(entries: TimelineEntry[]): string {
  return table(
    ['DATE', 'FROM', 'RELATION', 'ENTITY', 'ARTICLE', 'EVIDENCE'],
    entries.map((e) => {
      const details = [e.role, e.status].filter((d) => d !== undefined);
      const directed = RELATIONS[e.relation].directed;
      const relation = !directed ? e.relation : e.outgoing ? `${e.relation}->` : `<-${e.relation}`;
      return [e.date ?? '', e.dateSource ?? '', details.length > 0 ? `${relation} (${details.join(', ')})` : relation, e.other.label, e.article.title ?? e.article.id, e.sentence];
    }),
  );
}

/** The relation as an arrow read from `from`: -visited->, <-quoted-by-, or -met-with- when undirected. */
export function arrow(relation: Relation, from: string): string {
  if (!relation.directed) return `-${relation.relation}-`;
  return relation.source === from ? `-${relation.relation}->` : `<-${relation.relation}-`;
}

export function relationRows(relations: Relation[], lead: (r: Relation, first: boolean) => string[]): string[][] {
  return relations.flatMap((r) => evidenceLines(r).map((evidence, i) => [...lead(r, i === 0), evidence]));
}

function isRelation(value: Output): value is Relation {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'relation' in value && 'evidence' in value;
}

function isEntity(value: Output): value is Entity {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'kind' in value && 'label' in value;
}

/** A Cypher value in one cell: nodes by label, relationships by type and evidence. */
export function cell(value: Output): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(cell).join('; ');
  if (isEntity(value)) return value.label;
  if (isRelation(value)) return `${describeRelation(value)}: ${evidenceLines(value).join(' | ')}`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function cypherTable(result: CypherResult): string {
  return table(
    result.columns,
    result.rows.map((row) => result.columns.map((column) => cell(row[column] ?? null))),
  );
}
