// Names that the article's structure gives without prose around them: the place of a dateline
// (a required city mention even when small: "ABCVILLE, March 2 -"), the wire service in its
// brackets, and the agency or photographer of a photo credit.
import type { ArticleStructure, Span } from '../../article/structure';
import type { Found } from '../resolve';
import type { Piece } from './piece';
import { lookupKnown } from './lookup';
import type { Token } from './tokens';

export interface StructureNames {
  found: Found[];
  /** Whether a run starting at this offset lies inside a structural name already taken. */
  covers: (start: number) => boolean;
}

export function structureNames(structure: ArticleStructure, tokens: readonly Token[], text: string): StructureNames {
  const found: Found[] = [];
  const spans: Span[] = [];
  const add = (span: Span | undefined, decide: (name: string, count: number) => Omit<Piece, 'tokens'>): void => {
    if (!span) return;
    const inside = tokensIn(tokens, span);
    const first = inside[0];
    if (!first) return;
    const name = titleCase(text.slice(span.start, span.end));
    const piece: Piece = { tokens: inside, ...decide(name, inside.length) };
    found.push({ piece, start: span.start, end: span.end, text: text.slice(span.start, span.end), sentence: first.sentence, locative: true });
    spans.push(span);
  };
  for (const d of structure.datelines) {
    const name = titleCase(text.slice(d.place.start, d.place.end));
    const known = lookupKnown(name, name.split(' ').length, { locative: true });
    // "SPORT - HEADLINE" looks like an undated dateline: only a known place makes it one.
    if (!d.dated && (!known || known.kind === 'institution')) continue;
    // A dateline names a city: a state or province there is the city of its name ("NEW YORK").
    const cityOfState = known?.kind === 'region' && known.rule === 'data:provinces';
    add(d.place, () =>
      known && known.kind !== 'institution' && !cityOfState ? { ...known, label: known.label ?? name, rule: `dateline+${known.rule}` } : { kind: 'city', rule: 'dateline', strength: 3, label: name },
    );
    add(d.outlet, (name, count) => lookupKnown(name, count, { locative: false }) ?? { kind: 'institution', rule: 'dateline-outlet', strength: 2 });
  }
  for (const c of structure.credits) {
    add(c.source, (name, count) => lookupKnown(name, count, { locative: false }) ?? { kind: 'institution', rule: 'photo-credit', strength: 2 });
    add(c.person, () => ({ kind: 'person', rule: 'photo-credit', strength: 2 }));
  }
  spans.sort((a, b) => a.start - b.start);
  return { found, covers: (start) => covering(spans, start) };
}

/** Whether one of the sorted, disjoint spans holds the offset. */
function covering(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo - 1];
  return span !== undefined && offset < span.end;
}

/** "PORT VELLA" → "Port Vella"; names already in mixed case are kept. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'\u2019.-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Tokens inside a span, by binary search on the sorted token list. */
function tokensIn(tokens: readonly Token[], span: Span): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const inside: Token[] = [];
  for (let i = lo; i < tokens.length && (tokens[i]?.end ?? 0) <= span.end; i++) inside.push(tokens[i] as Token);
  return inside;
}
