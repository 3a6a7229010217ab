// located-in: a city, institution or region → the region, country or city the text places
// it in. Three shapes: "A and B in [C's] D" (each in D, and D in C), "A, D" (a city then its
// region or country: "Alba, Ruritania"), and "C's D" (a country's or region's city or region).
import type { EntityKind } from '../../types';
import type { ExtractedRelation } from '../types';
import { between, type Item, type SentenceView } from './view';

const CONTAINED: readonly EntityKind[] = ['city', 'institution', 'region'];
const CONTAINERS: readonly EntityKind[] = ['region', 'country', 'city'];

/** May `inner` lie in `outer`? A city is not in a city; nothing is inside an institution. */
function fits(inner: Item, outer: Item): boolean {
  if (inner.entity === outer.entity || !CONTAINED.includes(inner.kind) || !CONTAINERS.includes(outer.kind)) return false;
  if (outer.kind === 'city') return inner.kind === 'institution';
  return true;
}

/** The list of things ending at `last` ("A, B and C"), joined only by commas and "and". */
function listEndingAt(view: SentenceView, last: Item): Item[] {
  const out = [last];
  let head = last;
  for (let k = view.items.indexOf(last) - 1; k >= 0; k--) {
    const prev = view.items[k];
    if (!prev || prev.end > head.start) continue;
    if (prev.kind !== last.kind || prev.possessive || !/^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$/i.test(between(view, prev.end, head.start))) break;
    out.push(prev);
    head = prev;
  }
  return out;
}

export function extractLocations(views: SentenceView[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const emit = (inner: Item, outer: Item, view: SentenceView, rule: string): void => {
    if (fits(inner, outer)) out.push({ source: inner.entity, target: outer.entity, relation: 'located-in', evidence: [view.evidence], rule: `located-in:${rule}` });
  };
  for (const view of views) {
    const items = view.items.filter((i) => i.via === 'name');
    for (let k = 0; k + 1 < items.length; k++) {
      const a = items[k] as Item;
      const b = items[k + 1] as Item;
      const gap = between(view, a.end, b.start);
      if (/^\s+in\s+(?:the\s+)?$/i.test(gap) && !a.possessive) {
        // "A and B in C's D": the place is the end of the possessive chain.
        let outer = b;
        let n = k + 1;
        while (outer.possessive && items[n + 1] && /^['’]s?\s+$/.test(between(view, outer.end, (items[n + 1] as Item).start))) {
          const inner = items[n + 1] as Item;
          emit(inner, outer, view, 'possessive');
          outer = inner;
          n++;
        }
        const inners = listEndingAt(view, a);
        const first = inners[inners.length - 1] ?? a;
        // "clashes between A and B in C": the place is the clashes', not A's or B's.
        const lead = between(view, view.sentence.start, first.start);
        if (!/\bbetween\s+(?:the\s+)?$/i.test(lead)) for (const inner of inners) emit(inner, outer, view, 'in');
      } else if (/^,\s+$/.test(gap) && a.kind === 'city' && (b.kind === 'region' || b.kind === 'country') && !b.possessive) {
        const after = view.sentence.text.slice(b.end - view.sentence.start, b.end - view.sentence.start + 2);
        if (/^(?:[,.;:)]|\s*$)/.test(after)) emit(a, b, view, 'comma');
      } else if (a.possessive && /^['’]s?\s+$/.test(gap) && (a.kind === 'country' || a.kind === 'region') && (b.kind === 'city' || b.kind === 'region')) {
        emit(b, a, view, 'possessive');
      }
    }
  }
  return out;
}
