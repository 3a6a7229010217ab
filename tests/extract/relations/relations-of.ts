// Runs the real extraction pipeline on a short invented article and lists its relations as
// readable lines ("Ada Lin -met-with-> Bo Chen"), undirected ends in alphabetical order.
import { extractArticle } from '../../../src/extract';
import { RELATIONS } from '../../../src/schema';
import type { RelationType } from '../../../src/types';

export function relationsOf(body: string, only?: RelationType): string[] {
  const extraction = extractArticle(`A test headline\n\n${body}\n`, 'test');
  const label = new Map(extraction.entities.map((e) => [e.id, e.label]));
  return extraction.relations
    .filter((r) => !only || r.relation === only)
    .map((r) => {
      let [a, b] = [label.get(r.source) ?? r.source, label.get(r.target) ?? r.target];
      if (!RELATIONS[r.relation].directed && a > b) [a, b] = [b, a];
      const role = r.role ? ` [${r.role}]` : '';
      return `${a} -${r.relation}-> ${b}${role}${r.status ? ` (${r.status})` : ''}`;
    })
    .sort();
}
