// Frames for trips named by a noun without "to": what a trip includes ("his tour included a visit
// to Abc"), the place that qualifies the noun ("his Africa
// trip", "A's China visit"), and the place of the clause a trip is set in ("A drew crowds in Abc
// during his visit"); and for a guest called "visiting" ("B told visiting Minister A"), who is
// where the host is. A person at home in the place is no visitor to it.
import { lexiconRows } from '../../lexicon';
import { countryCode } from '../../entities/gazetteer';
import type { NounPhrase, Predicate, SentenceParse } from '../../parse/types';
import type { Doc, Frame, Pairing, SentenceFrame } from '../site';
import { governed, isPlace, ownerOf, PLACE_KINDS } from './arguments';
import { atHome, away } from './home';
import { lastWord } from '../../parse/words';

/** Prepositions that set a trip in the clause around it ("during his visit", "on his trip"). */
const SETTING = new Set(['during', 'on', 'in the course of', 'throughout']);
/** Prepositions that name where a trip went, or whose trip it was: with one, the trip names its own place. */
const OWN_PLACE = new Set(['to', 'of', 'in', 'at', 'into', 'through', 'around', 'across']);

/** Verbs taking a topic beyond the verbs of saying. */
const TOPICAL = new Set(['discussed', 'discusses', 'discuss', 'raised', 'raises', 'condemned', 'condemns', 'mentioned', 'spoke', 'speaks', 'talked', 'talks', 'addressed', 'referred', 'cited', 'recalled']);
let speech: Set<string> | undefined;
const isTopical = (verb: string): boolean => TOPICAL.has(verb) || (speech ??= new Set(lexiconRows('speech-verbs').map((r) => r[0] ?? ''))).has(verb);

/** Nouns for a journey that takes in several places. */
const JOURNEY = /^(?:trip|tour|visit|journey|itinerary)s?$/;

let groups: Set<string> | undefined;
/** "a delegation", "a trade mission": a group that travels (group-nouns.txt). */
const isTravellingGroup = (np: NounPhrase): boolean => np.form === 'description' && (groups ??= new Set(lexiconRows('group-nouns').map((r) => r[0] ?? ''))).has(lastWord(np.lower));

export const TRIP_FRAMES: Readonly<Record<string, Frame>> = {
  /** "A led a delegation to Abc": who leads a travelling group goes where it goes. */
  'group-to': away((site) => {
    const p = site.predicate;
    if (!p || p.voice !== 'active' || !p.object.some(isTravellingGroup)) return [];
    const places = governed(p.preps, new Set(['to'])).filter(isPlace);
    return places.length ? [{ sources: p.subject, targets: places }] : [];
  }),
  /**
   * "His tour has included a summit in Abc and a visit to Xyz", "a trip which includes stops in
   * Abc and Xyz": the traveller whose trip it is went to every place it takes in.
   */
  'trip-includes': away((site) => {
    const p = site.predicate;
    const trip = p?.voice === 'active' ? p.subject.find((np) => np.form === 'description' && JOURNEY.test(lastWord(np.lower))) : undefined;
    if (!p || !trip) return [];
    const owners = ownerOf({ parse: site.parse, match: site.match, modality: site.modality, np: trip });
    const places = [...p.object.filter(isPlace), ...governed(p.preps, new Set(['in', 'to', 'at'])).filter(isPlace)];
    return owners.length && places.length ? [{ sources: owners, targets: places }] : [];
  }),
  /** "his Africa trip", "President A's China visit", "A visits slum on Africa trip": the place before the noun. */
  'place-qualifier': away((site) => {
    const np = site.np;
    if (!np || site.predicate) return [];
    const places = np.qualifiers.filter((q) => PLACE_KINDS.has(q.kind) && q.end <= site.match.start).map((q) => q.entity);
    const owners = ownerOf(site);
    return places.length && owners.length ? [{ sources: owners, targets: places }] : [];
  }),
  /**
   * "A drew huge crowds in Abc during his visit": a trip with no place of its own, set in a clause
   * by "during" or "on", went where the clause's verb took place ("in Abc" on the verb itself, not
   * on a noun: "spoke about the fighting in Abc during his trip" says nothing of a visit to Abc).
   */
  'setting-in': away((site) => {
    const np = site.np;
    if (!np || site.predicate || np.prep === undefined || !SETTING.has(np.prep)) return [];
    if (np.post.some((pp) => OWN_PLACE.has(pp.prep) && pp.np.refs.length)) return [];
    const verb = site.parse.predicates.find((p) => p.type === 'verb' && p.preps.some((pp) => pp.np === np || pp.np.post.some((x) => x.np === np)));
    // A verb of saying or discussing takes a topic, and a place in it is the topic's ("criticised the war in Abc").
    if (!verb || isTopical(verb.cue)) return [];
    // The places the verb governs: "in Abc" on the verb or its object, not deeper ("about the fighting in Abc").
    const inner = new Set(site.parse.nps.flatMap((x) => (x.prep !== undefined && !isPlace(x) ? x.post.filter((pp) => pp.prep === 'in').map((pp) => pp.np) : [])));
    const places = verb.preps.filter((pp) => pp.prep === 'in' && isPlace(pp.np) && !inner.has(pp.np)).map((pp) => pp.np);
    // "The envoy drew crowds during his visit": a pronoun owning the trip is the clause's subject;
    // a subject the text does not tie to anyone leaves the traveller unknown.
    const subject = verb.subject.filter((x) => x.kind === 'person' && x.refs.length);
    const owners = np.possessor?.form === 'pronoun' ? subject : ownerOf(site);
    return places.length && owners.length ? [{ sources: owners, targets: places }] : [];
  }),
};

