// Checks one row of the construction table: extracts its text with the real pipeline and lists,
// among the relation types the row checks, the expected triples not found and the triples found
// that the row does not expect.
import { extractArticle } from '../../../src/extract';
import { RELATION_TYPES, RELATIONS } from '../../../src/schema';
import type { ExtractedRelation } from '../../../src/extract/types';
import type { RelationType } from '../../../src/types';
import type { Row } from './row';

export interface Triple {
  source: string;
  relation: RelationType;
  target: string;
  planned: boolean;
}

export interface RowResult {
  row: Row;
  missing: string[];
  spurious: string[];
  /** Names in the expected triples that no extracted entity carries: an entity miss, not a relation miss. */
  unnamed: string[];
}

const TRIPLE = new RegExp(`^(.+?) (${RELATION_TYPES.join('|')}) (.+?)( \\(planned\\))?$`);

export function parseTriple(line: string): Triple {
  const m = TRIPLE.exec(line);
  if (!m?.[1] || !m[2] || !m[3]) throw new Error(`construction table: "${line}" is not "SOURCE RELATION TARGET [(planned)]"`);
  return { source: m[1], relation: m[2] as RelationType, target: m[3], planned: Boolean(m[4]) };
}

/** As the scorer compares names: no case, punctuation, leading "the" or trailing possessive. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2019']s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const show = (t: Triple): string => `${t.source} ${t.relation} ${t.target}${t.planned ? ' (planned)' : ''}`;

export function checkRow(row: Row): RowResult {
  const expected = row.expect.map(parseTriple);
  const optional = (row.optional ?? []).map(parseTriple);
  const checked = new Set<RelationType>([...expected.map((t) => t.relation), ...(row.checks ?? [])]);
  const extraction = extractArticle(`A test headline\n\n${row.text}\n`, 'construction');
  const names = new Map(extraction.entities.map((e) => [e.id, new Set([e.label, ...e.aliases].map(nameKey))]));
  const label = new Map(extraction.entities.map((e) => [e.id, e.label]));
  const named = (id: string, name: string): boolean => names.get(id)?.has(nameKey(name)) ?? false;

  const joins = (t: Triple, r: ExtractedRelation): boolean =>
    t.relation === r.relation &&
    ((named(r.source, t.source) && named(r.target, t.target)) ||
      (!RELATIONS[t.relation].directed && named(r.source, t.target) && named(r.target, t.source)));
  const same = (t: Triple, r: ExtractedRelation): boolean => joins(t, r) && t.planned === (r.status === 'planned');

  const found = extraction.relations.filter((r) => checked.has(r.relation));
  const ends = [...new Set(expected.flatMap((t) => [t.source, t.target]))];
  return {
    row,
    missing: expected.filter((t) => !found.some((r) => same(t, r))).map(show),
    spurious: found
      .filter((r) => !expected.some((t) => same(t, r)) && !optional.some((t) => joins(t, r)))
      .map((r) => `${label.get(r.source) ?? r.source} ${r.relation} ${label.get(r.target) ?? r.target}${r.status ? ` (${r.status})` : ''}`),
    unnamed: ends.filter((name) => ![...names.values()].some((set) => set.has(nameKey(name)))),
  };
}

export const passes = (result: RowResult): boolean => result.missing.length === 0 && result.spurious.length === 0;
