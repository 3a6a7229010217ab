// Dates every piece of evidence: the day its sentence fixes relative to the article's date ("on
// Thursday", "last week", "in 2019"), else the article's date. A pass of its own over the
// relations the extractor found, so the relation rules know nothing of time.
import { findDates, type FoundDate } from '../article/dates';
import type { Evidence } from '../types';
import type { Extraction, ExtractedRelation, Mention } from './types';

/**
 * Sets `date` and `dateSource` on every evidence of the extraction's relations. A relation stated
 * as fact reads a bare weekday or month as the last one ("met on Friday"), a planned one as the
 * next ("will visit on Monday"). When a
 * sentence states several dates, the most precise is the event's (a background "who took office in
 * 2019" names a year, the meeting a day), and among those the one nearest the relation's entities.
 */
export function dateEvidence(extraction: Extraction, articleDate: string | undefined): void {
  const mentions = extraction.mentions ?? [];
  const cache = new Map<string, FoundDate[]>();
  const datesIn = (evidence: Evidence, tense: 'past' | 'future'): FoundDate[] => {
    const id = `${evidence.start}:${evidence.end}:${tense}`;
    let found = cache.get(id);
    if (found === undefined) {
      found = findDates(evidence.sentence, articleDate === undefined ? { tense } : { reference: articleDate, tense });
      cache.set(id, found);
    }
    return found;
  };
  for (const relation of extraction.relations) {
    for (const evidence of relation.evidence) {
      const found = datesIn(evidence, relation.status === 'planned' ? 'future' : 'past');
      const chosen = nearest(found, entitySpan(relation, evidence, mentions));
      if (chosen !== undefined) {
        evidence.date = chosen.date;
        evidence.dateSource = 'text';
      } else if (articleDate !== undefined) {
        evidence.date = articleDate;
        evidence.dateSource = 'article';
      }
    }
  }
}

/** Where the relation's entities are named in the sentence (offsets within it), if they are. */
function entitySpan(relation: ExtractedRelation, evidence: Evidence, mentions: readonly Mention[]): [number, number] | undefined {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (let i = firstAtOrAfter(mentions, evidence.start); i < mentions.length; i++) {
    const mention = mentions[i] as Mention;
    if (mention.start >= evidence.end) break;
    if (mention.entity !== relation.source && mention.entity !== relation.target) continue;
    start = Math.min(start, mention.start - evidence.start);
    end = Math.max(end, mention.end - evidence.start);
  }
  return start <= end ? [start, end] : undefined;
}

/** Index of the first mention starting at or after `offset` (mentions are sorted by start). */
function firstAtOrAfter(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((mentions[mid] as Mention).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function nearest(found: readonly FoundDate[], span: [number, number] | undefined): FoundDate | undefined {
  if (found.length < 2) return found[0];
  const distance = (date: FoundDate): number => (span === undefined ? 0 : Math.max(0, span[0] - date.end, date.start - span[1]));
  // A longer ISO string is a more precise date.
  return found.reduce((best, date) => (date.date.length > best.date.length || (date.date.length === best.date.length && distance(date) < distance(best)) ? date : best));
}
