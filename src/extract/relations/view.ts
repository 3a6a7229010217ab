// One sentence as the relation passes see it: the things it names (entity mentions, plus
// pronouns and role descriptions resolved later) in text order, and its quoted spans.
import type { EntityKind, Evidence } from '../../types';
import type { ArticleContext, Sentence } from '../types';

/** A place in the sentence that stands for an entity. */
export interface Item {
  entity: string;
  kind: EntityKind;
  start: number;
  end: number;
  /** Followed by 's: it qualifies the next noun ("Ada's visit"), it is not the noun itself. */
  possessive: boolean;
  via: 'name' | 'pronoun' | 'description';
  /** Role title glued to the name by the entity passes ("Mayor" in "Mayor Ada Lin"). */
  title?: string;
}

export interface SentenceView {
  sentence: Sentence;
  /** Sorted by start offset; absolute offsets in the article. */
  items: Item[];
  /** Quoted spans [start, end) in absolute offsets. */
  quotes: Array<[number, number]>;
  evidence: Evidence;
}

const POSSESSIVE = /^['’]s?(?![\p{L}])/u;

/**
 * Quoted spans of a sentence: straight quotes pair up in order, curly quotes open and close.
 * `openAtStart` says a quotation opened in an earlier sentence of the paragraph is still open
 * ("Abc is next. Xyz too," she said): its closing mark ends a span from the sentence start.
 */
function quoteSpans(sentence: Sentence, openAtStart: boolean): { spans: Array<[number, number]>; openAtEnd: boolean } {
  const spans: Array<[number, number]> = [];
  let open = openAtStart ? 0 : -1;
  const text = sentence.text;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '"') && open >= 0) {
      spans.push([sentence.start + open, sentence.start + i + 1]);
      open = -1;
    }
  }
  // An unclosed quote runs to the end of the sentence (quotes may span sentences).
  if (open >= 0) spans.push([sentence.start + open, sentence.end]);
  return { spans, openAtEnd: open >= 0 };
}

/** Builds one view per sentence in a single pass over the sorted mentions. */
export function buildViews(ctx: ArticleContext): SentenceView[] {
  const kindOf = new Map(ctx.entities.map((e) => [e.id, e.kind]));
  let open = false;
  let lastEnd = 0;
  const views: SentenceView[] = ctx.sentences.map((sentence) => {
    // A quotation never runs on past a line break: news paragraphs reopen their quotes.
    if (ctx.text.slice(lastEnd, sentence.start).includes('\n')) open = false;
    const quoted = quoteSpans(sentence, open);
    open = quoted.openAtEnd;
    lastEnd = sentence.end;
    return {
      sentence,
      items: [],
      quotes: quoted.spans,
      evidence: { article: ctx.id, sentence: sentence.text, start: sentence.start, end: sentence.end },
    };
  });
  for (const m of ctx.mentions) {
    const view = views[m.sentence];
    const kind = kindOf.get(m.entity);
    if (!view || !kind) continue;
    const item: Item = {
      entity: m.entity,
      kind,
      start: m.start,
      end: m.end,
      possessive: POSSESSIVE.test(ctx.text.slice(m.end, m.end + 3)) || /['’]s$/u.test(m.text),
      via: 'name',
    };
    if (m.title) item.title = m.title;
    view.items.push(item);
  }
  return views;
}

/** Inserts items keeping the view's order by start offset. */
export function addItems(view: SentenceView, extra: Item[]): void {
  if (!extra.length) return;
  view.items.push(...extra);
  view.items.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The article text between two absolute offsets, read from the sentence. */
export function between(view: SentenceView, from: number, to: number): string {
  const s = view.sentence;
  return s.text.slice(Math.max(0, from - s.start), Math.max(0, to - s.start));
}

/** Reach of the look-around windows: modality and clause cues sit within a few words of a cue. */
const WINDOW = 200;

/** The sentence text just before an offset (a bounded window, so long sentences stay linear). */
export function textBefore(view: SentenceView, offset: number): string {
  return between(view, Math.max(view.sentence.start, offset - WINDOW), offset);
}

/** The sentence text just after an offset. */
export function textAfter(view: SentenceView, offset: number): string {
  return between(view, offset, Math.min(view.sentence.end, offset + WINDOW));
}

/** The quoted span holding an offset, if any. */
export function quoteAt(view: SentenceView, offset: number): [number, number] | undefined {
  return view.quotes.find(([a, b]) => offset >= a && offset < b);
}

/** True when both offsets lie in the same quoted span, or both outside every quote. */
export function sameQuoteState(view: SentenceView, a: number, b: number): boolean {
  return quoteAt(view, a) === quoteAt(view, b);
}

/** True when the offset falls inside an entity mention's span (a cue word inside a name). */
export function insideItem(view: SentenceView, start: number, end: number): boolean {
  return view.items.some((i) => i.via === 'name' && start >= i.start && end <= i.end);
}

export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
