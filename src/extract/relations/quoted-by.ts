// quoted-by: a person (or institution) → the named outlet or institution that carries their
// words. Three ways the text says so:
//   1. the speaker addresses the outlet: "A told X", "A said in an interview with X";
//   2. the outlet relays the speaker: "..., X reported", "X quoted A as saying",
//      "according to X", "X spokesman B cited A as saying";
//   3. a spokesperson of the institution relays them: "B said (that) A ...", where B is X's
//      spokeswoman by a role the article states.
import type { ExtractedEntity, ExtractedRelation } from '../types';
import { lexiconRows } from '../lexicon';
import type { RoleFact } from './affiliated-with';
import { CLAUSE_BREAK, findSubjects, mainSubject, subjectsOf } from './arguments';
import { cueClasses, cueKey, cueRegex, findCues, phraseRegex, type CueMatch } from './cues';
import { modalityOf } from './modality';
import { between, textBefore, insideItem, quoteAt, wordCount, type Item, type SentenceView } from './view';

const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|official|aide|press secretary)\b/i;

let headRegexes: { name: RegExp; around: RegExp } | undefined;

/** Capitalised outlet heads are read in names ("Abc Times"), lowercase ones around them ("newspaper"). */
function outletHeads(): { name: RegExp; around: RegExp } {
  if (!headRegexes) {
    const words = lexiconRows('outlet-heads').map((row) => row[0] ?? '');
    const name = phraseRegex(words.filter((w) => /^\p{Lu}/u.test(w)));
    headRegexes = { name: new RegExp(name.source, 'u'), around: new RegExp(phraseRegex(words.filter((w) => /^\p{Ll}/u.test(w))).source, 'u') };
  }
  return headRegexes;
}

// Compared without a leading "the": the lexicon writes "The Abc", the entity is labelled "Abc".
const bare = (n: string): string => n.toLowerCase().replace(/^the\s+/, '');
let knownOutlets: Set<string> | undefined;

/** Ids of the article's institutions whose names make them news outlets. */
export function outletEntities(entities: readonly ExtractedEntity[]): Set<string> {
  const known = (knownOutlets ??= new Set(lexiconRows('news-outlets').map((row) => bare(row[0] ?? ''))));
  const { name } = outletHeads();
  const out = new Set<string>();
  for (const e of entities) {
    if (e.kind !== 'institution') continue;
    // A head may be hyphenated on ("Abc-Post"); an outlet's service keeps its name first ("Abc World").
    const firstWord = bare(e.label).split(/\s+/)[0] ?? '';
    if ([e.label, ...e.aliases].some((n) => known.has(bare(n)) || name.test(n.replace(/-/g, ' '))) || (e.label.includes(' ') && known.has(firstWord))) out.add(e.id);
  }
  return out;
}

/** An outlet by name, or by the words around it ("the news agency X", "X newspaper", "X's Y programme"). */
function isOutlet(view: SentenceView, item: Item, outlets: ReadonlySet<string>): boolean {
  if (outlets.has(item.entity)) return true;
  const before = between(view, Math.max(view.sentence.start, item.start - 30), item.start).split(/\s+/).slice(-4).join(' ');
  // An apposition may put a word or two before its noun ("X, the national public broadcaster").
  const after = between(view, item.end, item.end + 40).split(/\s+/).slice(0, 5).join(' ');
  return outletHeads().around.test(`${before} ${after}`);
}

