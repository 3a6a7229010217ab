// Frames for people who join a meeting told of before: "B also attended the meeting", "B sat in
// on the talks", "Joining them were B and C", "Also present were B and C". Each pairs the joiners
// with everyone the latest meeting brought together (Doc.meetings), so long as the sentence points
// back at it: a bare definite event ("the talks"), or the people of a meeting just told of.
import { lexiconRows } from '../../lexicon';
import type { NounPhrase, Predicate } from '../../parse/types';
import { lastWord } from '../../parse/words';
import type { Doc, Frame, Site } from '../site';
import { governed } from './arguments';

let meetingNouns: Set<string> | undefined;
/** Nouns the meeting cues list ("talks", "dinner"), naming an event people take part in. */
export const isMeetingNoun = (word: string): boolean =>
  (meetingNouns ??= new Set(lexiconRows('meeting-verbs').map((row) => row[0] ?? '').filter((cue) => !cue.includes(' ')))).has(word) && !/ed$/.test(word);

/** A bare definite meeting ("the talks"), not one described anew ("the meeting of X on Monday"). */
const pointsBack = (np: NounPhrase): boolean =>
  np.form === 'description' && np.refs.length === 0 && !np.post.length && /^(?:the|those|these|that|this|their) \S+$/.test(np.lower) && isMeetingNoun(lastWord(np.lower));

/** The latest meeting told of before this sentence; `within` limits how many sentences back. */
function latest(site: Site, doc: Doc, within = Infinity): string[] {
  const last = doc.meetings[doc.meetings.length - 1];
  const here = site.parse.sentence.index;
  return last && last.sentence < here && here - last.sentence <= within ? last.participants : [];
}

/** The copula a phrase stands beside, as subject or object ("Also present were B and C"). */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
function copulaOf(site: Site): Predicate | undefined {
  const np = site.np;
  return np ? site.parse.predicates.find((p) => COPULAS.has(p.cue) && (p.subject.includes(np) || p.object.includes(np))) : undefined;
}

/** Verbs by which someone hosts or leads an event ("a dinner hosted by B", "a meeting chaired by B"). */
const HOSTING = new Set(['hosted', 'given', 'held', 'thrown', 'chaired', 'convened', 'called']);

export const JOINER_FRAMES: Readonly<Record<string, Frame>> = {
  /** "A attended a dinner hosted by B", "A attended a meeting chaired by B": the guest met the host. */
  'hosted-event': (site) => {
    const p = site.predicate;
    const event = p?.voice === 'active' ? p.object.find((o) => o.form === 'description' && isMeetingNoun(lastWord(o.lower))) : undefined;
    if (!p || !event) return [];
    const host = site.parse.predicates.find((x) => x.subject.includes(event) && x.start === event.end && HOSTING.has(x.cue));
    const hosts = host ? governed(host.preps, new Set(['by'])).filter((np) => np.kind === 'person') : [];
    return hosts.length ? [{ sources: p.subject, targets: hosts }] : [];
  },
  /**
   * "B also attended the meeting", "B sat in on the talks", "B took part in the talks": the
   * subject met those the latest meeting brought together.
   */
  'joined-event': (site, doc) => {
    const p = site.predicate;
    const event = p ? [...p.object, ...governed(p.preps, new Set(['in', 'on']))].find(pointsBack) : undefined;
    const met = p && event ? latest(site, doc) : [];
    return p && met.length ? [{ sources: p.subject, targets: met }] : [];
  },
  /** "Joining them were B and C", "B joined them": the people of a meeting told of in the sentence before. */
  'joined-them': (site, doc) => {
    const p = site.predicate;
    const them = p?.object.find((o) => o.form === 'pronoun' && /^(?:them|him|her)$/.test(o.lower));
    if (!p || !them) return [];
    const met = latest(site, doc, 1);
    // "him" or "her" must stand for one of them.
    if (them.lower !== 'them' && !them.refs.some((r) => met.includes(r))) return [];
    const joiners = p.subject.filter((s) => s.refs.length && !s.refs.some((r) => met.includes(r)));
    return joiners.length && met.length ? [{ sources: joiners, targets: met }] : [];
  },
  /**
   * "Also present were B and C", "B was also present", "B was present at the talks": the people
   * beside "present" were at the latest meeting, when the sentence says "at" it or "also" just after it.
   */
  present: (site, doc) => {
    const np = site.np;
    const copula = copulaOf(site);
    if (!np || !copula) return [];
    const at = governed([...np.post, ...copula.preps], new Set(['at']));
    const also = site.parse.words.some((w) => w.lower === 'also');
    const met = at.some(pointsBack) ? latest(site, doc) : at.length === 0 && also ? latest(site, doc, 1) : [];
    const people = (copula.subject.includes(np) ? copula.object : copula.subject).filter((x) => x !== np && x.refs.length);
    return people.length && met.length ? [{ sources: people, targets: met }] : [];
  },
};
