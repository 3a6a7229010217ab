// The cross-article merge on small invented corpora: one node per real thing where the corpus
// shows it, and apart where it does not.
import type { Extraction } from '../../src/extract/types';
import { mergeEntities } from '../../src/graph/merge';
import { extraction, type EntitySpec } from './extraction-fixture';

const article = (id: string, entities: EntitySpec[]): Extraction => extraction(id, '', entities);
const person = (label: string, aliases: string[] = []): EntitySpec => ({ label, kind: 'person', aliases });
const body = (label: string, aliases: string[] = []): EntitySpec => ({ label, kind: 'institution', aliases });
const city = (label: string): EntitySpec => ({ label, kind: 'city' });

/** Gives the entity `label` of an extraction one mention carrying a role title. */
function titled(e: Extraction, label: string, title: string): Extraction {
  const entity = e.entities.find((x) => x.label === label);
  if (entity === undefined) throw new Error(`no ${label}`);
  return { ...e, mentions: [...(e.mentions ?? []), { entity: entity.id, start: 0, end: 1, text: label, sentence: 0, title }] };
}

const labelOf = (merged: ReturnType<typeof mergeEntities>, articleId: string, entityId: string): string | undefined =>
  merged.nodes.find((n) => n.key === merged.keyOf(articleId, entityId))?.attributes.label;

describe('cross-article merge: surnames', () => {
  const tova = article('one', [person('Tova Brandt'), body('Harbour Trust'), city('Port Vella'), body('Vella Courier')]);
  const milo = article('two', [person('Milo Brandt'), body('Kerrow Rovers'), city('Abcton')]);

  it('ties a bare surname two people carry to the one whose articles name the same entities', () => {
    const merged = mergeEntities([tova, milo, article('three', [person('Brandt'), body('Harbour Trust'), city('Port Vella')])]);
    expect(labelOf(merged, 'three', 'e0')).toBe('Tova Brandt');
    expect(merged.nodes.filter((n) => n.attributes.kind === 'person').map((n) => n.attributes.label)).toEqual(['Tova Brandt', 'Milo Brandt']);
    expect(merged.nodes.find((n) => n.attributes.label === 'Tova Brandt')?.attributes.articles).toEqual(['one', 'three']);
  });

  it('ties it by a shared role title too', () => {
    const merged = mergeEntities([titled(tova, 'Tova Brandt', 'Governor'), milo, titled(article('three', [person('Brandt')]), 'Brandt', 'Governor')]);
    expect(labelOf(merged, 'three', 'e0')).toBe('Tova Brandt');
  });

  it('keeps apart a bare surname whose context fits both people, or neither', () => {
    const merged = mergeEntities([
      tova,
      milo,
      article('three', [person('Brandt'), body('Harbour Trust'), body('Kerrow Rovers')]),
      article('four', [person('Brandt'), city('Lindenfeld')]),
    ]);
    expect(labelOf(merged, 'three', 'e0')).toBe('Brandt');
    expect(labelOf(merged, 'four', 'e0')).toBe('Brandt');
    expect(merged.keyOf('three', 'e0')).not.toBe(merged.keyOf('four', 'e0'));
    expect(merged.nodes.filter((n) => n.attributes.label.endsWith('Brandt'))).toHaveLength(4);
  });
});

describe('cross-article merge: a surname many people carry', () => {
  // Five Brandts, every one named beside Norland and the Norland Post: those two raise every
  // Brandt alike, so what sets one apart must lead them twice over.
  const firsts = ['Tova', 'Milo', 'Ansa', 'Orrin', 'Pell'];
  const brandts = firsts.map((first, i) => article(`p${i}`, [person(`${first} Brandt`), { label: 'Norland', kind: 'country' }, body('Norland Post'), body(`Club ${i}`), city(`Town ${i}`), body(`Hall ${i}`)]));
  const bare = (...more: EntitySpec[]): Extraction => article('bare', [person('Brandt'), { label: 'Norland', kind: 'country' }, body('Norland Post'), ...more]);

  it('ties the bare surname to the one person whose own context the article shares', () => {
    expect(labelOf(mergeEntities([...brandts, bare(body('Club 3'), city('Town 3'), body('Hall 3'))]), 'bare', 'e0')).toBe('Orrin Brandt');
    expect(labelOf(mergeEntities([...brandts, bare(body('Club 3'), city('Town 3'))]), 'bare', 'e0')).toBe('Brandt');
  });

  it('keeps it apart when only what every one of them shares is named, or what two of them have', () => {
    expect(labelOf(mergeEntities([...brandts, bare()]), 'bare', 'e0')).toBe('Brandt');
    expect(labelOf(mergeEntities([...brandts, bare(body('Club 1'), body('Hall 1'), body('Club 3'), body('Hall 3'))]), 'bare', 'e0')).toBe('Brandt');
  });
});

