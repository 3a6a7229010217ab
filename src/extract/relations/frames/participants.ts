// Frames that pair a cue's participants, for verbs and cue nouns alike: the subject (of a verb,
// or the owner of a noun: "his visit", "A held talks") with the object, with the phrases of a
// preposition ("met with B", "a visit to Abc", "arrived in Abc"), with the agents of a passive
// ("was received by B"), or with each other ("A and B met", "talks between A and B").
import { expand, postChain } from '../../parse/predicates';
import type { NounPhrase, PrepPhrase, SentenceParse } from '../../parse/types';
import type { Doc, Frame, Pairing, Site } from '../site';
import { governed, isTravelCue, leadersOf, ownerOf, PLACE_KINDS, prepsAround } from './arguments';
import { away } from './home';
import { isRoleTitle, isRoleWord } from '../../chains/role-words';
import { journalistOutlets, outletOf } from './outlets';
import { lastWord } from '../../parse/words';

/** Words after "called B" that say how often, not what B was called ("called her several times"). */
const HOW_OFTEN = /^(?:several|many|twice|once|again|repeatedly|last|this|every|two|three|four)$/;

/** Nouns for the parts of a place one can be in ("Abc's main square", "Abc's old quarter"). */
const PLACE_PARTS: ReadonlySet<string> = new Set([
  'square', 'street', 'streets', 'district', 'quarter', 'suburb', 'suburbs', 'outskirts', 'centre', 'center', 'capital', 'city', 'town',
  'port', 'airport', 'harbour', 'harbor', 'neighbourhood', 'neighborhood', 'province', 'region', 'village', 'slum', 'slums', 'hall',
  'hotel', 'palace', 'theatre', 'theater', 'arena', 'stadium', 'cathedral', 'mosque', 'temple', 'castle', 'gallery', 'parliament', 'embassy',
]);
/** Adverbs that put a person back where they live ("A is back in Abc", "A was home in Abc"). */
const HOMEWARD: ReadonlySet<string> = new Set(['back', 'home']);

/** Prepositions that set a meeting in the clause around it ("during their talks"). */
const THEIR_SETTING = new Set(['during', 'at', 'in', 'after', 'before', 'ahead of']);

/** Most people at one table whose every pair counts as having met. */
const MAX_GROUP = 6;

/** The subjects of a verb cue, or the owners of a noun cue. */
export function subjectsOf(site: Site): NounPhrase[] {
  return site.predicate ? site.predicate.subject : ownerOf(site);
}

/** A group phrase stands for its leaders when it has them ("hosted a delegation led by B"). */
function withLeaders(site: Site, nps: readonly NounPhrase[]): NounPhrase[] {
  return nps.flatMap((np) => {
    if (np.form !== 'description') return [np];
    const leaders = leadersOf(site.parse, np);
    return leaders.length ? leaders : [np];
  });
}

/** Every pair of the entities the phrases name ("the two leaders" names two). */
export function allPairs(nps: readonly NounPhrase[]): Pairing[] {
  const distinct = [...new Set(nps.flatMap((np) => np.refs))];
  if (distinct.length < 2 || distinct.length > MAX_GROUP) return [];
  const out: Pairing[] = [];
  for (let i = 0; i < distinct.length; i++) for (let j = i + 1; j < distinct.length; j++) out.push({ sources: [distinct[i] as string], targets: [distinct[j] as string] });
  return out;
}

const INTERVIEW = /^interviews?$/;

/**
 * The partners a speaker addressed, without those who interviewed the speaker for an outlet: a
 * journalist an outlet owns ("told Abc's Ada Lin", "told Abc reporter Ada Lin"), or anyone spoken
 * to in an interview.
 */
function notInterviewers(site: Site, preps: readonly PrepPhrase[], doc: Doc, nps: readonly NounPhrase[]): NounPhrase[] {
  const interview = preps.some((pp) => INTERVIEW.test(lastWord(pp.np.lower)));
  const sentence = site.parse.sentence.index;
  return nps.filter((np) => np.kind !== 'person' || (!interview && outletOf(np.possessor, doc.outlets) === undefined && !journalistOutlets(np, sentence, doc).length));
}

