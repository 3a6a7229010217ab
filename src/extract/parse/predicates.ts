// Every verb group becomes a predicate with its arguments: the subject (the nearest phrase before
// the verb in its clause that no preposition governs, else the antecedent of a relative clause,
// else the subject of the clause it shares one with), the object (a phrase right after the verb)
// and the prepositional phrases after it in its clause. After a quotation a verb of saying may
// come before its subject ("…,” said Ada Lin).
import { lexiconSet } from '../lexicon';
import { isSpeechVerb } from './speech-verbs';
import { isRoleWord } from '../chains/role-words';
import { modalityOfWord, modalityOfWords } from './verbs';
import { inFrontedPhrase, ownerStart } from './links';
import type { Clause, Modality, NounPhrase, Predicate, PrepPhrase, VerbGroup, Word } from './types';

const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Verbs whose object does the act of the infinitive after it ("urged B to resign"). */
const OBJECT_CONTROL = new Set(['urged', 'urges', 'asked', 'asks', 'told', 'tells', 'invited', 'invites', 'encouraged', 'allowed', 'forced', 'persuaded', 'wanted', 'wants', 'expected', 'required', 'ordered', 'called', 'pressed', 'sent']);

/** Verbs by which a group is led ("a delegation led by A", "headed by B"). */
const LEADING = new Set(['led', 'headed', 'leading', 'heading', 'chaired']);
export const isLeadingVerb = (word: string): boolean => LEADING.has(word);

/** Words between a verb and its object: adverbs and particles only. */
const SKIPPABLE = new Set(['ADV', 'PART']);

let lightVerbs: Set<string> | undefined;
const isLightVerb = (word: string): boolean => (lightVerbs ??= lexiconSet('light-verbs')).has(word);

/** Words before a verb group, inside its clause, that still set its modality ("no plans to meet"). */
const LEAD_WORDS = 3;

