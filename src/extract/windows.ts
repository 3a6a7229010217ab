// A very long article (a book-length report, a corpus pasted into one file) is extracted a window
// of whole paragraphs at a time, so memory follows the window, not the article: each window's
// tokens, parses and chains are let go before the next. The windows' findings are put back in
// the article's offsets and joined: one entity per id (labels make ids, so a name found in two
// windows is one entity), every mention, and relations merged with their evidence.
import { collectGarbage } from '../collect-garbage';
import { mergeRelations } from './relations';
import type { ExtractedEntity, ExtractedRelation, Mention } from './types';

/** Characters above which an article is read in windows; about 40,000 words. */
export const WINDOW_CHARS = 256 * 1024;

export interface Window {
  start: number;
  end: number;
}

/** Windows of at most about `size` characters, each ending at a paragraph break where one is near. */
export function splitWindows(text: string, size = WINDOW_CHARS): Window[] {
  const out: Window[] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    // After the last paragraph break in the window's second half, else a line break, else a sentence end.
    const half = start + size / 2;
    let end = text.lastIndexOf('\n\n', limit - 2) + 2;
    if (end <= half) end = text.lastIndexOf('\n', limit - 1) + 1;
    if (end <= half) end = text.lastIndexOf('. ', limit - 1) + 1;
    if (end <= half) end = limit;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}

export interface WindowFindings {
  entities: ExtractedEntity[];
  mentions: Mention[];
  relations: ExtractedRelation[];
  /** Sentences the window held, so mention sentence numbers follow on across windows. */
  sentences: number;
}

/**
 * The findings of each window, found by `find` on the window's text, as one article's, in the
 * article's offsets and sentence numbers. Each window is folded in as soon as it is found, so
 * only one window's findings are held beside the article's.
 */
export function joinWindows(
  text: string,
  windows: readonly Window[],
  find: (windowText: string) => WindowFindings,
): { entities: ExtractedEntity[]; mentions: Mention[]; relations: ExtractedRelation[] } {
  const entities = new Map<string, ExtractedEntity>();
  const mentions: Mention[] = [];
  const relations: ExtractedRelation[] = [];
  let sentenceBase = 0;
  for (const window of windows) {
    const part = find(text.slice(window.start, window.end));
    const shift = window.start;
    for (const e of part.entities) {
      const seen = entities.get(e.id);
      if (!seen) {
        entities.set(e.id, { ...e, aliases: [...e.aliases] });
        continue;
      }
      // The kind named most often wins; aliases are the union.
      if (e.kind !== seen.kind && e.mentions > seen.mentions) Object.assign(seen, { kind: e.kind, rule: e.rule });
      seen.mentions += e.mentions;
      for (const a of e.aliases) if (!seen.aliases.includes(a)) seen.aliases.push(a);
    }
    for (const m of part.mentions) mentions.push({ ...m, start: m.start + shift, end: m.end + shift, sentence: m.sentence + sentenceBase });
    for (const r of part.relations) relations.push({ ...r, evidence: r.evidence.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })) });
    sentenceBase += part.sentences;
    // The window's parse is garbage now: collected here, at the low point between windows, the
    // heap grows from what the findings need, not from a point inside a window's parse, where
    // V8's own collections fall (a 30% growth of that higher mark). Costs a collection a window.
    collectGarbage();
  }
  return { entities: [...entities.values()], mentions, relations: mergeRelations(relations) };
}
