// Ages to people: news names the person it is about by age ("the 22-year-old", "the 76-year-old
// owner of Abc", "the 30-year-old Abcian"). Such a description stands for the one person the
// article gave that age ("Ada Lin, 76,", "76-year-old Ada Lin"), else the one it gave the noun
// ("Actor A" ... "the 60-year-old actor"); with neither, for the latest subject of a main clause
// in the last two sentences (of no other age, nor of another role; for "the 31-year-old
// midfielder", not one its own sentence names), else for the only person the article has named so far.
import type { NounPhrase, SentenceParse } from '../parse/types';
import type { Discourse } from './discourse';
import { isRoleWord } from './role-words';
import { isPersonHead, nounsOf, type TraitFact } from './traits';

/** "the 22-year-old", then any words up to the head. */
const AGED = /^the (\d{1,3}) ?- ?year ?- ?old(?: (.+))?$/;

export interface AgeFact {
  person: string;
  age: string;
  sentence: number;
}

/** The age an age description gives, when it describes a person ("the 60-year-old record" does not). */
export function describedAge(np: NounPhrase, parse: SentenceParse): string | undefined {
  if (np.form !== 'description') return undefined;
  const m = AGED.exec(np.lower);
  if (!m) return undefined;
  const head = parse.words[np.end - 1];
  return m[2] === undefined || (head && isPersonHead(head)) ? m[1] : undefined;
}

/** "Ada Lin, 76, said", "Ada Lin, aged 76,", "76-year-old Ada Lin": the ages the sentence gives its named people. */
export function agesOf(parse: SentenceParse): AgeFact[] {
  const out: AgeFact[] = [];
  const w = parse.words;
  for (const np of parse.nps) {
    if (np.form !== 'name' || np.kind !== 'person') continue;
    const person = np.refs[0] as string;
    const add = (age: string | undefined): void => {
      if (age && /^\d{1,3}$/.test(age)) out.push({ person, age, sentence: parse.sentence.index });
    };
    // After the name, set off by commas or brackets.
    const at = w[np.end + 1]?.lower === 'aged' ? np.end + 2 : np.end + 1;
    const close = w[at + 1]?.text ?? '.';
    if ((w[np.end]?.text === ',' || w[np.end]?.text === '(') && [',', '.', ')', ';'].includes(close)) add(w[at]?.text);
    // Before the name: "76 - year - old Ada Lin".
    const before = w.slice(np.start, np.nameStart).map((x) => x.lower).join(' ');
    add(/(\d{1,3}) - year - old/.exec(before)?.[1]);
  }
  return out;
}

/** What the article has said of its people so far. */
export interface PeopleFacts {
  ages: readonly AgeFact[];
  traits: readonly TraitFact[];
}

/** The people of facts up to sentence `s` that `accept` picks. */
const peopleOf = <T extends { person: string; sentence: number }>(facts: readonly T[], s: number, accept: (f: T) => boolean): Set<string> =>
  new Set(facts.filter((f) => f.sentence <= s && accept(f)).map((f) => f.person));

/** The person an age description names (see the file's head). */
export function resolveAged(np: NounPhrase, parse: SentenceParse, discourse: Discourse, facts: PeopleFacts): string[] {
  const age = describedAge(np, parse);
  if (!age) return [];
  const s = parse.sentence.index;
  const given = peopleOf(facts.ages, s, (a) => a.age === age);
  if (given.size) return given.size === 1 ? [...given] : [];
  // The nouns after the age ("the 27-year-old Abcian midfielder"): one person given one of them is the one.
  const nouns = nounsOf(parse.words, np.start, np.end);
  const called = peopleOf(facts.traits, s, (t) => nouns.includes(t.noun));
  if (called.size === 1) return [...called];
  const aged = peopleOf(facts.ages, s, () => true);
  // "Their president, A, says ... the 31-year-old midfielder": one given another role is someone else.
  const roles = nouns.filter(isRoleWord);
  const otherRole = (person: string): boolean =>
    roles.length > 0 && facts.traits.some((t) => t.person === person && t.sentence <= s && isRoleWord(t.noun) && !roles.includes(t.noun));
  for (const x of discourse.backwards()) {
    if (x.sentence < s - 2) break;
    if (x.kind !== 'person' || x.quoted || !x.main || aged.has(x.entity) || otherRole(x.entity)) continue;
    if (x.sentence === s && (x.start >= np.start || nouns.length)) continue;
    return [x.entity];
  }
  // "Abc received an approach from A ... The approach by the 76-year-old owner of Xyz": the only person named yet.
  const people = [...discourse.counts.keys()];
  return people.length === 1 && !aged.has(people[0] as string) && !otherRole(people[0] as string) ? people : [];
}
