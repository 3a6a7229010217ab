// visited: a person → the city, region or country they travelled to. The place follows a
// visit cue at once ("visited A and B", "trip to A", "arrived in A"); the traveller is the
// cue's subject, a possessor ("B's visit to A") or named inside it ("the visit of B to A").
// A meeting held in a place ("A met B in C") takes its subject there too.
import type { EntityKind } from '../../types';
import type { ExtractedRelation } from '../types';
import { CLAUSE_BREAK, subjectsOf } from './arguments';
import { cueClasses, cueKey, findCues } from './cues';
import { calledOff, modalityOf } from './modality';
import { between, textAfter, textBefore, insideItem, sameQuoteState, wordCount, type Item, type SentenceView } from './view';

const PLACES: readonly EntityKind[] = ['city', 'region', 'country'];

/** What may stand between a visit cue and its place: an article, or "the city of". */
const PLACE_LEAD = /^\s+(?:the\s+)?(?:(?:city|capital|town|port|state|province|region|country)\s+of\s+(?:the\s+)?)?$/i;

/** Between a person and a state cue: nothing, an adverb, or "who" ("Ada Lin, who is in Porto"). */
const COPULA_SUBJECT = /^\s*(?:,\s*who\s*|\s+\p{Ll}+ly\s*|\s+(?:now|still|also|already)\s*)?$/u;

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

/** "A met B in C", "A held talks in C": the place where the subject met someone, after "in". */
function meetingPlace(view: SentenceView, cueEnd: number): Item | undefined {
  for (const item of view.items) {
    if (item.start < cueEnd || !PLACES.includes(item.kind)) continue;
    const gap = between(view, cueEnd, item.start);
    if (CLAUSE_BREAK.test(gap) || wordCount(gap) > 15 || !/\bin\s+(?:the\s+)?$/i.test(gap) || item.possessive) return undefined;
    return item;
  }
  return undefined;
}

/** "a visit to A in July by [Minister] B": the traveller named after "by". */
const BY_AGENT = /^(?:\s+(?:in|on|at|last|this|next|earlier|later)\s+[^,;:"“”]*?)?\s+by\s+(?:[\p{Lu}][\p{L}.'’-]*\s+)*$/u;
function visitAgent(view: SentenceView, place: Item): Item | undefined {
  const person = view.items.find((i) => i.start >= place.end && i.kind === 'person');
  if (!person) return undefined;
  const gap = between(view, place.end, person.start);
  return wordCount(gap) <= 10 && BY_AGENT.test(gap) && !/\p{Ll}+ed\s+by\s/u.test(gap) && !CLAUSE_BREAK.test(gap) ? person : undefined;
}

export function extractVisits(views: SentenceView[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const meetingKind = cueClasses('meeting-verbs');
  const visitKind = cueClasses('visit-cues');
  for (const view of views) {
    if (!view.items.some((i) => i.kind === 'person')) continue;
    for (const cue of findCues('meeting-verbs', view.sentence.text, view.sentence.start)) {
      if (insideItem(view, cue.start, cue.end) || meetingKind.get(cueKey(cue.text)) !== 'verb') continue;
      if (modalityOf(textBefore(view, cue.start)) !== 'fact') continue;
      const place = meetingPlace(view, cue.end);
      if (!place) continue;
      for (const t of subjectsOf(view, cue.start)) out.push({ source: t.entity, target: place.entity, relation: 'visited', evidence: [view.evidence], rule: 'visited:met-in' });
    }
    for (const cue of findCues('visit-cues', view.sentence.text, view.sentence.start)) {
      if (insideItem(view, cue.start, cue.end)) continue;
      const modality = modalityOf(textBefore(view, cue.start));
      if (modality === 'negated' || calledOff(textAfter(view, cue.end))) continue;
      let travellers: Item[];
      let places: Item[];
      const key = cueKey(cue.text);
      const visitor = view.items.find((i) => i.start >= cue.end && i.kind === 'person');
      if (/^visits?$/.test(key) && visitor && /^\s+of\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,4}$/u.test(between(view, cue.end, visitor.start))) {
        // "the visit of [Norland Trade Secretary] B to A".
        travellers = [visitor];
        const to = /^\s+to\s+/i.exec(between(view, visitor.end, view.sentence.end));
        places = to ? placesAfter(view, visitor.end + to[0].length) : [];
      } else {
        places = placesAfter(view, cue.end);
        const agent = places.length ? visitAgent(view, places[places.length - 1] as Item) : undefined;
        travellers = agent ? [agent] : places.length ? subjectsOf(view, cue.start) : [];
        // "Ada Lin is in Porto": a state cue speaks only of the name right before it.
        if (visitKind.get(key) === 'copula') travellers = travellers.filter((t) => t.end <= cue.start && COPULA_SUBJECT.test(between(view, t.end, cue.start)));
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