const prepFrame = (preps: readonly string[], own = false): Frame => {
  const wanted = new Set(preps);
  return (site, doc) => {
    // An "own" preposition hangs on the cue noun itself: "a tour of Abc", not "a visit to X against
    // the backdrop of Abc".
    const preps = prepsAround(site);
    const around = own && site.np && !site.predicate ? site.np.post : preps;
    const partners = notInterviewers(site, preps, doc, withLeaders(site, governed(around, wanted)));
    // "Allies led by B travelled to Abc": a group goes where its leaders go.
    const subjects = withLeaders(site, subjectsOf(site));
    return partners.length && subjects.length ? [{ sources: subjects, targets: partners }] : [];
  };
};

/** The sentence before, or past unparsed ones that go on about someone ("He said ..."), the parsed one before them. */
function sentenceBefore(doc: Doc, index: number): SentenceParse | undefined {
  for (let k = index - 1; k >= 0; k--) {
    const parse = doc.parses.find((x) => x.sentence.index === k);
    if (!parse || parse.words.length) return parse;
    if (!/\b(?:he|she|his|her|him)\b/i.test(parse.sentence.text)) return undefined;
  }
  return undefined;
}

/** Whether a site names other participants, so its subjects did not just meet each other. */
function partnersNamed(site: Site): boolean {
  // "A and B met the president": a role held by someone the text does not name is a partner still
  // (not a word that only widens a role: "A and B discussed trade").
  if (site.predicate?.object.some((o) => o.refs.length || (o.form === 'description' && isRoleTitle(site.parse.words[o.head]?.text ?? '')))) return true;
  const preps = prepsAround(site);
  return governed(preps, new Set(['with'])).length > 0 || governed(preps, new Set(['to', 'between', 'by'])).some((np) => np.refs.length);
}

