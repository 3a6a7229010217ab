// The one engine that runs every relation spec over the parsed article: it finds each spec's
// cues in each sentence, places them (the predicate whose verb a cue holds, or the phrase a cue
// noun stands in), reads their modality, runs their frames, turns the phrases a frame pairs into
// entities, and keeps what the contract allows. Every firing is traced for `--explain`.
import { RELATIONS } from '../../schema';
import type { Evidence } from '../../types';
import { lexiconSet } from '../lexicon';
import { modalityOfWords } from '../parse/verbs';
import type { Modality, NounPhrase, Predicate, SentenceParse } from '../parse/types';
import type { ExtractedRelation } from '../types';
import { CueIndex, cueWords, type CueMatch } from './cue-index';
import { CUE_FRAMES, SENTENCE_FRAMES } from './frames';
import { isAvowal, objectOf, purposeOf } from './frames/arguments';
import type { Doc, Pairing, Party, SentenceFrame, Site } from './site';
import { SPECS, type RelationSpec } from './specs';

export interface Firing {
  sentence: number;
  relation: string;
  rule: string;
  source: string;
  target: string;
  outcome: 'kept' | 'planned' | 'negated' | 'dropped';
}

/** Verbs whose complement clause they deny ("denied that he had met B"). */
const DENIALS = new Set(['denied', 'denies', 'deny', 'denying', 'dismissed', 'rejected', 'disputed', 'refuted']);

const known = new Set(Object.keys(CUE_FRAMES));

/** A spec made ready to run: its cue indexes in the order of its cues, and its cue-less frames with their rule names. */
interface Compiled {
  spec: RelationSpec;
  indexes: CueIndex[];
  always: Array<{ frame: SentenceFrame; rule: string }>;
}

/** Every spec, all indexes built at once on first use. */
let compiled: Compiled[] | undefined;

function compiledSpecs(): Compiled[] {
  compiled ??= SPECS.map((spec) => ({
    spec,
    indexes: spec.cues.map((source) => new CueIndex(source.lexicon, source.frames ?? [], known)),
    always: spec.always.flatMap((name) => {
      const frame = SENTENCE_FRAMES[name];
      return frame ? [{ frame, rule: `${spec.relation}:${name}` }] : [];
    }),
  }));
  return compiled;
}

/** Where a cue stands: the predicate whose main verb it holds, else the phrase holding its last word. */
function place(parse: SentenceParse, match: CueMatch): { predicate?: Predicate; np?: NounPhrase } {
  const predicate = parse.predicates.find((p) => p.start >= match.start && p.start < match.end);
  if (predicate) return { predicate };
  const last = match.end - 1;
  const np = parse.nps.find((n) => !n.possessive && n.start <= last && last < n.end && n.form !== 'pronoun');
  return np ? { np } : {};
}

/** The called-off cues lowercased and padded with a space each side, sought as whole words. */
let calledOff: string[] | undefined;

/** Whether the statement a cue makes stands as done, planned or denied. */
function modalityAt(parse: SentenceParse, at: { predicate?: Predicate; np?: NounPhrase }): Modality {
  const p = at.predicate;
  if (p) {
    const parent = p.clause.kind === 'complement' ? parse.predicates.find((x) => x.clause === p.clause.parent && x.start < p.start) : undefined;
    if (parent && DENIALS.has(parent.cue)) return 'negated';
    // "would not say whether she had met B": an open question states nothing.
    if (p.clause.kind === 'subordinate' && p.clause.opener === 'whether') return 'negated';
    return p.modality;
  }
  const np = at.np;
  if (!np) return 'fact';
  // "A meeting between A and B was cancelled", "no talks were held", "her planned trip was called off".
  calledOff ??= [...lexiconSet('called-off-cues')].map((c) => ` ${c.toLowerCase()} `);
  for (const x of parse.predicates) {
    if (!x.subject.includes(np)) continue;
    const words = ` ${parse.words.slice(Math.max(0, x.start - 3), x.end + 1).map((w) => w.lower).join(' ')} `;
    if (calledOff.some((c) => words.includes(c))) return 'negated';
  }
  const own = modalityOfWords(np.modifiers);
  if (own !== 'fact') return own;
  // "will fly to Abc for talks with B": the talks are as planned as the trip.
  const purpose = purposeOf(parse, np);
  if (purpose) return purpose.modality;
  const verb = objectOf(parse, np);
  // "called off her visit", where the parse reads "off" as the noun's preposition.
  const off = parse.predicates.find((p) => p.voice === 'active' && p.preps.some((pp) => pp.prep === 'off' && pp.np === np));
  if (off && modalityOfWords([off.cue, 'off']) === 'negated') return 'negated';
  if (!verb) return 'fact';
  // "did not disclose the meetings with B": the meetings took place all the same (not "any meeting").
  if (isAvowal(verb.cue) && !/^(?:any|no)$/.test(parse.words[np.start]?.lower ?? '')) return 'fact';
  // "cancelled his trip", "called off her meeting": a verb that calls its object off denies it.
  const next = parse.words[verb.end];
  if (verb.voice === 'active' && modalityOfWords(next?.lower === 'off' ? [verb.cue, 'off'] : [verb.cue]) === 'negated') return 'negated';
  return verb.modality;
}

export interface EngineResult {
  relations: ExtractedRelation[];
  firings: Firing[];
}

