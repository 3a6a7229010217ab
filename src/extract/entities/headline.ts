// Headlines and shouted lines capitalise every word, so capitals tell nothing there: their
// names are only the ones the body already established, matched longest first.
import type { ExtractedEntity, Mention } from '../types';
import type { Run } from './candidates';
import { nameKey, uncachedNameKey } from './gazetteer';

const LONGEST = 6;

export function headlineMentions(runs: readonly Run[], byName: Map<string, ExtractedEntity>, text: string): Mention[] {
  const mentions: Mention[] = [];
  let surnames: Map<string, ExtractedEntity> | undefined;
  for (const run of runs) {
    if (!run.shouting) continue;
    surnames ??= uniqueSurnames(byName);
    const tokens = run.tokens;
    let i = 0;
    while (i < tokens.length) {
      let matched = 0;
      for (let len = Math.min(LONGEST, tokens.length - i); len > 0 && !matched; len--) {
        const first = tokens[i];
        const last = tokens[i + len - 1];
        if (!first || !last) continue;
        const surface = text.slice(first.start, last.end);
        // Most of a headline's spans name nothing: their keys are not kept in nameKey's cache.
        const key = uncachedNameKey(surface);
        const entity = byName.get(key) ?? (len === 1 ? surnames.get(key) : undefined);
        if (!entity) continue;
        mentions.push({ entity: entity.id, start: first.start, end: last.end, text: surface, sentence: run.sentence });
        entity.mentions++;
        matched = len;
      }
      i += matched || 1;
    }
  }
  return mentions;
}

/** Headlines name people by surname ("Quill Visits Abcton"): the last word of one person only. */
function uniqueSurnames(byName: Map<string, ExtractedEntity>): Map<string, ExtractedEntity> {
  const surnames = new Map<string, ExtractedEntity | null>();
  for (const entity of new Set(byName.values())) {
    if (entity.kind !== 'person') continue;
    const words = nameKey(entity.label).split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1] ?? '';
    surnames.set(last, surnames.has(last) && surnames.get(last) !== entity ? null : entity);
  }
  const unique = new Map<string, ExtractedEntity>();
  for (const [k, e] of surnames) if (e) unique.set(k, e);
  return unique;
}
