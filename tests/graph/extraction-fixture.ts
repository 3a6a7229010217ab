// Hand-made extractions for the graph tests: entities by label, relations by label, evidence
// from a sentence of the test's own article text.
import type { ExtractedEntity, ExtractedRelation, Extraction } from '../../src/extract/types';
import type { EntityKind, RelationType } from '../../src/types';

export interface EntitySpec {
  label: string;
  kind: EntityKind;
  aliases?: string[];
  mentions?: number;
}

export interface RelationSpec {
  source: string;
  target: string;
  relation: RelationType;
  /** A sentence of `text`; its offsets become the evidence. */
  sentence: string;
  role?: string;
  status?: 'planned';
}

export function extraction(article: string, text: string, entities: EntitySpec[], relations: RelationSpec[] = []): Extraction {
  const made: ExtractedEntity[] = entities.map((e, i) => ({
    id: `e${i}`,
    label: e.label,
    kind: e.kind,
    aliases: e.aliases ?? [],
    mentions: e.mentions ?? 1,
    rule: 'test',
  }));
  const idOf = (label: string): string => {
    const found = made.find((e) => e.label === label);
    if (found === undefined) throw new Error(`fixture: no entity "${label}" in ${article}`);
    return found.id;
  };
  const madeRelations: ExtractedRelation[] = relations.map((r) => {
    const start = text.indexOf(r.sentence);
    if (start === -1) throw new Error(`fixture: sentence not in ${article}: ${r.sentence}`);
    const relation: ExtractedRelation = {
      source: idOf(r.source),
      target: idOf(r.target),
      relation: r.relation,
      evidence: [{ article, sentence: r.sentence, start, end: start + r.sentence.length }],
      rule: 'test',
    };
    if (r.role !== undefined) relation.role = r.role;
    if (r.status !== undefined) relation.status = r.status;
    return relation;
  });
  return { article, entities: made, relations: madeRelations };
}