/** Verbs whose subject receives guests ("the first time Abc has hosted a minister from Xyz"). */
const HOSTING = new Set(['hosted', 'hosts', 'host', 'hosting', 'welcomed', 'welcomes', 'received', 'receives']);

/** The countries a person's roles or nationality tie them to, among the article's entities. */
function homeCountries(person: string, doc: Doc): string[] {
  const countries = doc.ctx.entities.filter((e) => e.kind === 'country');
  const out = new Set<string>();
  for (const r of doc.rolesByPerson.get(person) ?? []) {
    if (r.target && doc.kindOf.get(r.target) === 'country') out.add(r.target);
    const code = r.nationality ? countryCode(r.nationality) : undefined;
    const named = code ? countries.find((c) => countryCode(c.label) === code) : undefined;
    if (named) out.add(named.id);
  }
  return [...out];
}

/**
 * Where a guest called "visiting" is, when the sentence makes it clear: a place the verb puts the
 * meeting in ("met visiting A in Abc"); else the one country the host's role or nationality ties
 * the host to ("Abc's Prime Minister B told visiting A"); else a country the sentence says hosted.
 */
function hostPlaces(parse: SentenceParse, doc: Doc, guest: NounPhrase, verb: Predicate | undefined): string[] {
  const preps = [...(verb?.preps ?? []), ...guest.post];
  const places = governed(preps, new Set(['in'])).filter(isPlace).flatMap((np) => np.refs);
  if (places.length) return [...new Set(places)];
  const partners = verb ? (verb.object.includes(guest) ? verb.subject : [...verb.object, ...governed(verb.preps, new Set(['with']))]) : [];
  const homes = [...new Set(partners.filter((np) => np.kind === 'person').flatMap((np) => np.refs).flatMap((p) => homeCountries(p, doc)))];
  if (homes.length === 1) return homes;
  const hosting = parse.predicates.filter((p) => HOSTING.has(p.cue) && p.voice === 'active').flatMap((p) => p.subject.filter((np) => np.form === 'name' && np.kind === 'country'));
  const hosts = [...new Set(hosting.flatMap((np) => np.refs))];
  return hosts.length === 1 ? hosts : [];
}

/** "A is expected in Abc on Monday": an arrival announced, a visit planned. */
export const EXPECTED_FRAMES: Readonly<Record<string, Frame>> = {
  'expected-in': away((site) => {
    const p = site.predicate;
    const pp = p?.preps.find((x) => x.prep === 'in' && x.np.start === p.end + 1);
    if (!p || p.voice !== 'passive' || !pp || !isPlace(pp.np)) return [];
    return [{ sources: p.subject, targets: [pp.np], modality: site.modality === 'negated' ? 'negated' : 'planned' }];
  }),
};

export const TRIP_SENTENCE_FRAMES: Readonly<Record<string, SentenceFrame>> = {
  /** "B told visiting Foreign Minister A", "B met the visiting minister": the guest is where the host is. */
  'visiting-guest': (parse, doc) => {
    const out: Pairing[] = [];
    for (const guest of parse.nps) {
      const person = guest.refs[0];
      if (guest.kind !== 'person' || guest.form === 'pronoun' || !person || !guest.modifiers.includes('visiting')) continue;
      const verb = parse.predicates.find((p) => p.object.includes(guest) || p.subject.includes(guest) || p.preps.some((pp) => pp.np === guest));
      const hosts = hostPlaces(parse, doc, guest, verb).filter((place) => !atHome(person, place, doc));
      if (hosts.length) out.push({ sources: [person], targets: hosts, ...(verb ? { modality: verb.modality } : {}) });
    }
    return out;
  },
};