export function runSpecs(doc: Doc): EngineResult {
  const relations: ExtractedRelation[] = [];
  const firings: Firing[] = [];
  const labels = new Map(doc.ctx.entities.map((e) => [e.id, e.label]));
  const label = (id: string): string => labels.get(id) ?? id;
  const specs = compiledSpecs();
  for (const parse of doc.parses) {
    // A sentence left unparsed has no words, phrases, predicates or roles: no cue or frame finds anything there.
    if (!parse.words.length) continue;
    // Every pairing takes an end from the sentence: a phrase's entities, a name inside one, a role
    // it states. A sentence with none of these makes no relation, except that a meeting's cue may
    // bring back the people of a meeting told of before ("the group also attended the talks").
    const named = doc.rolesBySentence.has(parse.sentence.index) || parse.nps.some((np) => np.refs.length > 0 || np.qualifiers.length > 0);
    const cueText = cueWords(parse.words);
    const evidence: Evidence = { article: doc.ctx.id, sentence: parse.sentence.text, start: parse.sentence.start, end: parse.sentence.end };
    const emit = (spec: RelationSpec, pairing: Pairing, modality: Modality, rule: string): void => {
      for (const s of entities(pairing.sources)) {
        for (const t of entities(pairing.targets)) {
          if (!fits(spec, s, t, doc)) continue;
          const outcome = modality === 'negated' ? 'negated' : modality === 'planned' && spec.plans === 'drop' ? 'dropped' : modality === 'planned' && spec.plans === 'status' ? 'planned' : 'kept';
          firings.push({ sentence: parse.sentence.index, relation: spec.relation, rule, source: label(s), target: label(t), outcome });
          if (outcome === 'negated' || outcome === 'dropped') continue;
          // Each relation its own evidence object: its date is set per relation later.
          const relation: ExtractedRelation = { source: s, target: t, relation: spec.relation, evidence: [{ ...evidence }], rule };
          if (pairing.role) relation.role = pairing.role;
          if (outcome === 'planned') relation.status = 'planned';
          relations.push(relation);
        }
      }
    };
    for (const { spec, indexes, always } of specs) {
      if (!named && !spec.group) continue;
      // 1. Cues: each placed, its modality read, its frames run.
      for (const index of cueText.indexes ? indexes : []) {
        for (const match of index.match(cueText)) {
          if (inName(parse, match)) continue;
          const at = place(parse, match);
          const site: Site = { parse, match, predicate: at.predicate, np: at.np, modality: modalityAt(parse, at) };
          const found: Pairing[] = [];
          for (const frame of match.cue.frames) {
            for (const pairing of CUE_FRAMES[frame]?.(site, doc) ?? []) {
              found.push(pairing);
              emit(spec, pairing, pairing.modality ?? site.modality, `${spec.relation}:${frame}:${match.cue.text}`);
            }
          }
          if (spec.group && found.length) {
            const people = [...new Set(found.flatMap((p) => [...entities(p.sources), ...entities(p.targets)]))].filter((e) => doc.kindOf.get(e) === 'person');
            if (people.length > 2 && people.length <= TABLE && !apart(parse)) {
              for (let a = 0; a < people.length; a++) for (let b = a + 1; b < people.length; b++) emit(spec, { sources: [people[a] as string], targets: [people[b] as string] }, site.modality, `${spec.relation}:group:${match.cue.text}`);
            }
            // One named person with others unnamed ("A met a lawyer") is a meeting others may join later.
            if (people.length >= 1 && site.modality !== 'negated') doc.meetings.push({ sentence: parse.sentence.index, participants: people });
          }
        }
      }
      // 2. Frames with no cue.
      for (const { frame, rule } of always) {
        for (const pairing of frame(parse, doc)) emit(spec, pairing, pairing.modality ?? 'fact', rule);
      }
    }
  }
  return { relations, firings };
}

/** Most people at one table (GOLD: talks among up to five people make every pair met-with). */
const TABLE = 5;

let apartWords: string[] | undefined;
/** The sentence says its people met one by one ("separately", "in turn"). */
function apart(parse: SentenceParse): boolean {
  apartWords ??= [...lexiconSet('separately-cues')].map((w) => ` ${w.toLowerCase()} `);
  // Hyphens read as spaces, so "one-on-one" is the cue "one on one".
  const text = ` ${parse.words.map((w) => w.lower).join(' ')} `.replace(/ each other /g, ' ').replace(/ - /g, ' ');
  // "a call to A and to B", "paid a call on A and on B": a preposition said again after "and"
  // makes separate meetings; "on" only so ("talks with A and B, on the sidelines of ...").
  return apartWords.some((w) => text.includes(w)) || / (?:and|,) (?:to|with) /.test(text) || / on .* (?:and|,) on /.test(text);
}

/** A cue inside a name ("Meeting Street") is no cue. */
function inName(parse: SentenceParse, match: CueMatch): boolean {
  return parse.nps.some((np) => np.form === 'name' && match.start >= np.nameStart && match.start < np.end);
}

function entities(parties: readonly Party[]): string[] {
  const out: string[] = [];
  for (const p of parties) for (const id of typeof p === 'string' ? [p] : p.refs) if (!out.includes(id)) out.push(id);
  return out;
}

function fits(spec: RelationSpec, source: string, target: string, doc: Doc): boolean {
  const schema = RELATIONS[spec.relation];
  const s = doc.kindOf.get(source);
  const t = doc.kindOf.get(target);
  if (!s || !t || source === target) return false;
  return (schema.sources.includes(s) && schema.targets.includes(t)) || (!schema.directed && schema.sources.includes(t) && schema.targets.includes(s));
}
