// The co-mention layer: one undirected mentioned-with edge per pair of entities named in one
// sentence, weighted by the sentences, with at most three kept as evidence and a cap per sentence.
import { splitSentences } from '../../src/article/sentences';
import type { Extraction, Mention } from '../../src/extract/types';
import { buildGraph, edgeKey } from '../../src/graph/build';
import { CO_MENTION_LIMITS, coMentions, withoutCoMentions } from '../../src/graph/co-mentions';
import { digestOf } from '../../src/graph/digest';
import { validateGraph } from '../../src/graph/validate';
import { layoutEdgeWeight } from '../../src/layout/edge-weight';
import { CO_MENTION } from '../../src/schema';
import { extraction, type EntitySpec, type RelationSpec } from './extraction-fixture';

/** An extraction whose mentions are every whole-word occurrence of each entity's label or alias. */
function withMentions(article: string, text: string, entities: EntitySpec[], relations: RelationSpec[] = []): Extraction {
  const made = extraction(article, text, entities, relations);
  const sentences = splitSentences(text);
  const mentions: Mention[] = [];
  made.entities.forEach((entity) => {
    for (const name of [entity.label, ...entity.aliases]) {
      for (const match of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
        const start = match.index;
        const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
        mentions.push({ entity: entity.id, start, end: start + name.length, text: name, sentence });
      }
    }
  });
  return { ...made, mentions: mentions.sort((a, b) => a.start - b.start) };
}

const textA = 'Ada Quill met Bo Ferren in Port Vella. Quill told the Vella Courier about it. Ferren and Quill then left Port Vella.';
const entitiesA: EntitySpec[] = [
  { label: 'Ada Quill', kind: 'person', aliases: ['Quill'] },
  { label: 'Bo Ferren', kind: 'person', aliases: ['Ferren'] },
  { label: 'Port Vella', kind: 'city' },
  { label: 'Vella Courier', kind: 'institution' },
];
const a = withMentions('a', textA, entitiesA, [{ source: 'Ada Quill', target: 'Bo Ferren', relation: 'met-with', sentence: 'Ada Quill met Bo Ferren in Port Vella.' }]);
const textB = 'Bo Ferren and Ada Quill opened a school.';
const b = withMentions('b', textB, entitiesA.slice(0, 2));
const sentences = new Map([
  ['a', splitSentences(textA)],
  ['b', splitSentences(textB)],
]);
/** The co-mentions of one article whose sentences are all given, each entity its own node (its id). */
const pairsIn = (made: Extraction, text: string) => {
  const digest = digestOf(made, splitSentences(text));
  return coMentions([digest], (_article, entity) => digest.entities[entity]?.id);
};

describe('the co-mention layer', () => {
  const graph = buildGraph([a, b], { sentences });
  const coMention = (x: string, y: string) => graph.getEdgeAttributes(edgeKey(x, y, CO_MENTION));

  it('joins every pair named in one sentence, weighted by the sentences naming both, across articles', () => {
    const pairs = graph.filterEdges((_k, attributes) => attributes.relation === CO_MENTION).map((key) => graph.extremities(key).sort().join(' + '));
    expect(pairs.sort()).toEqual(['ada-quill + bo-ferren', 'ada-quill + port-vella', 'ada-quill + vella-courier', 'bo-ferren + port-vella']);
    expect(coMention('ada-quill', 'bo-ferren').weight).toBe(3);
    expect(coMention('bo-ferren', 'port-vella').weight).toBe(2);
    expect(coMention('ada-quill', 'vella-courier').weight).toBe(1);
    expect(graph.isUndirected(edgeKey('ada-quill', 'bo-ferren', CO_MENTION))).toBe(true);
  });

  it('keeps the sentences as evidence with their offsets, and the typed edges beside them', () => {
    const [first, , last] = coMention('ada-quill', 'bo-ferren').evidence;
    expect(first).toEqual({ article: 'a', sentence: 'Ada Quill met Bo Ferren in Port Vella.', start: 0, end: 38 });
    expect(last).toEqual({ article: 'b', sentence: textB, start: 0, end: textB.length });
    expect(textA.slice(coMention('ada-quill', 'vella-courier').evidence[0]!.start, coMention('ada-quill', 'vella-courier').evidence[0]!.end)).toBe(
      'Quill told the Vella Courier about it.',
    );
    expect(graph.getEdgeAttribute(edgeKey('ada-quill', 'bo-ferren', 'met-with'), 'weight')).toBe(1);
    expect(() => validateGraph(graph, 'co-mentions')).not.toThrow();
  });

  it('keeps at most three sentences of evidence while the weight counts them all', () => {
    const text = Array.from({ length: 5 }, (_, i) => `Ada Quill met Bo Ferren for the ${['first', 'second', 'third', 'fourth', 'fifth'][i]} time.`).join(' ');
    const edge = pairsIn(withMentions('c', text, entitiesA.slice(0, 2)), text)[0]!;
    expect(edge.weight).toBe(5);
    expect(edge.evidence).toHaveLength(CO_MENTION_LIMITS.evidencePerEdge);
  });

  it('pairs only the first six entities of a sentence that names more', () => {
    const names = ['Abcton', 'Bcdton', 'Cdeton', 'Defton', 'Efgton', 'Fghton', 'Ghiton', 'Hijton'];
    const text = `Mayors from ${names.join(', ')} met.`;
    const list = withMentions('d', text, names.map((label) => ({ label, kind: 'city' as const })));
    const pairs = pairsIn(list, text);
    expect(pairs).toHaveLength(15);
    const paired = new Set(pairs.flatMap((p) => [p.source, p.target]));
    expect([...paired].sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('adds nothing for an article without its sentences, and no edge from a node to itself', () => {
    expect(buildGraph([a, b]).someEdge((_k, attributes) => attributes.relation === CO_MENTION)).toBe(false);
    const same = withMentions('e', 'Quill and Ada Quill spoke.', [{ label: 'Ada Quill', kind: 'person', aliases: ['Quill'] }]);
    expect(pairsIn(same, 'Quill and Ada Quill spoke.')).toEqual([]);
  });

  it('is left out by withoutCoMentions, which copies only a graph that holds the layer', () => {
    const typed = withoutCoMentions(graph);
    expect(typed.mapEdges((_k, attributes) => attributes.relation)).toEqual(['met-with']);
    expect(graph.size).toBe(5);
    expect(withoutCoMentions(typed)).toBe(typed);
  });

  it('pulls weaker than a typed relation of the same evidence in the layout', () => {
    expect(layoutEdgeWeight('x', { relation: 'met-with', evidence: [], weight: 2 })).toBeGreaterThan(layoutEdgeWeight('y', { relation: CO_MENTION, evidence: [], weight: 2 }));
  });
});
