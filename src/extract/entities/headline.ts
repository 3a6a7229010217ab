// Headlines and shouted lines capitalise every word, so capitals tell nothing there: their
// names are only the ones the body already established, matched longest first.
import type { ExtractedEntity, Mention } from '../types';
import type { Run } from './candidates';
import { nameKey } from './gazetteer';

const LONGEST = 6;

export function headlineMentions(runs: readonly Run[], byName: Map<string, ExtractedEntity>, text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const run of runs) {
    if (!run.shouting) continue;
    const tokens = run.tokens;
    let i = 0;
    while (i < tokens.length) {
      let matched = 0;
      for (let len = Math.min(LONGEST, tokens.length - i); len > 0 && !matched; len--) {
        const first = tokens[i];
        const last = tokens[i + len - 1];
        if (!first || !last) continue;
        const surface = text.slice(first.start, last.end);
        const entity = byName.get(nameKey(surface));
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
