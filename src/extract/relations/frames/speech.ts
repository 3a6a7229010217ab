// quoted-by frames: a speaker's words reach an outlet or institution. The speaker addresses it
// ("A told X", "A said in an interview with X", "A wrote in X", "A said on X"); it relays the
// speaker ("X reported (that) A said", "X quoted A as saying", "…,” X reported", "A statement
// from X said A …"); it is named with the words ("according to X", "according to a translation
// provided by X"); it owns the speaker ("X's A says"); or a spokesperson of an institution
// relays them ("a White House official said the president …", "…, according to Abc's spokesman").
import { isMedium, isOwnWords, isSpeechVerb } from '../../parse/speech-verbs';
import { expand, postChain } from '../../parse/predicates';
import type { NounPhrase, Predicate, PrepPhrase, SentenceParse } from '../../parse/types';
import { lastWord } from '../../parse/words';
import type { Doc, Frame, Pairing, Party, SentenceFrame } from '../site';
import { lexiconRows, lexiconSet } from '../../lexicon';
import { governed } from './arguments';
import { isPressRole, journalistOutlets, outletOf } from './outlets';

const TELL = new Set(['told', 'tells', 'tell', 'telling']);
const WRITES = new Set(['wrote', 'writes', 'write', 'writing', 'written', 'posted', 'posts', 'tweeted', 'published']);
/** Prepositions by which words reach an outlet ("said to X", "said on X", "wrote in X"). */
const CHANNEL_PREPS = new Set(['to', 'on', 'in', 'with', 'for', 'via', 'through']);
const BY = new Set(['by', 'from']);

let relays: Set<string> | undefined;
/** People and papers through which an institution speaks ("spokesman", "statement"), relay-words.txt. */
const isRelay = (word: string): boolean => (relays ??= lexiconSet('relay-words')).has(word);

let personRelays: Set<string> | undefined;
/** Relay words by which a person speaks too ("A's spokesman"), relay-words.txt rows marked `person`. */
const isPersonRelay = (word: string): boolean =>
  (personRelays ??= new Set(lexiconRows('relay-words').filter((row) => row[1] === 'person').map((row) => row[0] ?? ''))).has(word);

/**
 * The person an unnamed spokesperson speaks for: "A's spokesman", "his spokeswoman", "a spokesman
 * for A". A spokesperson the text names ("A's spokesman, B, told X") is the speaker.
 */
function principalOf(np: NounPhrase): NounPhrase | undefined {
  if (np.form !== 'description' || np.refs.length || !isPersonRelay(lastWord(np.lower))) return undefined;
  if (np.possessor?.kind === 'person') return np.possessor;
  const pp = np.post[0];
  return pp?.prep === 'for' && pp.np.kind === 'person' ? pp.np : undefined;
}

/** A predicate whose verb group holds a verb of saying ("said", "expressing hopes"). */
const saying = (parse: SentenceParse, p: Predicate): boolean => parse.words.slice(p.group, p.end).some((w) => isSpeechVerb(w.lower));

/** The head word of a phrase, lowercased. */
const headWord = (np: NounPhrase): string => lastWord(np.lower);

/** Speakers: people and institutions (a quoted body speaks for itself), a spokesperson's principal. */
const speakersIn = (nps: readonly NounPhrase[]): NounPhrase[] =>
  nps.flatMap(expand).map((np) => principalOf(np) ?? np).filter((np) => np.kind === 'person' || np.kind === 'institution');

/** Participles that carry words to an outlet ("remarks published by X", "an interview broadcast on X"). */
/** Verbs whose object is an interview one gives ("gave an interview to X", "did an interview with X"). */
const GIVING = new Set(['gave', 'give', 'gives', 'giving', 'given', 'granted', 'grant', 'grants', 'did', 'do', 'does', 'doing']);
const CARRIERS = new Set(['published', 'broadcast', 'aired', 'carried', 'posted', 'printed', 'televised', 'released', 'issued', 'shown']);

/**
 * The outlets a medium phrase points to: "an interview with X", "a Fox News interview", "X's
 * column", "a commentary in X", "remarks published by X". In a medium's frame any body named is
 * taken as an outlet: the words say it publishes.
 */
