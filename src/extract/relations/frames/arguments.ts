// Argument helpers shared by the frames: the phrases a preposition governs around a cue, the
// owner of a cue noun ("his meeting", "A held talks", "In talks with B, A said"), and the leader
// of a group ("a delegation led by B").
import { lexiconRows, lexiconSet } from '../../lexicon';
import { ownerStart } from '../../parse/links';
import { expand, isLeadingVerb, postChain } from '../../parse/predicates';
import type { NounPhrase, Predicate, PrepPhrase, SentenceParse } from '../../parse/types';
import type { Site } from '../site';
import { lastWord } from '../../parse/words';

/** Verbs by which a trip carries its traveller somewhere ("the trip took him to Abc"). */
const CARRY = new Set(['took', 'take', 'takes', 'taken', 'brought', 'bring', 'brings', 'led', 'leads']);
/** Prepositions that set a cue noun in its clause: the clause's subject owns it ("in talks with B, A ..."). */
const SETTING = new Set(['in', 'during', 'after', 'at', 'before', 'following', 'since', 'ahead of', 'upon', 'as part of']);
/** "left on a trip to Abc": "on" sets a journey in its clause. */
const JOURNEY = /\b(?:trip|visit|tour|mission|journey)s?$/;
/** Parts of an event in time ("the end of a tour"). */
const PHASES = new Set(['end', 'start', 'beginning', 'close', 'course', 'middle', 'leg', 'stage', 'day', 'part', 'conclusion']);
/** ... and these only when set off by a comma or opening the sentence ("Over dinner, A and B"). */
const SET_OFF = new Set(['over']);

/** Forms of "be" that place their subject ("A is in Abc for talks"). */
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been']);

let travelCues: Set<string> | undefined;
/** Visit cues that take the place after them or as their object ("arrived in Abc", "flew to Abc", "visited Abc"; visit-cues.txt). */
export const isTravelCue = (cue: string): boolean =>
  (travelCues ??= new Set(lexiconRows('visit-cues').filter((row) => /\bsubject-(?:object|to|in|into)\b/.test(row[1] ?? '')).map((row) => row[0] ?? ''))).has(cue);

/**
 * The trip or stay a purpose phrase ("for talks with B") belongs to: the predicate that governs
 * it when its verb travels or places its subject ("flew to Abc for talks", "is in Abc for a
 * meeting"); not "called for talks", "pushed for a meeting", which ask for one.
 */
export function purposeOf(parse: SentenceParse, np: NounPhrase): Predicate | undefined {
  if (np.prep !== 'for') return undefined;
  const p = parse.predicates.find((x) => x.preps.some((pp) => pp.np === np));
  return p && p.voice === 'active' && (isTravelCue(p.cue) || BE.has(p.cue)) ? p : undefined;
}

let light: Set<string> | undefined;
const isLight = (verb: string): boolean => (light ??= lexiconSet('light-verbs')).has(verb);

let avowal: Set<string> | undefined;
/** Verbs telling of an event their subject took part in, which stands as done whatever their own modality ("did not disclose the meetings"). */
/** The kinds of entity one can be in or travel to. */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'region', 'country']);

/** A phrase naming a city, region or country. */
export const isPlace = (np: NounPhrase): boolean => np.form === 'name' && np.kind !== undefined && PLACE_KINDS.has(np.kind);

export const isAvowal = (verb: string): boolean => (avowal ??= lexiconSet('avowal-verbs')).has(verb);

/** The phrases governed by any of the prepositions, members of their lists included. */
export function governed(preps: readonly PrepPhrase[], wanted: ReadonlySet<string>): NounPhrase[] {
  const out: NounPhrase[] = [];
  for (const [k, pp] of preps.entries()) {
    if (wanted.has(pp.prep)) out.push(...expand(pp.np));
    // "with 21 cities, including Abc": the named members of a group the preposition governs.
    else if (INCLUDING.has(pp.prep) && k > 0 && wanted.has(preps[k - 1]?.prep ?? '') && !preps[k - 1]?.np.refs.length) out.push(...expand(pp.np));
  }
  return out;
}

const INCLUDING = new Set(['including', 'such as', 'among them']);

