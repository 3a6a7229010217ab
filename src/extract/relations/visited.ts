// visited: a person → the city, region or country they travelled to. The place follows a
// visit cue at once ("visited A and B", "trip to A", "arrived in A"); the traveller is the
// cue's subject, a possessor ("B's visit to A") or named inside it ("the visit of B to A").
import type { EntityKind } from '../../types';
import type { ExtractedRelation } from '../types';
import { subjectsOf } from './arguments';
import { cueKey, findCues } from './cues';
import { modalityOf } from './modality';
import { between, insideItem, sameQuoteState, type Item, type SentenceView } from './view';

const PLACES: readonly EntityKind[] = ['city', 'region', 'country'];

/** What may stand between a visit cue and its place: an article, or "the city of". */
const PLACE_LEAD = /^\s+(?:the\s+)?(?:(?:city|capital|town|port|state|province|region|country)\s+of\s+(?:the\s+)?)?$/i;

/** The places right after `from`, then those listed with them ("A, B and C"). */
function placesAfter(view: SentenceView, from: number): Item[] {
  const out: Item[] = [];
  let end = from;
  for (const item of view.items) {
    if (item.start < from || !sameQuoteState(view, item.start, from)) continue;
    const gap = between(view, end, item.start);
    const joins = out.length ? /^\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?$/i.test(gap) : PLACE_LEAD.test(gap) || gap === '';
    if (!joins || !PLACES.includes(item.kind) || (out.length && item.possessive)) break;
    out.push(item);
    end = item.end;
  }
  return out;
}

export function extractVisits(views: SentenceView[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const view of views) {
    if (!view.items.some((i) => i.kind === 'person')) continue;
    for (const cue of findCues('visit-cues', view.sentence.text, view.sentence.start)) {
      if (insideItem(view, cue.start, cue.end)) continue;
      const modality = modalityOf(between(view, view.sentence.start, cue.start));
      if (modality === 'negated') continue;
      let travellers: Item[];
      let places: Item[];
      const key = cueKey(cue.text);
      const visitor = view.items.find((i) => i.start >= cue.end && i.kind === 'person');
      if (/^visits?$/.test(key) && visitor && /^\s+of\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,4}$/u.test(between(view, cue.end, visitor.start))) {
        // "the visit of [US Treasury Secretary] B to A".
        travellers = [visitor];
        const to = /^\s+to\s+/i.exec(between(view, visitor.end, view.sentence.end));
        places = to ? placesAfter(view, visitor.end + to[0].length) : [];
      } else {
        places = placesAfter(view, cue.end);
        travellers = places.length ? subjectsOf(view, cue.start) : [];
      }
      for (const t of travellers) {
        for (const p of places) {
          const relation: ExtractedRelation = { source: t.entity, target: p.entity, relation: 'visited', evidence: [view.evidence], rule: `visited:${key}` };
          if (modality === 'planned') relation.status = 'planned';
          out.push(relation);
        }
      }
    }
  }
  return out;
}