function outletsOfMedium(np: NounPhrase, parse: SentenceParse, doc: Doc): string[] {
  if (np.form !== 'description' || !isMedium(headWord(np))) return [];
  const out = np.qualifiers.filter((q) => doc.outlets.has(q.entity)).map((q) => q.entity);
  const owner = np.possessor ? outletOf(np.possessor, doc.outlets) : undefined;
  if (owner) out.push(owner);
  const carrier = parse.predicates.find((p) => p.group >= np.end && p.group - np.end <= 2 && parse.words.slice(p.group, p.end).some((w) => CARRIERS.has(w.lower)));
  const chain = [...postChain(np), ...(carrier ? carrier.preps.filter((pp) => pp.np.start > carrier.start) : [])];
  for (const pp of chain) {
    if (!CHANNEL_PREPS.has(pp.prep) && !BY.has(pp.prep)) continue;
    out.push(...outletsOf(pp.np, doc.outlets));
    // "an interview with Abc political editor B": the interviewer's outlet.
    out.push(...pp.np.qualifiers.filter((q) => doc.outlets.has(q.entity)).map((q) => q.entity));
    if (pp.np.kind === 'institution' && pp.np.form === 'name' && pp.np.refs[0]) out.push(pp.np.refs[0]);
  }
  return [...new Set(out)];
}

/** The outlets a phrase names: itself, or its owners too ("the Abc's Morning programme", "Abc Radio's Xyz's Hour"). */
function outletsOf(np: NounPhrase, outlets: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let x: NounPhrase | undefined = np; x; x = x.possessor) {
    const id = outletOf(x, outlets);
    if (id !== undefined) out.push(id);
  }
  return out;
}

/**
 * "A told Abc prices would rise", "A told the Abc website B was wrong": with no "that", the outlet
 * told runs on into the next clause's subject ("Abc prices", "the Abc website B"); an outlet's
 * name opening the phrase right after the verb is the one told.
 */
function toldRunOn(p: Predicate, parse: SentenceParse, doc: Doc): string[] {
  const np = parse.nps.find((x) => x.start === p.end && x.form !== 'pronoun');
  const opener = np?.qualifiers[0];
  const at = np && parse.words[np.start]?.lower === 'the' ? np.start + 1 : np?.start;
  return opener && opener.start === at && doc.outlets.has(opener.entity) ? [opener.entity] : [];
}

/** The outlets a speech predicate addresses: its object ("told X"), its prepositions, their media. */
function channelsOf(p: Predicate, parse: SentenceParse, doc: Doc): string[] {
  const out: string[] = [];
  if (TELL.has(p.cue)) {
    // "told Abc", "told Abc reporter B", "told B of the Abc Times": a journalist's outlet is told.
    for (const o of p.object) out.push(...outletsOf(o, doc.outlets), ...journalistOutlets(o, parse.sentence.index, doc));
    if (!p.object.length) out.push(...toldRunOn(p, parse, doc));
  }
  for (const pp of p.preps) {
    // "During an interview with Abc, A said": a medium's time is a channel too.
    if (pp.prep === 'during') out.push(...outletsOfMedium(pp.np, parse, doc));
    if (!CHANNEL_PREPS.has(pp.prep)) continue;
    out.push(...outletsOf(pp.np, doc.outlets), ...outletsOfMedium(pp.np, parse, doc));
    // "A writes in X", "A posted on X": what one writes in or posts on is a publication.
    if (WRITES.has(p.cue) && (pp.prep === 'in' || pp.prep === 'on' || pp.prep === 'for') && pp.np.form === 'name' && pp.np.kind === 'institution' && pp.np.refs[0]) out.push(pp.np.refs[0]);
  }
  return [...new Set(out)];
}

