// An article's digest keeps what the graph reads of its extraction, and the graph built from
// digests is the graph built from the extractions and their sentences.
import { splitSentences } from '../../src/article/sentences';
import type { Extraction, Mention } from '../../src/extract/types';
import { buildGraph, buildGraphFromDigests } from '../../src/graph/build';
import { digestOf, entityIndex } from '../../src/graph/digest';
import { extraction } from './extraction-fixture';

const text = 'Mayor Ada Quill met Bo Ferren. Port Vella cheered. Ferren, Quill and Mayor Quill left Port Vella for Abcton.';
const made = extraction('a', text, [
  { label: 'Ada Quill', kind: 'person', aliases: ['Quill'] },
  { label: 'Bo Ferren', kind: 'person', aliases: ['Ferren'] },
  { label: 'Port Vella', kind: 'city' },
  { label: 'Abcton', kind: 'city' },
], [{ source: 'Ada Quill', target: 'Bo Ferren', relation: 'met-with', sentence: 'Mayor Ada Quill met Bo Ferren.' }]);

/** A mention of entity `entity` at the first occurrence of `name` from `from` on. */
function at(entity: string, name: string, from: number, title?: string): Mention {
  const start = text.indexOf(name, from);
  const mention: Mention = { entity, start, end: start + name.length, text: name, sentence: 0 };
  if (title !== undefined) mention.title = title;
  return mention;
}

const third = text.indexOf('Ferren,');
const mentions: Mention[] = [
  at('e0', 'Ada Quill', 0, 'Mayor'),
  at('e1', 'Bo Ferren', 0),
  at('e2', 'Port Vella', 0),
  at('e1', 'Ferren', third),
  at('e0', 'Quill', third),
  at('e0', 'Quill', third + 14, 'mayor'),
  at('e2', 'Port Vella', third),
  at('e9', 'Abcton', third),
  at('e3', 'Abcton', third),
];
const full: Extraction = { ...made, mentions, metadata: { title: 'Quay', words: 20 } };

describe('entityIndex', () => {
  const entities = Array.from({ length: 40 }, (_, i) => ({ id: `e${i % 30}` }));
  it('finds an entity by id, the first of two sharing one, by reading or by an index', () => {
    for (const lookups of [1, 100]) {
      const indexOf = entityIndex({ entities }, lookups);
      expect([indexOf('e0'), indexOf('e29'), indexOf('e5'), indexOf('none')]).toEqual([0, 29, 5, -1]);
    }
  });
});

describe('digestOf', () => {
  const digest = digestOf(full, splitSentences(text));

  it('keeps the entities and relations without their rules, and the metadata', () => {
    expect(digest.entities.map((e) => Object.keys(e))).toEqual(made.entities.map(() => ['id', 'label', 'kind', 'aliases', 'mentions']));
    expect(digest.relations.map((r) => 'rule' in r)).toEqual([false]);
    expect(digest.metadata).toEqual({ title: 'Quay', words: 20 });
  });

  it('keeps each entity\'s titles once each, in the order named', () => {
    expect(digest.titles).toEqual([['e0', ['Mayor', 'mayor']]]);
  });

  it('keeps the sentences naming two entities or more, with their entities once each in the order named', () => {
    // By their place among the entities; one the article does not list (e9) is left out.
    expect(digest.naming.map((s) => [s.text, s.entities])).toEqual([
      ['Mayor Ada Quill met Bo Ferren.', [0, 1]],
      ['Ferren, Quill and Mayor Quill left Port Vella for Abcton.', [1, 0, 2, 3]],
    ]);
    expect(digestOf(full).naming).toEqual([]);
  });

  it('gives the graph that the extraction and its sentences give', () => {
    const sentences = new Map([['a', splitSentences(text)]]);
    const other = digestOf(extraction('b', 'Quill spoke.', [{ label: 'Quill', kind: 'person' }]));
    const fromExtractions = buildGraph([full, extraction('b', 'Quill spoke.', [{ label: 'Quill', kind: 'person' }])], { sentences });
    const fromDigests = buildGraphFromDigests([digest, other], { coMentions: true });
    expect(JSON.stringify(fromDigests.export())).toBe(JSON.stringify(fromExtractions.export()));
    expect(fromDigests.hasEdge('ada-quill--port-vella:mentioned-with')).toBe(true);
  });
});