export function buildPredicates(words: readonly Word[], verbs: readonly VerbGroup[], nps: readonly NounPhrase[], clauseOf: readonly Clause[]): Predicate[] {
  const heads = nps.filter((np) => !np.possessive);
  // Where each phrase begins, its possessor included: asked of every phrase for every verb.
  const headStarts = heads.map(ownerStart);
  // The phrase each prepositional phrase hangs on, for every verb of the sentence.
  const hostOf = new Map<NounPhrase, NounPhrase>();
  for (const np of heads) for (const pp of np.post) hostOf.set(pp.np, np);
  const byClauseVerb = new Map<Clause, Predicate[]>();
  const predicates: Predicate[] = [];
  const subjectOf = (clause: Clause, seen = new Set<Clause>()): NounPhrase[] => {
    if (seen.has(clause)) return [];
    seen.add(clause);
    const own = byClauseVerb.get(clause)?.[0];
    if (own?.subject.length) return own.subject;
    if (clause.antecedent) return [clause.antecedent];
    return clause.parent ? subjectOf(clause.parent, seen) : [];
  };

  for (const v of verbs) {
    const clause = clauseOf[v.main] as Clause;
    // The nearest phrase before the verb in its clause, past appositions and lists to their first member.
    let subject: NounPhrase | undefined;
    for (let k = heads.length - 1; k >= 0; k--) {
      const np = heads[k] as NounPhrase;
      if (np.end > v.start || clauseOf[np.head] !== clause) continue;
      if (np.prep !== undefined) continue;
      // An apposition or a list member stands for the phrase that opens it, as often as it takes
      // ("A, a professor at X and an expert in Y, told": A).
      subject = openerOf(np);
      break;
    }
    // "…,” A, director of marketing at Abc, told X": a role set off right after a person's name is
    // the name's, however the rest of the apposition parsed; the name speaks.
    if (subject?.form === 'description' && !subject.appositive && words[subject.start - 1]?.text === ',' && isSpeechVerb(words[v.main]?.lower ?? '') && isRoleWord(words[subject.head]?.text ?? '')) {
      const start = subject.start;
      const named = heads.find((np) => np.end === start - 1 && np.form === 'name' && np.kind === 'person' && clauseOf[np.head] === clause);
      if (named) subject = openerOf(named);
    }
    let object: NounPhrase | undefined;
    const relative = clause.kind === 'relative' && clause.antecedent;
    if (relative && subject && subject.start < clause.start) subject = undefined;
    if (relative && subject && clause.antecedent) object = clause.antecedent;
    // The object: a phrase right after the verb, only adverbs and particles between.
    let k = v.end;
    while (k < words.length && SKIPPABLE.has(words[k]?.pos ?? '') && clauseOf[k] === clause) k++;
    const after = heads.find((np, h) => headStarts[h] === k && np.prep === undefined && clauseOf[np.head] === clause);
    if (!object && after) object = after;
    // "a meeting he had with B": a light verb with no object after it takes the description
    // right before its subject (a relative clause with no "that").
    if (!object && subject && isLightVerb(words[v.main]?.lower ?? '')) {
      const subjectStart = ownerStart(subject);
      const before = heads.find((np) => np.end === subjectStart && np.form === 'description' && np.prep === undefined);
      if (before) object = before;
    }
    // "A and B signed a memorandum to become partners": an infinitive takes the subject of the verb
    // before it, or its object after verbs that hand the act on ("urged B to resign").
    const previous = predicates[predicates.length - 1];
    if (words[v.start]?.lower === 'to' && previous && previous.clause === clause && subject && previous.object.includes(subject)) {
      subject = OBJECT_CONTROL.has(previous.cue) ? subject : previous.subject[0] ?? subject;
    }
    let subjects = subject ? expand(subject) : [];
    // "…,” said Ada Lin: a verb of saying with no subject before it takes the phrase after it.
    if (!subjects.length && after && isSpeechVerb(words[v.main]?.lower ?? '') && !clause.parent) {
      subjects = expand(after);
      object = undefined;
    }
    const lead = leadWords(words, v, clause, clauseOf);
    // "was barred from visiting Abc": a verb that keeps its subject from the act denies it.
    const kept = words[v.start - 1]?.lower === 'from' && modalityOfWords([words[v.start - 2]?.lower ?? '', 'from']) === 'negated';
    const modality: Modality = kept ? 'negated' : v.modality === 'fact' ? modalityOfWords(lead) : v.modality;
    const p: Predicate = {
      start: v.main,
      end: v.main + 1,
      group: v.start,
      cue: words[v.main]?.lower ?? '',
      type: 'verb',
      voice: v.voice,
      modality,
      clause,
      subject: subjects,
      object: object ? expand(object) : [],
      preps: prepsOf(v, heads, hostOf, clause, clauseOf, verbs, words),
    };
    predicates.push(p);
    const list = byClauseVerb.get(clause) ?? [];
    list.push(p);
    byClauseVerb.set(clause, list);
  }
  // "Joining A at the table were B and C": a fronted participle's subject follows the copula.
  const first = predicates[0];
  const copula = predicates.find((p) => p !== first && COPULAS.has(p.cue) && p.clause === first?.clause);
  if (first && first.start === 0 && /ing$/.test(first.cue) && copula?.object.length) {
    first.subject = copula.object;
    copula.subject = copula.object;
  }
  // Clauses that share a subject take it now that every clause's own subject is known.
  for (const p of predicates) if (!p.subject.length) p.subject = subjectOf(p.clause).flatMap(expand);
  // "Under fire over having hidden the meetings with B, A stepped aside": a participle in a fronted
  // phrase with no subject of its own shares the subject of the verb after the phrase's comma.
  for (const p of predicates) {
    const participle = /(?:ing|ed|en)$/.test(p.cue) || words[p.group]?.lower === 'having';
    if (p.subject.length || !participle || !inFrontedPhrase(words, p.group)) continue;
    const main = predicates.find((x) => x.start > p.start && x.clause === p.clause && x.subject.length && !inFrontedPhrase(words, x.group));
    if (main) p.subject = main.subject;
  }
  return predicates;
}

/** A phrase as the list of phrases it stands for: every member of its list. */
export function expand(np: NounPhrase): NounPhrase[] {
  if (np.list) return [...np.list];
  // "the city of Abc and Xyz's Def": the list joined at the name the description stands for.
  const of = np.post[0]?.prep === 'of' ? np.post[0].np : undefined;
  if (of?.list && of.list[0] === of && np.refs.length && np.refs.every((r) => of.refs.includes(r))) return [np, ...of.list.slice(1)];
  return [np];
}

/** The words before a verb group that may still qualify it: adverbs, particles and words of plan or denial. */
function leadWords(words: readonly Word[], v: VerbGroup, clause: Clause, clauseOf: readonly Clause[]): string[] {
  // Found backwards, given in text order: the lead words, then the group's words before its verb.
  let first = v.start;
  while (first > 0 && v.start - first < LEAD_WORDS) {
    const w = words[first - 1] as Word;
    if (clauseOf[first - 1] !== clause || w.pos === 'PUNCT') break;
    if (!LEAD_TAGS.has(w.pos) && modalityOfWord(w.lower) === 'fact') break;
    first--;
  }
  const out: string[] = [];
  for (let k = first; k < v.main; k++) out.push((words[k] as Word).lower);
  return out;
}