/** The institution a relaying phrase speaks for: "a White House official", "Abc's spokesman", "a statement from Abc". */
function relayedBy(np: NounPhrase, doc: Doc): string | undefined {
  if (np.form === 'name' && np.kind === 'institution') return np.refs[0];
  if (np.form === 'name' && np.kind === 'person') {
    const id = np.refs[0];
    const role = (doc.rolesByPerson.get(id ?? '') ?? []).find((r) => r.target && doc.kindOf.get(r.target) === 'institution' && r.role.toLowerCase().split(/\s+/).some(isRelay));
    return role?.target;
  }
  if (np.form !== 'description' || !isRelay(headWord(np))) return undefined;
  const named = np.qualifiers.find((q) => q.kind === 'institution')?.entity ?? (np.possessor?.kind === 'institution' ? np.possessor.refs[0] : undefined);
  if (named) return named;
  for (const pp of postChain(np)) {
    if (!BY.has(pp.prep) && pp.prep !== 'of' && pp.prep !== 'at' && pp.prep !== 'for') continue;
    if (pp.np.kind === 'institution' && pp.np.refs[0]) return pp.np.refs[0];
    const via = pp.np.appositive?.kind === 'institution' ? pp.np.appositive.refs[0] : undefined;
    if (via) return via;
  }
  return np.appositive?.kind === 'institution' ? np.appositive.refs[0] : undefined;
}

/**
 * Who is reported in the clauses a predicate governs: the subjects of verbs of saying there (an
 * outlet reports words), or of any verb (a spokesperson speaks for the person), and quotation speakers.
 */
function reportedIn(parse: SentenceParse, p: Predicate, anyVerb: boolean): NounPhrase[] {
  // A closing report ("…, Abc reported") governs all that comes before it.
  const inner = p.clause.kind === 'reporting'
    ? parse.predicates.filter((x) => x.start < p.clause.start && !parse.words[x.start]?.quoted && x.clause.kind !== 'relative')
    : parse.predicates.filter((x) => x !== p && x.clause.parent === p.clause && x.start > p.start);
  const subjects = speakersIn(inner.filter((x) => anyVerb || saying(parse, x)).flatMap((x) => x.subject)).filter((np) => np.kind === 'person');
  const quoted = [...parse.speakers.values()].filter((np) => !p.subject.includes(np));
  // "…, according to A, as X reported": A's words are what X reports.
  const sources = p.clause.kind === 'reporting' ? parse.nps.filter((np) => np.prep === 'according to' && np.start < p.start && np.kind === 'person') : [];
  return [...subjects, ...quoted, ...sources].filter((np) => !p.subject.includes(np));
}

/**
 * "A told X", "A said in an interview with X", "A Labour spokesman told X" (the party speaks), and
 * "an official told X that A said …" (X reports A's words too).
 */
const channelFrame: Frame = (site, doc) => {
  const p = site.predicate;
  if (!p || p.voice === 'passive' || site.parse.words[p.start]?.quoted) return [];
  const channels = channelsOf(p, site.parse, doc);
  if (!channels.length) return [];
  const speakers: Party[] = speakersIn(p.subject);
  if (!speakers.length) for (const s of p.subject) { const body = relayedBy(s, doc); if (body && s.form === 'description') speakers.push(body); }
  const relayed = reportedIn(site.parse, p, false).filter((np) => np.kind === 'person');
  return [{ sources: [...speakers, ...relayed], targets: channels }];
};

const QUOTING = /^(?:quoted|quotes|quote|quoting|cited|cites|cite|citing)$/;

/**
 * "X reported that A said …", "…, X reported", "A statement from X said A …", "X quoted A as
 * saying", "X reported, citing A, that …", and a relay: "a White House official said the president …".
 */
const reportsFrame: Frame = (site, doc) => {
  const p = site.predicate;
  if (!p || p.voice === 'passive' || site.parse.words[p.start]?.quoted) return [];
  const outlet = p.subject.map((s) => outletOf(s, doc.outlets)).find((x): x is string => x !== undefined);
  // A spokesperson or official speaks for the person ("a spokesman said A would resign"); a body
  // itself, like an outlet, only relays what the person said ("Abc said A had told it ...").
  const spokes = outlet ? undefined : p.subject.find((s) => s.form !== 'name' || s.kind === 'person');
  const relay = outlet ? undefined : p.subject.map((s) => relayedBy(s, doc)).find((x): x is string => x !== undefined);
  const by = outlet ?? relay;
  if (!by) return [];
  const objects = QUOTING.test(p.cue) ? p.object.filter((o) => o.kind === 'person') : [];
  const reported = objects.length ? objects : reportedIn(site.parse, p, relay !== undefined && spokes !== undefined);
  return reported.length ? [{ sources: reported, targets: [by] }] : [];
};

