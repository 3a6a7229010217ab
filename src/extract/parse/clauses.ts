// Clauses: the sentence cut where a quotation opens or closes, at semicolons, colons, dashes and
// brackets, before a subordinator or relative word that opens a clause with a verb of its own,
// after a verb of saying whose complement follows ("said (that) ..."), and at a conjunction or
// comma that starts a new verb. A relative clause set off by commas is embedded: the words after
// it continue the clause before it. Clauses with no subject of their own point to the clause
// whose subject they share (participles, coordinated verbs, fronted "When meeting A, ...").
import { isSentenceEnd, ownerStart, tailEnd } from './links';
import { isReportVerb, isSpeechVerb } from './speech-verbs';
import { ByPosition } from './positions';
import type { Clause, ClauseKind, NounPhrase, VerbGroup, Word } from './types';
import { isQuoteMark } from './words';

const HARD = new Set([';', ':', '(', ')', '[', ']', '—', '–', '--']);
const OPEN_ASIDE = new Set(['(', '[']);
const CLOSE_ASIDE = new Set([')', ']']);
const DASHES = new Set(['—', '–', '--']);
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'although', 'though', 'if', 'unless', 'since', 'until', 'whereas', 'once', 'as', 'whether', 'whenever', 'where']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'so']);


export interface ClauseSplit {
  clauses: Clause[];
  clauseOf: Clause[];
}