const LEAD_TAGS = new Set(['ADV', 'PART', 'AUX']);

/**
 * Prepositional phrases of a verb: those after it in its clause, up to the next verb of the
 * clause, and those fronted before the clause's first phrase ("In an interview with X, A said").
 */
function prepsOf(v: VerbGroup, heads: readonly NounPhrase[], hostOf: ReadonlyMap<NounPhrase, NounPhrase>, clause: Clause, clauseOf: readonly Clause[], verbs: readonly VerbGroup[], words: readonly Word[]): PrepPhrase[] {
  const next = verbs.find((x) => x.start >= v.end && clauseOf[x.main] === clause);
  const limit = next ? next.start : Infinity;
  const first = heads.find((np) => clauseOf[np.head] === clause && np.prep === undefined && np.start < v.start);
  const out: PrepPhrase[] = [];
  for (const np of heads) {
    if (np.prep === undefined || clauseOf[np.head] !== clause || np.start >= limit || inApposition(np, hostOf)) continue;
    const nested = hostOf.has(np);
    const fronted = np.start < v.start && !nested && (!first || np.start < first.start || setOffBeforeVerb(np, v, hostOf, words));
    if (np.start >= v.end || fronted) out.push({ prep: np.prep, np });
  }
  return out;
}

/** Prepositions of a phrase set off between a subject and its verb that say where or how it spoke. */
const SET_OFF_SETTINGS = new Set(['in', 'during', 'on']);

/**
 * "A, in an interview with X, said": a phrase of setting set off by commas between the subject and
 * the verb belongs to the verb, as one fronted before the subject does.
 */
function setOffBeforeVerb(np: NounPhrase, v: VerbGroup, hostOf: ReadonlyMap<NounPhrase, NounPhrase>, words: readonly Word[]): boolean {
  if (!SET_OFF_SETTINGS.has(np.prep ?? '') || words[prepAt(np, words) - 1]?.text !== ',') return false;
  // The phrase and what hangs on it ("on Sunday") run to a comma right before the verb group.
  let end = np.end;
  for (const [child, host] of hostOf) if (host === np || hostOf.get(host) === np) end = Math.max(end, child.end);
  while (end < v.start - 1 && words[end]?.text !== ',' && words[end]?.pos !== 'VERB') end++;
  return words[end]?.text === ',' && end + 1 === v.start;
}

/** Where the preposition of a phrase stands: right before it, or before its "the". */
function prepAt(np: NounPhrase, words: readonly Word[]): number {
  return words[np.start - 1]?.pos === 'ADP' ? np.start - 1 : np.start;
}

/** A phrase after a trailing apposition ("A, an economist at X"): it tells about A, not about the verb. */
function inApposition(np: NounPhrase, hostOf: ReadonlyMap<NounPhrase, NounPhrase>): boolean {
  for (let host = hostOf.get(np), steps = 0; host && steps < 6; host = hostOf.get(host), steps++) {
    if (host.appositive && host.appositive.start < host.start) return true;
  }
  return false;
}

/** The whole chain of prepositional phrases after a phrase ("meeting at X with Y"), through lists. */
export function postChain(np: NounPhrase): PrepPhrase[] {
  const out: PrepPhrase[] = [];
  const seen = new Set<NounPhrase>();
  const walk = (n: NounPhrase): void => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const pp of n.post) {
      out.push(pp);
      walk(pp.np);
      // "vice president for business and culture at Abc": the last member carries the chain on.
      if (pp.np.list && pp.np.list[0] === pp.np) for (const m of pp.np.list.slice(1)) walk(m);
    }
  };
  walk(np);
  return out;
}

/** The phrase that opens a list or an apposition a phrase ends ("A, a professor at X and an expert in Y"). */
function openerOf(np: NounPhrase): NounPhrase {
  let cur = np;
  for (let steps = 0; steps < 4; steps++) {
    const first: NounPhrase | undefined = cur.list && cur.list[0] !== cur ? cur.list[0] : cur.appositive && cur.appositive.start < cur.start ? cur.appositive : undefined;
    if (!first) break;
    cur = first;
  }
  return cur;
}