export const PARTICIPANT_FRAMES: Readonly<Record<string, Frame>> = {
  /** "A met B", "A hosted a delegation led by B", "A visited Abc". */
  'subject-object': (site, doc) => {
    const p = site.predicate;
    if (!p || p.voice === 'passive' || !p.object.length) return [];
    // "welcomed A's “courage”" welcomes a thing of A's, not A.
    const objects = p.object.filter((o) => !o.ownsQuotation);
    // "A delegation led by B visited Abc": a group stands for its leaders on either side.
    return objects.length ? [{ sources: withLeaders(site, p.subject), targets: notInterviewers(site, p.preps, doc, withLeaders(site, objects)) }] : [];
  },
  /** "A called B" (a call), not "A called B a liar" (a name for B). */
  'subject-called': (site) => {
    const p = site.predicate;
    const object = p?.object[0];
    if (!p || p.voice === 'passive' || !object) return [];
    const next = site.parse.words[object.end];
    const naming = next && (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'PROPN') && !HOW_OFTEN.test(next.lower);
    if (naming) return [];
    return [{ sources: p.subject, targets: p.object }];
  },
  /** "A met with B", "A signed the deal with B", "his talks with B", "A is twinned with B". */
  'subject-with': prepFrame(['with', 'alongside', 'together with', 'along with']),
  /** "A is in Abc", "A was in Abc last week", "A is at a summit in Abc": a place right after a copula. */
  'copula-in': (site) => {
    const p = site.predicate;
    // "A is currently in Abc", "A was also in Abc": adverbs may stand between (not "back in Abc": home again).
    let at = p?.end ?? 0;
    while (site.parse.words[at]?.pos === 'ADV' && !HOMEWARD.has(site.parse.words[at]?.lower ?? '')) at++;
    const pp = p?.preps.find((x) => (x.prep === 'in' || x.prep === 'at') && (x.np.possessor ?? x.np).start === at + 1);
    if (!p || !pp) return [];
    const places = pp.prep === 'in' ? expand(pp.np) : governed(postChain(pp.np), new Set(['in'])).filter((np) => np.kind !== undefined && PLACE_KINDS.has(np.kind));
    // "A was in Abc's main square", "A was in Abc's Xyz district": the place that owns where A was
    // (a part of it, not a figure of speech: "in Abc's sights", "in Abc's squad").
    const part = pp.np.form === 'name' ? pp.np.kind !== 'person' : PLACE_PARTS.has(lastWord(pp.np.lower));
    const owner = pp.prep === 'in' && part ? pp.np.possessor : undefined;
    if (owner?.form === 'name' && owner.kind !== undefined && PLACE_KINDS.has(owner.kind)) places.push(owner);
    return places.length ? [{ sources: p.subject, targets: places }] : [];
  },
  /** "A spoke to B", "a visit to Abc", "A travelled to Abc". */
  'subject-to': prepFrame(['to']),
  /** "A flew into Abc". */
  'subject-into': prepFrame(['into']),
  /** "A arrived in Abc", "A landed at Abc". */
  'subject-in': prepFrame(['in', 'at']),
  /** "A met B in Abc", "A hosted B in Abc", "talks with B in Abc": the partner or guest was there too, unless at home there. */
  'partner-in': away((site) => {
    const p = site.predicate;
    const preps = prepsAround(site);
    const places = governed(preps, new Set(['in'])).filter((np) => np.kind !== undefined && PLACE_KINDS.has(np.kind));
    const partners = [...(p && p.voice === 'active' ? p.object : []), ...governed(preps, new Set(['with']))].filter((np) => np.kind === 'person');
    return places.length && partners.length ? [{ sources: withLeaders(site, partners), targets: places }] : [];
  }),
  /** "A met B in Abc", "A received B in Abc": the host is at home, the subject is there when not. */
  'subject-in-away': away(prepFrame(['in', 'at'])),
  /** "A was sent to Abc", "B dispatched A to Abc": the one sent goes there, not the sender. */
  'sent-to': (site) => {
    const p = site.predicate;
    const places = p ? governed(p.preps, new Set(['to'])) : [];
    if (!p || !places.length) return [];
    const sent = p.voice === 'passive' ? p.subject : p.object;
    return sent.length ? [{ sources: sent, targets: places }] : [];
  },
  /** "A's visit of Abc" (a tour of a place). */
  'subject-of': prepFrame(['of'], true),
  /** "A paid a courtesy call on B". */
  'subject-on': prepFrame(['on']),
  /** "Abc's sister-city delegation from Xyz". */
  'subject-from': prepFrame(['from']),
  /** "A sister-city delegation from B arrived in A": the town a group from B comes to is the other. */
  'from-arriving': (site) => {
    const np = site.np;
    if (!np) return [];
    const from = governed(np.post, new Set(['from'])).filter((x) => x.kind === 'city');
    const p = site.parse.predicates.find((x) => x.subject.includes(np) && x.voice !== 'passive' && isTravelCue(x.cue));
    const to = p ? [...governed(p.preps, new Set(['in', 'to'])), ...p.object].filter((x) => x.kind === 'city') : [];
    return from.length && to.length ? [{ sources: from, targets: to }] : [];
  },
  /** "A hosted a dinner for B". */
  'subject-for': prepFrame(['for']),
  /** "A sat between B and C". */
  'subject-between': prepFrame(['between']),
  /** "A stood beside B", "A sat next to B", "A appeared alongside B at a news conference". */
  'subject-beside': (site, doc) => {
    const p = site.predicate;
    if (!p) return [];
    // "standing by his side", "sat at her side": the one whose side it is.
    const sides = p.preps.filter((pp) => (pp.prep === 'by' || pp.prep === 'at') && lastWord(pp.np.lower) === 'side' && pp.np.possessor).map((pp) => pp.np.possessor as NounPhrase);
    // A pronoun ("beside him", "by his side") must stand for someone named in this sentence, or
    // named or meant in the one before (or before that, past one that names no one and so is not
    // parsed, when it goes on about someone: "He said ...").
    const before = sentenceBefore(doc, site.parse.sentence.index);
    const near = new Set([...site.parse.nps.filter((np) => np.form !== 'pronoun'), ...(before?.nps ?? [])].flatMap((np) => np.refs));
    const partners = [...governed(p.preps, new Set(['beside', 'next to', 'alongside', 'opposite'])), ...sides].filter((np) => np.form !== 'pronoun' || np.refs.every((r) => near.has(r)));
    return partners.length && p.subject.length ? [{ sources: p.subject, targets: partners }] : [];
  },
  /** "A toured a housing project in Abc", "A visited the shrine, the Golden Hall in Abc", "A toured an Abc factory": the places where the object stands. */
  'object-place': (site) => {
    const p = site.predicate;
    if (!p || p.voice === 'passive' || !p.object.length) return [];
    // A place visited is itself the visit ("visited Lyon in France" says nothing more of France).
    const objects = p.object.flatMap((o) => (o.appositive ? [o, o.appositive] : [o])).filter((o) => o.kind === undefined || !PLACE_KINDS.has(o.kind));
    const places = objects.flatMap((o) => [
      ...o.qualifiers.filter((q) => PLACE_KINDS.has(q.kind)).map((q) => q.entity),
      // "visited Kenya's biggest slum": a thing a place owns is in it (not a person: "France's envoy").
      ...(o.form === 'description' && !o.refs.length && !isRoleWord(lastWord(o.lower)) && o.possessor?.kind !== undefined && PLACE_KINDS.has(o.possessor.kind) ? o.possessor.refs : []),
      ...governed(postChain(o), new Set(['in', 'at'])).filter((np) => np.kind !== undefined && PLACE_KINDS.has(np.kind)),
    ]);
    return places.length ? [{ sources: withLeaders(site, p.subject), targets: places }] : [];
  },
  /** "A was greeted in Abc", "A was received at Abc": where a guest was welcomed. */
  'passive-in': (site) => {
    const p = site.predicate;
    if (!p || p.voice !== 'passive') return [];
    const places = governed(p.preps, new Set(['in', 'at']));
    return places.length ? [{ sources: p.subject, targets: places }] : [];
  },
  /** "A was received by B", "A was joined by B". */
  'passive-by': (site) => {
    const p = site.predicate;
    // "A, flanked by B and C, said": a past participle set off after its subject is passive too.
    const participle = p?.clause.kind === 'participle' && /ed$/.test(p.cue) && p.subject.some((x) => x.end < p.start);
    if (!p || (p.voice !== 'passive' && !participle)) return [];
    const agents = withLeaders(site, governed(p.preps, new Set(['by'])));
    return agents.length ? [{ sources: withLeaders(site, p.subject), targets: agents }] : [];
  },
  /** "A and B have spoken several times by telephone": a call between the subjects. */
  'phone-reciprocal': (site) => {
    const byPhone = (site.predicate?.preps ?? []).some((pp) => (pp.prep === 'by' || pp.prep === 'on' || pp.prep === 'over') && /\b(?:phone|telephone|video)\b/.test(pp.np.lower));
    return byPhone && !partnersNamed(site) ? allPairs(subjectsOf(site).flatMap(expand)) : [];
  },
  /**
   * "A pressed B on trade during their meeting": a meeting the clause's people share ("their") sets
   * the clause's subject with the person it acts on.
   */
  'their-setting': (site) => {
    const np = site.np;
    if (!np || site.predicate || np.possessor?.lower !== 'their' || np.prep === undefined || !THEIR_SETTING.has(np.prep)) return [];
    const verb = site.parse.predicates.find((p) => p.voice === 'active' && p.preps.some((pp) => pp.np === np));
    const subjects = verb?.subject.filter((x) => x.kind === 'person') ?? [];
    const objects = verb?.object.filter((x) => x.kind === 'person') ?? [];
    return subjects.length && objects.length ? [{ sources: subjects, targets: objects }] : [];
  },
  /** "A and B met", "A and B held talks": the subjects with each other, when no one else is named. */
  reciprocal: (site) => (partnersNamed(site) ? [] : allPairs(subjectsOf(site).flatMap(expand))),
  /** "A and B gathered in Abc": as reciprocal, for verbs that meet only with no object ("gathered signatures"). */
  'reciprocal-alone': (site) => (site.predicate?.object.length || partnersNamed(site) ? [] : allPairs(subjectsOf(site).flatMap(expand))),
  /** "talks between A, B and C", "a twinning between Abc and Xyz". */
  between: (site) => {
    const members = governed(prepsAround(site), new Set(['between', 'among', 'amongst']));
    // "the meeting between A and a lawyer": A alone is named, and took part (Doc.meetings keeps it).
    const named = members.filter((np) => np.refs.length);
    if (named.length === 1 && members.length >= 2) return [{ sources: named, targets: members.filter((np) => !np.refs.length) }];
    return allPairs(members);
  },
  /** "a meeting attended by A, B and C": everyone the agent list names. */
  'group-by': (site) => allPairs(governed(prepsAround(site), new Set(['by']))),
  /** "a meeting of A and B". */
  'of-list': (site) => {
    const members = governed(prepsAround(site), new Set(['of']));
    return members.length >= 2 ? allPairs(members) : [];
  },
};