export function splitClauses(words: readonly Word[], verbs: readonly VerbGroup[], nps: readonly NounPhrase[]): ClauseSplit {
  const verbAt = new ByPosition<VerbGroup>(words.length + 1);
  for (const v of verbs) for (let k = v.start; k < v.end; k++) verbAt.set(k, v);
  const npEndingAt = new ByPosition<NounPhrase>(words.length + 1);
  for (const np of nps) if (!np.possessive) npEndingAt.set(np.end, np);
  const npStartingAt = new ByPosition<NounPhrase>(words.length + 1);
  for (const np of nps) if (!np.possessive && !npStartingAt.has(ownerStart(np))) npStartingAt.set(ownerStart(np), np);

  const clauses: Clause[] = [];
  const clauseOf: Clause[] = [];
  const open = (kind: ClauseKind, start: number, extra: Partial<Clause> = {}): Clause => {
    // Every field from the start: clauses of one shape keep their readers on one hidden class.
    const c: Clause = { id: clauses.length, kind, start, end: start, antecedent: extra.antecedent, parent: extra.parent, opener: extra.opener };
    clauses.push(c);
    return c;
  };
  /** A verb group starts within the next few words, before any comma or hard mark. */
  const verbSoon = (from: number, reach = 8): boolean => {
    for (let k = from; k < Math.min(words.length, from + reach); k++) {
      const w = words[k] as Word;
      if (w.text === ',' || HARD.has(w.text) || isQuoteMark(w)) return false;
      if (verbAt.has(k)) return true;
    }
    return false;
  };

  // "Speaking to X, A said", "Asked by X whether ..., A said": a fronted participle.
  const fronted = !words[0]?.quoted && words[0]?.pos === 'VERB' && verbAt.get(0)?.start === 0 && /(?:ing|ed|en)$/.test(words[0]?.lower ?? '');
  let cur = open(words[0]?.quoted ? 'quote' : fronted ? 'participle' : 'main', 0);
  /** The clause an embedded relative interrupted, resumed after it. */
  let resume: Clause | undefined;
  /** Clauses interrupted by brackets or dashes, and the marks that end each aside. */
  const asides: Array<{ clause: Clause; close: ReadonlySet<string> }> = [];
  /** A phrase and a verb of saying (or the verb, then a phrase) that end the sentence. */
  const reportingFrom = (at: number): boolean => {
    const np = npStartingAt.get(at);
    // The phrase may carry an apposition: "…, Ada Lin, an expert at Abc, told X."
    const appositive = np?.appositive && np.appositive.start > np.start ? np.appositive : undefined;
    const verbAt2 = np ? (appositive ? tailEnd(appositive) + (words[tailEnd(appositive)]?.text === ',' ? 1 : 0) : np.end) : at;
    const v = verbAt.get(verbAt2);
    if (!v || v.start !== verbAt2 || !isReportVerb(words[v.main]?.lower ?? '')) return false;
    // "…, said Ada Lin.": the verb first, then its speaker (a person), for verbs of saying only.
    const next = npStartingAt.get(v.end);
    if (!np && (!isSpeechVerb(words[v.main]?.lower ?? '') || next?.form !== 'name' || next.kind !== 'person')) return false;
    // After the verb: its speaker (inverted) or its object ("told the Abc Times"), then the end.
    const after = next ? tailEnd(next) : np ? v.end : undefined;
    // "…, Abc said, without elaborating.": an adjunct after a comma may close it.
    return after !== undefined && (isSentenceEnd(words, after) || words[after]?.text === ',');
  };
  /** The clause a quotation interrupted, when it stood inside that clause with no comma before it. */
  let quotedFrom: Clause | undefined;
  const clauseBeforeQuote = (at: number): Clause | undefined => {
    let open = at - 1;
    while (open > 0 && words[open - 1]?.quoted) open--;
    const lead = words[open - 1];
    if (!quotedFrom || open === 0 || !lead || lead.pos === 'PUNCT' || quotedFrom.kind === 'quote') return undefined;
    // A verb of saying right after the quotation attributes it: a clause of its own.
    if (words[at]?.text === ',' || verbAt.has(at)) return undefined;
    return quotedFrom;
  };
  /** A phrase starting at `at` and a finite verb right after it (not a participle: "a group led by A"). */
  const subjectThenVerb = (at: number): boolean => {
    const np = npStartingAt.get(at);
    const v = np ? verbAt.get(np.end) : undefined;
    if (!np || !v || v.start !== np.end) return false;
    return !(v.start === v.main && /(?:ed|en)$/.test(words[v.main]?.lower ?? '') && words[v.end]?.lower === 'by');
  };
  /**
   * A past participle right after a comma, with no auxiliary, before a preposition, and with the
   * sentence's verb still to come: it qualifies the phrase before ("Lviv, twinned with Winnipeg, ...").
   */
  const participleAfter = (at: number): boolean => {
    const v = verbAt.get(at);
    const w = words[at];
    if (!v || !w || v.start !== at || v.main !== at || w.pos !== 'VERB' || !/(?:ed|en)$/.test(w.lower) || isSpeechVerb(w.lower)) return false;
    if (words[at + 1]?.pos !== 'ADP') return false;
    return verbs.some((x) => x.start > at + 1 && !words[x.main]?.quoted);
  };
  /** A participle right after a description set off after a name ("A, a lawyer representing B,"). */
  const participleInApposition = (at: number): boolean => {
    const v = verbAt.get(at);
    const d = npEndingAt.get(at);
    const w = words[at];
    if (!v || v.start !== at || !w || w.pos !== 'VERB' || !/(?:ing|ed)$/.test(w.lower) || d?.form !== 'description') return false;
    return words[d.start - 1]?.text === ',' && npEndingAt.get(d.start - 1)?.form === 'name';
  };
  const hasVerb = (c: Clause, before: number): boolean => {
    for (let k = c.start; k < before; k++) if (clauseOf[k] === c && verbAt.has(k)) return true;
    return false;
  };
  const mainBefore = (): Clause | undefined => [...clauses].reverse().find((c) => c.kind === 'main' || c.kind === 'quote');

  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const prev = words[i - 1];
    const quoteChange = i > 0 && prev !== undefined && (w.quoted !== prev.quoted || isQuoteMark(w));
    // Every mark the sets below hold is one or two characters: a longer word is none of them.
    const mark = w.text.length <= 2;
    if (quoteChange && !(isQuoteMark(w) && w.quoted === prev.quoted)) {
      // A quotation inside a clause ("he found it "hard to believe" A would ...") leaves it going on;
      // one that opens right after a phrase continues what that phrase says ("said the king “affirmed …”").
      const before = w.quoted ? undefined : clauseBeforeQuote(i);
      const continues = w.quoted && npEndingAt.has(i) && prev?.pos !== 'PUNCT';
      if (w.quoted) quotedFrom = cur;
      cur = before ?? open(w.quoted ? 'quote' : 'main', i, continues ? { parent: cur, antecedent: npEndingAt.get(i) as NounPhrase } : {});
      resume = undefined;
    } else if (mark && (OPEN_ASIDE.has(w.text) || (DASHES.has(w.text) && !asides.length && words.slice(i + 1).some((x) => DASHES.has(x.text))))) {
      // Brackets and paired dashes hold an aside; the clause goes on after it.
      asides.push({ clause: cur, close: OPEN_ASIDE.has(w.text) ? CLOSE_ASIDE : DASHES });
      cur = open('subordinate', i, { parent: cur, opener: w.text });
    } else if (mark && asides.length && asides[asides.length - 1]?.close.has(w.text)) {
      clauseOf[i] = cur;
      cur = (asides.pop() as { clause: Clause }).clause;
      continue;
    } else if (mark && DASHES.has(w.text) && !w.quoted && words[i + 1]?.pos === 'VERB' && words[i + 1]?.lower.endsWith('ing')) {
      // "A spoke about X – telling Abc that ...": a participle after a dash shares the main subject.
      cur = open('participle', i + 1, { parent: mainBefore() ?? cur });
      resume = undefined;
    } else if (mark && HARD.has(w.text)) {
      cur = open(w.quoted ? 'quote' : 'main', i);
      resume = undefined;
    } else if ((w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'SCONJ') && i > 0 && RELATIVES.has(w.lower)) {
      // "A, who met B, said" / "the man who met B": the phrase before is what the word stands for.
      const comma = prev?.text === ',';
      const nearest = npEndingAt.get(comma ? i - 1 : i) ?? (comma ? npEndingAt.get(i - 1) : undefined);
      // "A, an economist at the Abc University, who added": "who" stands for the person the chain is about.
      const antecedent = w.lower === 'who' && nearest?.kind !== undefined && nearest.kind !== 'person' ? chainHost(nps, nearest) : nearest;
      const after = words[i + 1];
      // "that" opens a relative clause only right before its verb ("the man that met A").
      const complement = w.lower === 'that' && (!antecedent || !verbAt.has(i + 1));
      if (complement) {
        cur = open('complement', i, { parent: cur, opener: w.lower });
      } else if (antecedent && after && (verbSoon(i + 1, 6) || w.lower === 'whom' || w.lower === 'whose')) {
        // "A, a former head of Abc who now runs Xyz, said": inside a subject's apposition, still
        // before the clause's verb, the relative ends at a comma too.
        const inApposition = !hasVerb(cur, i) && words.slice(cur.start, i).some((x, k) => x.text === ',' && clauseOf[cur.start + k] === cur);
        if (comma || inApposition) resume = cur;
        cur = open('relative', i, { antecedent, parent: cur, opener: w.lower });
      }
    } else if (w.lower === 'as' && prev?.text === ',' && reportingFrom(i + 1)) {
      // "…, as the Abc Times reported.": a closing report.
      cur = open('reporting', i, { opener: 'as' });
      resume = undefined;
    } else if ((w.pos === 'SCONJ' || w.pos === 'ADP' || w.pos === 'ADV') && SUBORDINATORS.has(w.lower) && verbSoon(i + 1)) {
      cur = open('subordinate', i, { parent: cur, opener: w.lower });
      resume = undefined;
    } else if (cur.kind === 'relative' && !resume && cur.parent && verbAt.get(i)?.start === i && hasVerb(cur, i) && npEndingAt.has(i) && !COORDINATORS.has(prev?.lower ?? '')) {
      // "The lawyer who met A in May sought B": a second verb after the relative's own, with no
      // comma or conjunction, is the main clause's.
      cur = cur.parent;
    } else if (participleInApposition(i) && cur.kind !== 'participle' && !hasVerb(cur, i)) {
      // "A, a lawyer representing B, told X": a participle inside a subject's apposition ends at the comma.
      resume = cur;
      cur = open('participle', i, { antecedent: npEndingAt.get(i) as NounPhrase, parent: cur });
    } else if (w.text === ',' && resume && (cur.kind === 'relative' || cur.kind === 'participle')) {
      // The end of an embedded relative clause: the interrupted clause goes on.
      const next = words[i + 1];
      // "said A, who is a professor, to the Abc Times": a preposition after it goes back to the clause too.
      if (next && (verbAt.has(i + 1) || (next.pos === 'ADP' && next.lower !== 'of' && hasVerb(resume, i)))) {
        cur = resume;
        resume = undefined;
      }
    } else if (w.text === ',' && words[i + 1]?.pos === 'VERB' && /ing$/.test(words[i + 1]?.lower ?? '') && verbAt.get(i + 1)?.start === i + 1) {
      // ", saying ...", ", adding that ...": a participle shares the main clause's subject; before the
      // main verb ("A, speaking to X, said") it belongs to the phrase before and the clause goes on after it.
      const antecedent = npEndingAt.get(i);
      const embedded = antecedent !== undefined && !hasVerb(cur, i) && cur.kind !== 'participle';
      clauseOf[i] = cur;
      if (embedded) resume = cur;
      else resume = undefined;
      cur = open('participle', i + 1, embedded ? { antecedent, parent: cur } : { parent: mainBefore() ?? cur });
      continue;
    } else if (w.pos === 'CCONJ' && COORDINATORS.has(w.lower) && verbAt.has(i + 1)) {
      // "A met B and visited C": the second verb shares the subject (inside a relative clause too);
      // after an infinitive ("A urged B to wait and spoke with C") it shares the governing verb's.
      const infinitive = cur.kind === 'complement' && cur.parent !== undefined && words.slice(cur.start, i).some((x) => x.lower === 'to' && x.pos === 'PART');
      const shared = infinitive ? (cur.parent as Clause) : cur;
      cur = open(shared.kind === 'quote' ? 'quote' : shared.kind === 'relative' ? 'relative' : 'main', i, { parent: shared, ...(shared.antecedent ? { antecedent: shared.antecedent } : {}) });
    } else if (w.text === ',' && !w.quoted && cur.kind !== 'reporting' && reportingFrom(i + 1)) {
      // "…, the Abc agency reported.", "…, said Ada Lin.": a closing clause that reports the rest.
      cur = open('reporting', i + 1);
      resume = undefined;
    } else if (w.text === ',' && !w.quoted && participleAfter(i + 1)) {
      // "Lviv, twinned with Winnipeg, ...", "A, quoted by X, said": a participle of the phrase before.
      const antecedent = npEndingAt.get(i);
      if (antecedent) {
        resume = cur;
        cur = open('participle', i + 1, { antecedent, parent: cur });
        clauseOf[i] = resume;
        continue;
      }
    } else if (w.text === ',' && (cur.kind === 'subordinate' || (cur.kind === 'participle' && cur.start === 0)) && (verbAt.has(i + 1) || (npStartingAt.has(i + 1) && verbSoon(i + 1)))) {
      // "When meeting A on Monday, B said": the fronted clause ends, the main clause resumes; so
      // does a fronted participle a subordinate clause ends ("Asked by X whether …, B said").
      const frontedParent = cur.parent?.kind === 'participle' && cur.parent.start === 0;
      cur = cur.parent && cur.parent.end <= cur.start && cur.parent.kind !== 'subordinate' && !frontedParent ? cur.parent : open('main', i + 1);
      resume = undefined;
    } else if (w.pos === 'CCONJ' && COORDINATORS.has(w.lower) && npStartingAt.has(i + 1) && verbSoon(i + 1) && hasVerb(cur, i)) {
      // ", and B visited C", "A met B and C visited D": a new clause with its own subject; not
      // within a subject with no verb yet ("Her aide, A, and B attended").
      cur = open(cur.kind === 'quote' ? 'quote' : 'main', i);
      resume = undefined;
    } else if (i > 0 && verbAt.get(i - 1)?.end === i && isSpeechVerb(words[verbAt.get(i - 1)?.main ?? -1]?.lower ?? '') && subjectThenVerb(i)) {
      // "A said B had met C": the complement has a subject of its own.
      cur = open('complement', i, { parent: cur });
    }
    clauseOf[i] = cur;
    cur.end = i + 1;
  }
  for (const c of clauses) c.end = Math.max(c.end, c.start);
  // A fronted participle shares the subject of the clause that follows it.
  const first = clauses[0];
  if (first?.kind === 'participle' && !first.parent) {
    const next = clauses.find((c) => c.start > first.start && (c.kind === 'main' || c.kind === 'quote'));
    if (next) first.parent = next;
  }
  return { clauses, clauseOf };
}

/** The outermost phrase whose chain of prepositions ends with `np` ("an economist" for "at X" in "an economist at X"). */
function chainHost(nps: readonly NounPhrase[], np: NounPhrase): NounPhrase {
  let cur = np;
  for (let steps = 0; steps < 6; steps++) {
    const host = nps.find((x) => x.post.some((pp) => pp.np === cur));
    if (!host) break;
    cur = host;
  }
  return cur;
}
