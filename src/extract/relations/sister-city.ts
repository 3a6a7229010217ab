// sister-city: two cities twinned with each other. Around a cue ("sister city", "twinned
// with", "friendship cities") the cities named in its clause are paired: "A and B are sister
// cities", "sister-city status for A and B", "A's sister city of B", "its sister city
// relationship with B" (its: the nearest city before).
import type { ExtractedRelation } from '../types';
import { CLAUSE_BREAK } from './arguments';
import { findCues } from './cues';
import { modalityOf } from './modality';
import { between, insideItem, sameQuoteState, textBefore, wordCount, type Item, type SentenceView } from './view';

/** Most words between a cue and a city that still belongs to its clause. */
const REACH = 12;

/** Cities after the cue: the first within reach, then those listed with it. */
function citiesAfter(view: SentenceView, cueEnd: number): Item[] {
  const out: Item[] = [];
  let from = cueEnd;
  for (const item of view.items) {
    if (item.start < cueEnd || !sameQuoteState(view, item.start, cueEnd)) continue;
    const gap = between(view, from, item.start);
    if (CLAUSE_BREAK.test(gap) || wordCount(gap) > (out.length ? 3 : REACH)) break;
    if (item.kind !== 'city') {
      if (out.length) break;
      continue;
    }
    if (out.length && !/^\s*(?:,|and|&|,\s*and)(?:\s+with)?\s*$/i.test(gap)) break;
    out.push(item);
    from = item.end;
  }
  return out;
}

/** Cities before the cue in its clause, nearest last. */
function citiesBefore(view: SentenceView, cueStart: number): Item[] {
  const out: Item[] = [];
  let to = cueStart;
  for (let k = view.items.length - 1; k >= 0; k--) {
    const item = view.items[k];
    if (!item || item.end > cueStart || !sameQuoteState(view, item.start, cueStart)) continue;
    const gap = between(view, item.end, to);
    if (/[;:]/.test(gap) || wordCount(gap) > (out.length ? 3 : REACH)) break;
    if (item.kind !== 'city') continue;
    if (out.length && !/^\s*(?:,|and|&|,\s*and)\s*$/i.test(gap)) break;
    out.unshift(item);
    to = item.start;
  }
  return out;
}

/** "with" and up to five words (a title, "the German city of") right before a city: a partner. */
const WITH_LEAD = /\bwith\s+(?:[\p{L}-]+\s+){0,5}$/iu;

/**
 * The city that pairs with the partners after "with": the nearest before the cue, unless it is
 * itself an earlier partner ("A renewed its twinning with B and signed an agreement with C"),
 * when it is the first city of the sentence that is no partner.
 */
function subjectCity(view: SentenceView, nearest: Item): Item | undefined {
  const isPartner = (i: Item): boolean => WITH_LEAD.test(textBefore(view, i.start));
  if (!isPartner(nearest)) return nearest;
  return view.items.find((i) => i.kind === 'city' && i.end <= nearest.start && !isPartner(i));
}

export function extractSisterCities(views: SentenceView[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const view of views) {
    if (view.items.filter((i) => i.kind === 'city').length < 2) continue;
    for (const cue of findCues('sister-city-cues', view.sentence.text, view.sentence.start)) {
      if (insideItem(view, cue.start, cue.end)) continue;
      // A twinning is a standing state: only its denial matters, not plans around it.
      if (modalityOf(textBefore(view, cue.start)) === 'negated') continue;
      const after = citiesAfter(view, cue.end);
      const before = citiesBefore(view, cue.start);
      let pairs: Array<[Item, Item]> = [];
      // "A is twinned with B and C", "A has sister-city ties with B and C": A pairs with each.
      const partnersOfBefore = before.length > 0 && after[0] !== undefined && /\bwith\b/i.test(`${cue.text} ${between(view, cue.end, after[0].start)}`);
      if (partnersOfBefore) {
        const subject = subjectCity(view, before[before.length - 1] as Item);
        if (subject) pairs = after.map((b) => [subject, b]);
      }
      else if (after.length >= 2) pairs = after.slice(1).map((b) => [after[0] as Item, b]);
      else if (after.length === 1 && before.length) pairs = [[before[before.length - 1] as Item, after[0] as Item]];
      else if (!after.length && before.length >= 2) pairs = before.slice(0, -1).map((a) => [a, before[before.length - 1] as Item]);
      else if (!after.length && before.length === 1 && /\b(?:its|their)\s+$/i.test(textBefore(view, cue.start))) {
        // "A delegation from A visited B, its sister city", "A counts B among its sister cities":
        // "its" stands for the first city the sentence names.
        const b = before[0] as Item;
        const a = view.items.find((i) => i.kind === 'city' && i.end <= b.start && i.entity !== b.entity);
        if (a) pairs = [[a, b]];
      }
      for (const [a, b] of pairs) {
        if (a.entity === b.entity) continue;
        out.push({ source: a.entity, target: b.entity, relation: 'sister-city', evidence: [view.evidence], rule: 'sister-city:cue' });
      }
    }
  }
  return out;
}