describe('cross-article merge: a surname more people carry than a word of bits holds', () => {
  // Forty Brandts, scored 32 to a word: the one an article points to may sit in either word.
  const brandts = Array.from({ length: 40 }, (_, i) =>
    article(`p${i}`, [person(`Person${i} Brandt`), { label: 'Norland', kind: 'country' }, body('Norland Post'), body(`Club ${i}`), city(`Town ${i}`), body(`Hall ${i}`)]),
  );
  const bare = (...more: EntitySpec[]): Extraction => article('bare', [person('Brandt'), { label: 'Norland', kind: 'country' }, body('Norland Post'), ...more]);
  const tiedIn = (corpus: Extraction[]): string | undefined => labelOf(mergeEntities(corpus), 'bare', 'e0');

  it('ties the bare surname to the one whose own context leads twice over, in the first word or the second', () => {
    expect(tiedIn([...brandts, bare(body('Club 35'), city('Town 35'), body('Hall 35'))])).toBe('Person35 Brandt');
    expect(tiedIn([...brandts, bare(body('Club 4'), city('Town 4'), body('Hall 4'))])).toBe('Person4 Brandt');
    expect(tiedIn([...brandts, bare(body('Club 35'), city('Town 35'))])).toBe('Brandt');
  });

  it('counts a shared role title twice, once however many titles are shared', () => {
    const governor = (e: Extraction): Extraction => titled(titled(e, e.entities[0]?.label as string, 'Governor'), e.entities[0]?.label as string, 'Judge');
    const corpus = brandts.map((e, i) => (i === 33 ? governor(e) : e));
    // 2 shared by all, 1 of its own and the titles: 5 against 2; without the titles, 3 against 2.
    expect(tiedIn([...corpus, governor(bare(body('Club 33')))])).toBe('Person33 Brandt');
    expect(tiedIn([...corpus, bare(body('Club 33'))])).toBe('Brandt');
    // Two titles shared still count 2, not 4: 4 against 2 is not twice over.
    expect(tiedIn([...corpus, governor(bare())])).toBe('Brandt');
  });
});

describe('cross-article merge: short names several bodies claim', () => {
  const radio = article('one', [body('Abc Radio', ['ABC'])]);
  const sport = article('two', [body('Abc Sport', ['ABC'])]);
  const bare = article('three', [body('ABC')]);

  it('keeps the bare short name as one node of its own, not an alias of each part', () => {
    const merged = mergeEntities([radio, sport, bare]);
    expect(merged.nodes.map((n) => [n.attributes.label, n.attributes.aliases])).toEqual([
      ['Abc Radio', []],
      ['Abc Sport', []],
      ['ABC', []],
    ]);
  });

  it('joins the short name to the parent that spells it, and the parts keep their own nodes', () => {
    const merged = mergeEntities([radio, sport, bare, article('four', [body('Alpha Beta Corporation', ['ABC'])])]);
    expect(labelOf(merged, 'three', 'e0')).toBe('Alpha Beta Corporation');
    expect(merged.nodes.map((n) => [n.attributes.label, n.attributes.aliases])).toEqual([
      ['Abc Radio', []],
      ['Abc Sport', []],
      ['Alpha Beta Corporation', ['ABC']],
    ]);
  });

  it('joins a name to the same name with a legal form, which shows it without an alias', () => {
    const merged = mergeEntities([article('one', [body('Ardent')]), article('two', [body('Ardent Party')])]);
    expect(merged.nodes.map((n) => n.attributes.label)).toEqual(['Ardent Party']);
  });
});

describe('cross-article merge: kinds', () => {
  it('makes a company one article typed as a person the company most articles name, with the vote', () => {
    const merged = mergeEntities([
      article('one', [body('Zentrix')]),
      article('two', [body('Zentrix'), person('Ilse Carmody')]),
      article('three', [person('Zentrix')]),
    ]);
    const zentrix = merged.nodes.filter((n) => n.attributes.label === 'Zentrix');
    expect(zentrix).toHaveLength(1);
    expect(zentrix[0]?.attributes).toMatchObject({ kind: 'institution', articles: ['one', 'two', 'three'], kindVotes: { institution: 2, person: 1 } });
  });

  it('leaves the kinds apart when neither has two thirds of the articles, or when persons have them', () => {
    const even = mergeEntities([article('one', [body('Zentrix')]), article('two', [person('Zentrix')])]);
    expect(even.nodes.map((n) => n.attributes.kind)).toEqual(['institution', 'person']);
    const people = mergeEntities([article('one', [body('Zentrix')]), article('two', [person('Zentrix')]), article('three', [person('Zentrix')])]);
    expect(people.nodes.map((n) => n.attributes.kind)).toEqual(['institution', 'person']);
  });

  it('ties a bare acronym two bodies list to the one whose articles share its context', () => {
    const merged = mergeEntities([
      article('one', [body('Union of Abcland', ['UA']), city('Port Vella'), body('Harbour Trust')]),
      article('two', [body('United Abcish', ['UA']), city('Lindenfeld')]),
      article('three', [body('UA'), city('Port Vella'), body('Harbour Trust')]),
    ]);
    expect(labelOf(merged, 'three', 'e0')).toBe('Union of Abcland');
  });
});
