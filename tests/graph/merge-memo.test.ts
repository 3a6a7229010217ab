// A merge given the last merge's decisions on bare names (SurnameMemo) gives what a merge from
// nothing gives, keeping the decisions no added or removed article touches and redoing the others:
// a second person of the same surname and context arriving unties an article's bare surname, and
// her article leaving ties it again.
import type { Extraction } from '../../src/extract/types';
import { digestOf } from '../../src/graph/digest';
import { mergeDigests } from '../../src/graph/merge';
import { touch, type SurnameDecisions, type SurnameMemo } from '../../src/graph/merge-surnames';
import { extraction, type EntitySpec } from './extraction-fixture';

const article = (id: string, entities: EntitySpec[]): Extraction => extraction(id, '', entities);
const person = (label: string): EntitySpec => ({ label, kind: 'person' });
const body = (label: string): EntitySpec => ({ label, kind: 'institution' });
const city = (label: string): EntitySpec => ({ label, kind: 'city' });

const CORPUS = [
  article('tova', [person('Tova Brandt'), body('Harbour Trust'), city('Port Vella')]),
  article('milo', [person('Milo Brandt'), body('Kerrow Rovers'), city('Abcton')]),
  article('quay', [person('Brandt'), body('Harbour Trust'), city('Port Vella')]),
  article('pell', [person('Pell Orrin'), body('Norland Post'), city('Lindenfeld')]),
  article('sela', [person('Sela Orrin'), body('Xyz Club'), city('Abcton')]),
  article('post', [person('Orrin'), body('Norland Post'), city('Lindenfeld')]),
];
const ANSA = article('ansa', [person('Ansa Brandt'), body('Harbour Trust'), city('Port Vella')]);

/** The merge's nodes and every entity's node key, as text. */
function merged(extractions: readonly Extraction[], memo?: SurnameMemo): string {
  const digests = extractions.map((e) => digestOf(e));
  const result = mergeDigests(digests, memo);
  return JSON.stringify([result.nodes, digests.map((d, n) => d.entities.map((_, i) => result.keyAt(n, i)))]);
}

function touchedBy(...changed: Extraction[]): Set<string> {
  const touched = new Set<string>();
  for (const e of changed) for (const entity of e.entities) touch(touched, entity.label, entity.kind);
  return touched;
}

/** Merges with the memo of `previous`, checks the result against a merge from nothing, and gives the decisions. */
function mergeAgain(extractions: readonly Extraction[], previous: SurnameDecisions, touched: Set<string>): SurnameDecisions {
  const memo: SurnameMemo = { previous, touched };
  expect(merged(extractions, memo)).toBe(merged(extractions));
  return memo.next as SurnameDecisions;
}

const labelOf = (extractions: readonly Extraction[], id: string): string | undefined => {
  const digests = extractions.map((e) => digestOf(e));
  const result = mergeDigests(digests);
  const key = result.keyOf(id, 'e0');
  return result.nodes.find((n) => n.key === key)?.attributes.label;
};

describe('a merge that keeps the last decisions on bare names', () => {
  const first: SurnameMemo = { touched: touchedBy(...CORPUS) };
  merged(CORPUS, first);
  const decisions = first.next as SurnameDecisions;

  it('keeps the decisions of the names no article touched, and redoes those a new person of the name touches', () => {
    expect(labelOf(CORPUS, 'quay')).toBe('Tova Brandt');
    expect(labelOf(CORPUS, 'post')).toBe('Pell Orrin');
    const added = [...CORPUS, ANSA];
    const next = mergeAgain(added, decisions, touchedBy(ANSA));
    // Ansa Brandt shares the quay story's context with Tova Brandt: its bare Brandt is tied to neither.
    expect(labelOf(added, 'quay')).toBe('Brandt');
    expect(next.names.get('person\u0000orrin')).toBe(decisions.names.get('person\u0000orrin'));
    expect(next.names.get('person\u0000brandt')).not.toBe(decisions.names.get('person\u0000brandt'));
    expect(next.names.get('person\u0000brandt')?.candidates).toEqual(['person\u0000tova brandt', 'person\u0000milo brandt', 'person\u0000ansa brandt']);

    // Her article removed, the bare Brandt is Tova Brandt again.
    const back = mergeAgain(CORPUS, next, touchedBy(ANSA));
    expect(back.names.get('person\u0000brandt')).toEqual(decisions.names.get('person\u0000brandt'));
  });

  it('redoes a decision whose candidates changed though no article naming them did', () => {
    // Made up: the last merge knew other candidates for the name; they are not those of today.
    const stale: SurnameDecisions = { ...decisions, names: new Map([...decisions.names, ['person\u0000orrin', { candidates: ['person\u0000sela orrin', 'person\u0000pell orrin'], ties: [['post', 0]] }]]) };
    const next = mergeAgain(CORPUS, stale, new Set());
    expect(next.names.get('person\u0000orrin')).toEqual(decisions.names.get('person\u0000orrin'));
  });

  it('redoes every decision when the kinds the corpus decided are not the same', () => {
    const other: SurnameDecisions = { ...decisions, decided: ['institution\u0000norland post'] };
    const next = mergeAgain(CORPUS, other, new Set());
    for (const [name, ties] of next.names) expect(ties).not.toBe(decisions.names.get(name));
  });
});
