// Frames that need no cue: roles that tie people to places and bodies (affiliated-with, from the
// role facts the chains read), a place that opens a sentence as where its subject was (visited),
// and places inside places (located-in): "Abc, Xyz" (a city then its region or country), "the Abc
// Institute in Xyz", "Xyz's Abc", "the Xyz-based Abc".
import type { EntityKind } from '../../../types';
import type { NounPhrase, SentenceParse } from '../../parse/types';
import type { Pairing, SentenceFrame } from '../site';

const CONTAINED: readonly EntityKind[] = ['city', 'institution', 'region'];
const CONTAINERS: readonly EntityKind[] = ['region', 'country', 'city'];

/** May `inner` lie in `outer`? A city lies in no city; nothing lies inside an institution. */
function inside(inner: NounPhrase, outer: NounPhrase): boolean {
  if (inner.form !== 'name' || outer.form !== 'name' || !inner.kind || !outer.kind) return false;
  if (inner.refs[0] === outer.refs[0] || !CONTAINED.includes(inner.kind) || !CONTAINERS.includes(outer.kind)) return false;
  return outer.kind !== 'city' || inner.kind === 'institution';
}

const pair = (inner: NounPhrase, outer: NounPhrase): Pairing => ({ sources: [inner], targets: [outer] });

/** A name phrase starting right at word `at`. */
const nameAt = (parse: SentenceParse, at: number): NounPhrase | undefined => parse.nps.find((np) => np.start === at && np.form === 'name' && !np.possessor);

export const PLACE_FRAMES: Readonly<Record<string, SentenceFrame>> = {
  /** "In Nairobi on Tuesday, Ada Lin said": a place that opens the sentence is where its subject was. */
  'fronted-place': (parse) => {
    const first = parse.words[0]?.lower === 'in' ? parse.nps.find((np) => np.start === 1 && np.form === 'name') : undefined;
    if (!first || (first.kind !== 'city' && first.kind !== 'country' && first.kind !== 'region')) return [];
    const main = parse.predicates.find((p) => p.start > first.end && (p.clause.kind === 'main' || p.clause.kind === 'participle') && !parse.words[p.start]?.quoted);
    const people = (main?.subject ?? []).filter((np) => np.kind === 'person');
    return people.length && main?.preps.some((pp) => pp.np === first) ? [{ sources: people, targets: [first] }] : [];
  },
  /** Every role the sentence states with the place or body it is held at. */
  'role-facts': (parse, doc) =>
    doc.chains.roles
      .filter((r) => r.sentence === parse.sentence.index && r.target)
      .map((r) => ({ sources: [r.person], targets: [r.target as string], ...(r.role ? { role: r.role } : {}) })),
  /** "Dayton, Ohio,": a city, a comma, then its region or country, closed by a mark. */
  'place-comma': (parse) => {
    const out: Pairing[] = [];
    for (const a of parse.nps) {
      if (a.form !== 'name' || a.kind !== 'city' || parse.words[a.end]?.text !== ',') continue;
      const b = nameAt(parse, a.end + 1);
      const after = b ? parse.words[b.end] : undefined;
      if (!b || (b.kind !== 'region' && b.kind !== 'country') || b.possessive) continue;
      if (after && after.pos !== 'PUNCT') continue;
      if (inside(a, b)) out.push(pair(a, b));
    }
    return out;
  },
  /** "the University of Abc in Xyz", "Abc and Def in Xyz": a place or body in a place. */
  'place-in': (parse) => {
    const out: Pairing[] = [];
    for (const a of parse.nps) {
      const pp = a.post.find((x) => x.prep === 'in');
      if (!pp || a.form !== 'name' || a.post[0] !== pp) continue;
      // "clashes between A and B in C": the place is the clashes', not A's or B's.
      if (a.list && a.list[0]?.prep === 'between') continue;
      const members = a.list ? a.list.filter((m) => m.kind === a.kind) : [a];
      for (const m of members) if (inside(m, pp.np)) out.push(pair(m, pp.np));
      // "A in Xyz's Abc": the possessive chain nests too.
      if (pp.np.possessor && inside(pp.np, pp.np.possessor)) out.push(pair(pp.np, pp.np.possessor));
    }
    return out;
  },
  /** "Xyz's Abc": a country's or region's city or region. */
  'place-possessive': (parse) =>
    parse.nps
      .filter((np) => np.form === 'name' && np.possessor?.form === 'name' && (np.kind === 'city' || np.kind === 'region') && (np.possessor.kind === 'country' || np.possessor.kind === 'region'))
      .filter((np) => inside(np, np.possessor as NounPhrase))
      .map((np) => pair(np, np.possessor as NounPhrase)),
  /** "the Abc-based Xyz": a body based in a place. */
  'place-based': (parse) => {
    const out: Pairing[] = [];
    for (const place of parse.nps) {
      if (place.form !== 'name' || parse.words[place.end]?.text !== '-' || parse.words[place.end + 1]?.lower !== 'based') continue;
      const body = parse.nps.find((np) => np.start === place.end + 2 && np.form === 'name');
      if (body && inside(body, place)) out.push(pair(body, place));
    }
    return out;
  },
};
