// Frames for trips named by a noun without "to": the place that qualifies the noun ("his Africa
// trip", "A's China visit"), and the place of the clause a trip is set in ("A drew crowds in Abc
// during his visit"). A person at home in the place is no visitor to it.
import { lexiconRows } from '../../lexicon';
import type { NounPhrase } from '../../parse/types';
import type { Frame } from '../site';
import { ownerOf } from './arguments';
import { away } from './home';

const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'region', 'country']);
/** Prepositions that set a trip in the clause around it ("during his visit", "on his trip"). */
const SETTING = new Set(['during', 'on', 'in the course of', 'throughout']);
/** Prepositions that name where a trip went, or whose trip it was: with one, the trip names its own place. */
const OWN_PLACE = new Set(['to', 'of', 'in', 'at', 'into', 'through', 'around', 'across']);

/** Verbs taking a topic beyond the verbs of saying. */
const TOPICAL = new Set(['discussed', 'discusses', 'discuss', 'raised', 'raises', 'condemned', 'condemns', 'mentioned', 'spoke', 'speaks', 'talked', 'talks', 'addressed', 'referred', 'cited', 'recalled']);
let speech: Set<string> | undefined;
const isTopical = (verb: string): boolean => TOPICAL.has(verb) || (speech ??= new Set(lexiconRows('speech-verbs').map((r) => r[0] ?? ''))).has(verb);

const isPlace = (np: NounPhrase): boolean => np.form === 'name' && np.kind !== undefined && PLACE_KINDS.has(np.kind);

export const TRIP_FRAMES: Readonly<Record<string, Frame>> = {
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