/** The predicate a phrase is the object of; a light verb first ("describe a meeting he had with B": had). */
export function objectOf(parse: SentenceParse, np: NounPhrase): Predicate | undefined {
  return parse.predicates.find((p) => p.object.includes(np) && isLight(p.cue)) ?? parse.predicates.find((p) => p.object.includes(np));
}

/** The subject of the clause a phrase stands in (or of the clause it shares a subject with). */
export function clauseSubject(parse: SentenceParse, np: NounPhrase): NounPhrase[] {
  const clause = parse.clauseOf[np.head];
  const own = parse.predicates.find((p) => p.clause === clause && p.subject.length);
  if (own) return own.subject;
  // A fronted phrase ("In his talks with B, A said") belongs to the clause that follows it.
  const next = parse.predicates.find((p) => p.start > np.end && p.subject.length);
  return next ? next.subject : [];
}

/** Who takes part in the event a cue noun names, besides those its prepositions name. */
export function ownerOf(site: Site): NounPhrase[] {
  const np = site.np;
  if (!np) return [];
  if (np.possessor) return expand(np.possessor);
  // "her address to Congress and meetings with B": the owner of the list's first member.
  const first = np.list?.[0];
  if (first && first !== np && first.possessor && first.form === 'description') return expand(first.possessor);
  // "the visit of B to Abc", "a visit to Abc by B", "a visit to Abc in July by B".
  const named = postChain(np).find((pp) => (pp.prep === 'by' || (pp.prep === 'of' && pp === np.post[0])) && pp.np.kind === 'person');
  if (named) return expand(named.np);
  const verb = objectOf(site.parse, np);
  const agent = verb?.preps.find((pp) => pp.prep === 'by' && pp.np.start > np.end && pp.np.kind === 'person');
  if (agent && verb?.voice === 'active') return expand(agent.np);
  if (verb && (isLight(verb.cue) || isAvowal(verb.cue))) return verb.subject;
  if (np.prep !== undefined && (SETTING.has(np.prep) || (np.prep === 'on' && JOURNEY.test(np.lower)))) return clauseSubject(site.parse, np);
  const purpose = purposeOf(site.parse, np);
  if (purpose) return purpose.subject;
  // "at the end of a tour of Abc": a phase of the event sets it in the clause as the event would.
  const phase = np.prep === 'of' ? site.parse.nps.find((g) => g.post[0]?.np === np && PHASES.has(lastWord(g.lower))) : undefined;
  if (phase?.prep !== undefined && SETTING.has(phase.prep)) return clauseSubject(site.parse, phase);
  const lead = site.parse.words[ownerStart(np) - 2];
  if (np.prep !== undefined && SET_OFF.has(np.prep) && (!lead || lead.text === ',')) {
    // "A, on a visit to X, said": the name before the comma.
    const before = site.parse.nps.find((x) => x.end === ownerStart(np) - 2 && x.form === 'name');
    return before ? [before] : clauseSubject(site.parse, np);
  }
  return [];
}

/** The prepositional phrases around a cue: the predicate's, or the noun's chain and its light verb's. */
export function prepsAround(site: Site): PrepPhrase[] {
  if (site.predicate) return site.predicate.preps;
  if (!site.np) return [];
  const chain = postChain(site.np);
  const np = site.np;
  const verb = objectOf(site.parse, np);
  if (verb && isLight(verb.cue)) return [...chain, ...verb.preps.filter((pp) => !chain.includes(pp))];
  // "Her first trip took her to Abc": where the trip carried its owner.
  const carrier = site.parse.predicates.find((p) => p.subject.includes(np) && CARRY.has(p.cue));
  return carrier ? [...chain, ...carrier.preps.filter((pp) => pp.np.start > carrier.start)] : chain;
}

/** The leaders of a group phrase: "a delegation (from Abc) led by B" gives B. */
export function leadersOf(parse: SentenceParse, group: NounPhrase): NounPhrase[] {
  for (const p of parse.predicates) {
    if (p.start < group.end || p.start - group.end > 8 || !isLeadingVerb(p.cue)) continue;
    const by = governed(p.preps, new Set(['by']));
    if (by.length) return by;
  }
  return [];
}
