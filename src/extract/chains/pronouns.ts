// Pronouns to entities. "I", "me", "my", "we" inside a quotation are its speaker. He/she and
// their other forms take a person of a fitting gender: the subject of the sentence when it
// comes before the pronoun, else the person earlier in the sentence, else the subject of one of
// the last three sentences, else anyone named in the last two; an object pronoun never takes
// its own verb's subject ("Ada met her"). They/them/their take a group of people named together
// (the latest list of two or more); its takes the latest body named.
import type { NounPhrase, SentenceParse } from '../parse/types';
import type { Discourse, Sighting } from './discourse';
import type { Gender, Genders } from './gender';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);
const PLURAL = new Set(['they', 'them', 'their', 'themselves']);
const FIRST = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our']);
const OBJECT = new Set(['him', 'her', 'them']);
const POSSESSIVE = new Set(['his', 'her']);
/** Sentences back that a pronoun may reach. */
const REACH = 3;

export function resolvePronoun(np: NounPhrase, parse: SentenceParse, discourse: Discourse, genders: Genders): string[] {
  const word = np.lower;
  const quoted = parse.words[np.start]?.quoted ?? false;
  if (FIRST.has(word)) return quoted ? speakerOf(np, parse, discourse) : [];
  // Inside a quotation he and she speak of someone the quotation knows; the text cannot tell who.
  if (quoted) return [];
  const s = parse.sentence.index;
  const before = discourse.inSentence(s).filter((x) => x.start < np.start && !x.quoted);
  const recent = discourse.before(s, REACH).filter((x) => !x.quoted);
  if (PLURAL.has(word)) {
    const groups = [...before, ...recent.reverse()].filter((x) => x.kind === 'person' && x.group.length >= 2);
    const latest = before.length ? groups.find((g) => g.sentence === s) ?? groups[0] : groups[0];
    return latest ? [...new Set(latest.group)] : [];
  }
  if (word === 'its') {
    // The subject of its clause when that is a thing, else the nearest thing named before it in the
    // sentence (a body, a city, a country), else the latest body.
    const clause = parse.clauseOf[np.start];
    const subject = parse.predicates.find((p) => p.clause === clause && p.start < np.start)?.subject.find((x) => x.kind && x.kind !== 'person' && x.refs.length);
    if (subject) return [...subject.refs];
    const thing = [...before].reverse().find((x) => x.kind !== 'person') ?? [...recent].reverse().find((x) => x.kind === 'institution');
    return thing ? [thing.entity] : [];
  }
  const gender: Gender = MALE.has(word) ? 'male' : FEMALE.has(word) ? 'female' : 'unknown';
  if (gender === 'unknown') return [];
  // "During her visit to Abc, Ada Lin signed": a possessive in a phrase set before the main clause
  // points ahead to its subject.
  // "Standing by his side, A said": someone else's side; the subject is ruled out, not pointed at.
  const side = besideOwner(np, parse);
  const ahead = side ? undefined : fronted(np, parse);
  if (ahead && genders.fits(ahead, gender)) return [ahead];
  const own = OBJECT.has(word) ? ownSubjects(np, parse) : side ? mainSubjects(parse) : new Set<string>();
  const fits = (x: Sighting): boolean => x.kind === 'person' && genders.fits(x.entity, gender) && !own.has(x.entity);
  // "him" takes the nearest fitting person before it in the sentence ("handed a letter from A to B
  // and told him"), its own verb's subject ruled out; "her" may be a possessive and is left as it was.
  const nearest = OBJECT.has(word) && !POSSESSIVE.has(word) ? [...before].reverse().find(fits) : undefined;
  const inSentence = nearest ?? before.find((x) => x.subject && fits(x)) ?? before.find(fits);
  if (inSentence) return [inSentence.entity];
  const bySentence = [...recent].reverse();
  // The subject of a recent sentence's main clause first, then of any clause.
  const subject = bySentence.find((x) => x.main && fits(x)) ?? bySentence.find((x) => x.subject && fits(x));
  if (subject) return [subject.entity];
  const any = bySentence.find((x) => x.sentence >= s - 2 && fits(x));
  return any ? [any.entity] : [];
}

/** Whether a possessive owns the side someone stands or sits by ("by his side", "at her side"). */
function besideOwner(np: NounPhrase, parse: SentenceParse): boolean {
  const w = parse.words;
  return POSSESSIVE.has(np.lower) && w[np.start + 1]?.lower === 'side' && /^(?:by|at)$/.test(w[np.start - 1]?.lower ?? '');
}

/** The subjects of the sentence's main clause. */
function mainSubjects(parse: SentenceParse): Set<string> {
  const main = parse.predicates.find((p) => p.clause.kind === 'main' && p.subject.length);
  return new Set(main ? main.subject.flatMap((x) => x.refs) : []);
}

/** Subjects of the predicate whose object the pronoun is. */
function ownSubjects(np: NounPhrase, parse: SentenceParse): Set<string> {
  const p = parse.predicates.find((x) => x.object.includes(np));
  return new Set(p ? p.subject.flatMap((x) => x.refs) : []);
}

/** The speaker of the quotation holding a first-person pronoun, or the paragraph's last speaker. */
function speakerOf(np: NounPhrase, parse: SentenceParse, discourse: Discourse): string[] {
  let start = np.start;
  while (start > 0 && parse.words[start - 1]?.quoted) start--;
  const speaker = parse.speakers.get(start);
  if (speaker?.refs.length) return [...speaker.refs];
  return discourse.speaker ? [discourse.speaker] : [];
}

/** The person subject of the main clause when the pronoun stands in a phrase before it. */
function fronted(np: NounPhrase, parse: SentenceParse): string | undefined {
  if (!POSSESSIVE.has(np.lower)) return undefined;
  const main = parse.predicates.find((p) => p.clause.kind === 'main' && p.start > np.start && p.subject.length);
  const subject = main?.subject[0];
  if (!subject || subject.form !== 'name' || subject.kind !== 'person' || subject.start < np.start) return undefined;
  // Only a phrase that opens the sentence, up to a comma before the subject.
  const comma = parse.words.slice(np.end, subject.start).some((w) => w.text === ',');
  return comma && !parse.words.slice(0, np.start).some((w) => w.text === ',') ? subject.refs[0] : undefined;
}