/** "A was quoted by X as saying", "A, quoted by X, said", "A was interviewed by X", "Asked by X, A said". */
const passiveQuotedFrame: Frame = (site, doc) => {
  const p = site.predicate;
  if (!p) return [];
  const agents = governed(p.preps, new Set(['by', 'in'])).flatMap((np) => [...outletsOf(np, doc.outlets), ...outletsOfMedium(np, site.parse, doc)]);
  const speakers = speakersIn(p.subject);
  // "A Lin attorney contacted by Abc, Bo Tan, denied": a participle right before "by" is passive too.
  const reduced = /(?:ed|en)$/.test(p.cue) && site.parse.words[p.end]?.lower === 'by';
  return agents.length && speakers.length && (p.voice === 'passive' || p.clause.kind === 'participle' || reduced) ? [{ sources: speakers, targets: agents }] : [];
};

/** "…,” said A, as reported by Abc": an "as" clause reporting by an outlet closes the speaker's words. */
const asReportedFrame: Frame = (site, doc) => {
  const p = site.predicate;
  return p && p.clause.kind === 'subordinate' && p.clause.opener === 'as' ? passiveQuotedFrame(site, doc) : [];
};

export const SPEECH_FRAMES: Readonly<Record<string, Frame>> = {
  'speaker-channel': channelFrame,
  'outlet-reports': reportsFrame,
  'passive-quoted': passiveQuotedFrame,
  'as-reported': asReportedFrame,
};

/** Speakers of the sentence outside quotations: subjects of its verbs of saying. */
function sentenceSpeakers(parse: SentenceParse): NounPhrase[] {
  return speakersIn(parse.predicates.filter((p) => isSpeechVerb(p.cue) && !parse.words[p.start]?.quoted).flatMap((p) => p.subject));
}

/** "According to X, A said …", "A …, according to a translation provided by X", "…, according to Abc's spokesman". */
const accordingTo: SentenceFrame = (parse, doc) => {
  const out: Pairing[] = [];
  for (const np of parse.nps) {
    if (np.prep !== 'according to' || parse.words[np.start]?.quoted) continue;
    let channel = outletOf(np, doc.outlets) ?? outletsOfMedium(np, parse, doc)[0] ?? relayedBy(np, doc);
    // "a translation provided by X", "a copy obtained by X": the agent of the participle after it.
    if (!channel) {
      const next = parse.predicates.find((p) => p.start >= np.end && p.start - np.end <= 4);
      const agent = next ? governed(next.preps, BY)[0] : undefined;
      channel = agent ? (outletOf(agent, doc.outlets) ?? relayedBy(agent, doc) ?? (agent.kind === 'institution' ? agent.refs[0] : undefined)) : undefined;
    }
    if (!channel && np.kind === 'institution') channel = np.refs[0];
    if (!channel) continue;
    let speakers = sentenceSpeakers(parse);
    // A verb of saying whose speaker the text does not name leaves the words unattributed.
    const unnamed = parse.predicates.some((p) => !parse.words[p.start]?.quoted && saying(parse, p) && !speakersIn(p.subject).length);
    if (!speakers.length && !unnamed) {
      // Else what the clause it closes (or opens) says: its subject is the source's speaker.
      // ", according to X" set off by a comma speaks for the whole sentence: its main clause.
      const setOff = parse.words[np.start - 3]?.text === ',';
      const open = (p: Predicate): boolean => p.start < np.start && !parse.words[p.start]?.quoted;
      const before = (setOff ? parse.predicates.find((p) => open(p) && p.clause.kind === 'main' && p.subject.length) : undefined)
        ?? [...parse.predicates].reverse().find((p) => open(p) && !(setOff && p.clause.kind === 'relative'));
      const clause = before ?? parse.predicates.find((p) => p.start > np.end && !parse.words[p.start]?.quoted);
      speakers = clause ? speakersIn(clause.subject).filter((s) => s.kind === 'person') : [];
    }
    // "according to Abc's statement": the statement's owner speaks.
    if (np.possessor?.kind === 'person') speakers = [np.possessor];
    out.push({ sources: speakers.filter((s) => s.refs[0] !== channel && !s.refs.includes(np.refs[0] ?? '')), targets: [channel] });
  }
  return out;
};

