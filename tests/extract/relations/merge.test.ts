import { extractArticle } from '../../../src/extract';
import { mergeRelations } from '../../../src/extract/relations';
import type { ExtractedRelation } from '../../../src/extract/types';

const evidence = (start: number) => ({ article: 'a', sentence: `s${start}`, start, end: start + 5 });

describe('mergeRelations', () => {
  it('keeps one undirected edge per pair, with all evidence in text order, a fact over a plan', () => {
    const relations: ExtractedRelation[] = [
      { source: 'bo', target: 'ada', relation: 'met-with', evidence: [evidence(40)], status: 'planned', rule: 'met-with:verb:meet' },
      { source: 'ada', target: 'bo', relation: 'met-with', evidence: [evidence(10)], rule: 'met-with:verb:met' },
      { source: 'ada', target: 'bo', relation: 'met-with', evidence: [evidence(10)], rule: 'met-with:verb:met' },
    ];
    const merged = mergeRelations(relations);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ source: 'ada', target: 'bo', rule: 'met-with:verb:meet, met-with:verb:met' });
    expect(merged[0]?.status).toBeUndefined();
    expect(merged[0]?.evidence.map((e) => e.start)).toEqual([10, 40]);
  });

  it('keeps directed relations apart by direction', () => {
    const relations: ExtractedRelation[] = [
      { source: 'ada', target: 'paper', relation: 'quoted-by', evidence: [evidence(0)], rule: 'r' },
      { source: 'paper', target: 'ada', relation: 'quoted-by', evidence: [evidence(0)], rule: 'r' },
    ];
    expect(mergeRelations(relations)).toHaveLength(2);
  });
});

describe('relation evidence from the real pipeline', () => {
  it('records every sentence that states the relation, with offsets into the article', () => {
    const text = 'A test headline\n\nIngrid Solberg hosted Marco Bellini on Monday. Marco Bellini met Ingrid Solberg again on Friday.\n';
    const { relations } = extractArticle(text, 'kessler');
    const met = relations.filter((r) => r.relation === 'met-with');
    expect(met).toHaveLength(1);
    expect(met[0]?.evidence).toHaveLength(2);
    for (const e of met[0]?.evidence ?? []) {
      expect(e.article).toBe('kessler');
      expect(text.slice(e.start, e.end)).toBe(e.sentence);
    }
  });
});
