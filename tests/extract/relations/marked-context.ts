// Builds an ArticleContext by hand from one sentence with its names marked
// ("[Ada Lin|person] met [Bo Chen|person]"), for rules whose input the entity passes do not
// yet produce. Each distinct name is one entity.
import { extractRelations } from '../../../src/extract/relations';
import type { ArticleContext, ExtractedEntity, Mention } from '../../../src/extract/types';
import type { EntityKind } from '../../../src/types';

export function markedContext(marked: string): ArticleContext {
  const entities = new Map<string, ExtractedEntity>();
  const mentions: Mention[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(/\[([^|\]]+)\|(\w+)\]/g)) {
    text += marked.slice(last, m.index);
    const [name, kind] = [m[1] ?? '', m[2] as EntityKind];
    const id = name.toLowerCase().replace(/\W+/g, '-');
    const entity = entities.get(id) ?? { id, label: name, kind, aliases: [], mentions: 0, rule: 'test' };
    entity.mentions++;
    entities.set(id, entity);
    mentions.push({ entity: id, start: text.length, end: text.length + name.length, text: name, sentence: 0 });
    text += name;
    last = (m.index ?? 0) + m[0].length;
  }
  text += marked.slice(last);
  return { id: 'test', text, sentences: [{ index: 0, text, start: 0, end: text.length }], entities: [...entities.values()], mentions };
}

/** The relations of one marked sentence as "A -relation-> B [role]" lines. */
export function markedRelations(marked: string): string[] {
  const ctx = markedContext(marked);
  const label = new Map(ctx.entities.map((e) => [e.id, e.label]));
  return extractRelations(ctx)
    .map((r) => `${label.get(r.source)} -${r.relation}-> ${label.get(r.target)}${r.role ? ` [${r.role}]` : ''}`)
    .sort();
}