/** "The BBC's A says", "CNN's A reported": an outlet owning the speaker carries their words. */
const outletPossessor: SentenceFrame = (parse, doc) => {
  const out: Pairing[] = [];
  for (const p of parse.predicates) {
    if (parse.words[p.start]?.quoted) continue;
    // "The video quotes Abc's presenter A as saying": the quoted person's outlet carries the words.
    const people = isSpeechVerb(p.cue) ? p.subject : QUOTING.test(p.cue) ? p.object : [];
    for (const s of people) {
      if (s.form !== 'name' || s.kind !== 'person') continue;
      const owner = outletOf(s.possessor, doc.outlets);
      if (owner) out.push({ sources: [s], targets: [owner] });
    }
  }
  return out;
};

/** "BBC political editor A said", "A, the Abc Times' correspondent, said": a journalist's outlet carries their words. */
const outletJournalist: SentenceFrame = (parse, doc) => {
  const out: Pairing[] = [];
  // Only outlets carry a journalist's words: an article that names none has nothing to find.
  if (!doc.outlets.size) return out;
  for (const s of sentenceSpeakers(parse)) {
    if (s.form !== 'name' || s.kind !== 'person') continue;
    const id = s.refs[0];
    const outlets = (doc.rolesByPerson.get(id ?? '') ?? []).filter((r) => r.sentence === parse.sentence.index && r.target !== undefined && doc.outlets.has(r.target) && isPressRole(r.role));
    if (outlets.length) out.push({ sources: [s], targets: [...new Set(outlets.map((r) => r.target as string))] });
  }
  return out;
};

/** A phrase a clause is set in ("in an interview", "during a visit"). */
const setIn = (pp: PrepPhrase): boolean => pp.prep === 'in' || pp.prep === 'during';

/**
 * "In an interview with X, A compared ...", "A made the remarks in an interview with X", "A gave
 * an interview to X": words said in a medium the clause is set in, or that its verb gives, reach its outlet.
 */
const interviewSetting: SentenceFrame = (parse, doc) => {
  const out: Pairing[] = [];
  for (const p of parse.predicates) {
    if (parse.words[p.start]?.quoted || isSpeechVerb(p.cue) || p.voice === 'passive') continue;
    // Most verbs are set in no medium and give none: nothing to look for.
    if (!GIVING.has(p.cue) && !p.preps.some(setIn)) continue;
    const set = p.preps.filter(setIn);
    const fronted = set.filter((pp) => pp.np.start < p.start).flatMap((pp) => outletsOfMedium(pp.np, parse, doc));
    // After the verb only a person's own words count ("made the remarks in an interview with Abc",
    // not "began her career in an Abc programme"), and only outlets: a speech names its audience.
    const after = [...set.filter((pp) => pp.np.start > p.start).map((pp) => pp.np), ...(GIVING.has(p.cue) ? p.object : [])].filter((np) => isOwnWords(headWord(np)));
    const outlets = [...fronted, ...after.flatMap((np) => outletsOfMedium(np, parse, doc)).filter((id) => doc.outlets.has(id))];
    // Speakers only where a medium is set: most verbs have none.
    if (!outlets.length) continue;
    const speakers = speakersIn(p.subject).filter((np) => np.kind === 'person');
    if (speakers.length) out.push({ sources: speakers, targets: [...new Set(outlets)] });
  }
  return out;
};

export const SPEECH_SENTENCE_FRAMES: Readonly<Record<string, SentenceFrame>> = {
  'interview-setting': interviewSetting,
  'according-to': accordingTo,
  'outlet-possessor': outletPossessor,
  'outlet-journalist': outletJournalist,
};