/** The outlet named right after a cue ("told the official news agency X"), with "X's Y" giving both. */
function outletAfter(view: SentenceView, cueEnd: number): Item[] {
  const first = view.items.find((i) => i.start >= cueEnd && i.via === 'name');
  if (!first || first.kind !== 'institution') return [];
  const gap = between(view, cueEnd, first.start);
  if (wordCount(gap) > 4 || /[,;:"“”]/.test(gap) || CLAUSE_BREAK.test(gap)) return [];
  const found = [first];
  const next = view.items.find((i) => i.start > first.end);
  if (first.possessive && next?.kind === 'institution' && /^['’]s?\s+$/.test(between(view, first.end, next.start))) found.push(next);
  return found;
}

/** The outlet standing before a report cue, possibly through relay words or a spokesperson's name. */
function outletBefore(view: SentenceView, cueStart: number): { outlet: Item; relayed: boolean } | undefined {
  const before = view.items.filter((i) => i.end <= cueStart && !quoteAt(view, i.start));
  const outlet = [...before].reverse().find((i) => i.kind === 'institution');
  if (!outlet) return undefined;
  let gap = between(view, outlet.end, cueStart);
  for (const p of before.filter((i) => i.start >= outlet.end && i.kind === 'person')) gap = gap.replace(between(view, p.start, p.end), ' ');
  gap = gap.replace(/^['’]s?/, '');
  const rest = gap.replace(cueRegex('relay-words'), ' ').replace(/\b(?:state|official|news|its|the)\b/gi, ' ');
  if (wordCount(rest) > 0 || /[,;:"“”]/.test(gap)) return undefined;
  return { outlet, relayed: SPOKESPERSON.test(gap) };
}

/** An institution speaking for itself right before a cue ("the Harbour Council told X", "its spokesman told X"). */
function institutionRightBefore(view: SentenceView, cueStart: number): Item[] {
  const found = outletBefore(view, cueStart);
  return found && !view.items.some((i) => i.kind === 'person' && i.start >= found.outlet.end && i.end <= cueStart) ? [found.outlet] : [];
}

/** "A, speaking to X, said", "A, quoted by X, said": a participle set off by commas after a name belongs to it. */
function participleAfterName(view: SentenceView, cue: CueMatch): Item[] | undefined {
  if (!/^(?:\p{L}+ing|quoted|cited)\b/iu.test(cue.text)) return undefined;
  const person = [...view.items].reverse().find((i) => i.end <= cue.start);
  return person?.kind === 'person' && /^\s*,\s*$/.test(between(view, person.end, cue.start)) ? [person] : undefined;
}

/** People who speak in the sentence: subjects of speech verbs outside quotations. */
function speakers(view: SentenceView, skip: CueMatch): Item[] {
  const found: Item[] = [];
  for (const verb of findCues('speech-verbs', view.sentence.text, view.sentence.start)) {
    if (verb.start === skip.start || quoteAt(view, verb.start) || insideItem(view, verb.start, verb.end)) continue;
    // ", expressing hopes ...": a participle after a comma belongs to the main subject.
    const participle = /,\s*$/.test(between(view, view.sentence.start, verb.start)) && /ing$/i.test(verb.text);
    found.push(...(participle ? mainSubject(view, verb.start) : findSubjects(view, verb.start)));
  }
  return found;
}

/** The first person after a cue, within the rest of the clause ("cited A as saying", "said A ..."). */
function personAfter(view: SentenceView, cueEnd: number, maxGap: number): Item[] {
  const first = view.items.find((i) => i.start >= cueEnd && i.kind === 'person' && !quoteAt(view, i.start));
  if (!first || wordCount(between(view, cueEnd, first.start)) > maxGap) return [];
  return [first];
}

function quoted(source: string, target: string, view: SentenceView, rule: string): ExtractedRelation {
  return { source, target, relation: 'quoted-by', evidence: [view.evidence], rule: `quoted-by:${rule}` };
}

export function extractQuotedBy(views: SentenceView[], roles: RoleFact[], outlets: ReadonlySet<string>): ExtractedRelation[] {
  const reportSide = cueClasses('report-cues');
  const spokesOf = new Map<string, string>();
  for (const r of roles) if (r.target && SPOKESPERSON.test(r.role)) spokesOf.set(r.person, r.target);
  const out: ExtractedRelation[] = [];
  for (const view of views) {
    if (!view.items.some((i) => i.kind === 'institution' || spokesOf.has(i.entity))) continue;
    // 1. The speaker addresses the outlet.
    for (const cue of findCues('outlet-cues', view.sentence.text, view.sentence.start)) {
      if (insideItem(view, cue.start, cue.end) || modalityOf(textBefore(view, cue.start)) === 'negated') continue;
      const addressed = outletAfter(view, cue.end).filter((o) => isOutlet(view, o, outlets));
      if (!addressed.length) continue;
      const people = subjectsOf(view, cue.start);
      const speakers = people.length ? people : (participleAfterName(view, cue) ?? institutionRightBefore(view, cue.start));
      for (const speaker of speakers) {
        for (const o of addressed) out.push(quoted(speaker.entity, o.entity, view, `addressed:${cueKey(cue.text)}`));
      }
    }
    // 2. The outlet relays the speaker.
    for (const cue of findCues('report-cues', view.sentence.text, view.sentence.start)) {
      if (insideItem(view, cue.start, cue.end) || quoteAt(view, cue.start)) continue;
      const key = cueKey(cue.text);
      let outlet: Item | undefined;
      let people: Item[] = [];
      if (reportSide.get(key) === 'after') {
        outlet = outletAfter(view, cue.end)[0];
        if (outlet) people = speakers(view, cue);
      } else {
        const found = outletBefore(view, cue.start);
        outlet = found?.outlet;
        if (found && /^(?:quoted|cited|cites|quotes)$/.test(key)) people = personAfter(view, cue.end, 2);
        else if (found?.relayed) people = personAfter(view, cue.end, 12);
        else if (found) people = speakers(view, cue);
      }
      if (!outlet) continue;
      for (const p of people) out.push(quoted(p.entity, outlet.entity, view, `relayed:${key}`));
    }
    // 3. A spokesperson of an institution relays someone's words.
    for (const verb of findCues('speech-verbs', view.sentence.text, view.sentence.start)) {
      if (quoteAt(view, verb.start)) continue;
      const speaker = findSubjects(view, verb.start).find((s) => spokesOf.has(s.entity));
      const institution = speaker ? spokesOf.get(speaker.entity) : undefined;
      if (!speaker || !institution) continue;
      for (const p of personAfter(view, verb.end, 12)) {
        if (p.entity !== speaker.entity) out.push(quoted(p.entity, institution, view, 'spokesperson'));
      }
    }
  }
  return out;
}
