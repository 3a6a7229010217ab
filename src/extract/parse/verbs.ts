// Verb groups: auxiliaries, adverbs, "not" and "to" around verbs, ending in the main verb
// ("is expected to meet", "did not visit", "has reportedly met"). Each knows its voice and
// whether it states a fact, a plan or a denial (planned-cues.txt, negation-cues.txt). A gerund
// the tagger read as a noun after a subordinator ("after meeting with A") is taken as a verb.
import { isRoleWord } from '../chains/role-words';
import { gazetteer } from '../entities/gazetteer';
import { lexiconRows, lexiconSet } from '../lexicon';
import type { Modality, VerbGroup, Word } from './types';
import { isReportVerb } from './speech-verbs';
import { startsLower } from './words';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'get', 'got', 'gets', 'getting']);
const IRREGULAR_PARTICIPLES = new Set([
  'met', 'held', 'led', 'told', 'sent', 'found', 'made', 'said', 'brought', 'bought', 'caught', 'taught', 'thought',
  'kept', 'left', 'lost', 'paid', 'put', 'read', 'run', 'set', 'shot', 'sat', 'spent', 'stood', 'struck', 'won', 'hung',
  'hit', 'hurt', 'cut', 'quit', 'heard', 'built', 'felt', 'fought', 'sought', 'understood', 'held', 'dealt', 'meant',
]);
/** Simple past forms that are never nouns ("A shook hands with B", however the tagger read "shook"). */
const IRREGULAR_PAST = new Set([
  'shook', 'spoke', 'took', 'gave', 'went', 'came', 'wrote', 'began', 'drove', 'flew', 'rose', 'chose', 'broke',
  'threw', 'grew', 'knew', 'drew', 'fled', 'sold', 'swore', 'forgot', 'forgave', 'sang', 'rang', 'ate', 'stole',
]);
/** Words after which an -ing noun is a gerund with the clause's subject ("after meeting A"). */
const GERUND_LEADS = new Set(['after', 'before', 'while', 'when', 'since', 'by', 'without', 'upon', 'on', 'for', 'of', 'from', 'about', 'in', 'besides', 'including', 'like']);

const isParticiple = (w: string): boolean => w.endsWith('ed') || w.endsWith('en') || w.endsWith('wn') || IRREGULAR_PARTICIPLES.has(w);

/**
 * The cues lowercased, sought as whole words: as one pattern of them all padded with a space each
 * side (a text's words are joined by spaces and padded too), one pass over the text instead of
 * one a cue; and as they are, for one word alone, which only a cue of that very word can match.
 */
let cueWords: { planned: RegExp; negated: RegExp; plannedWords: Set<string>; negatedWords: Set<string> } | undefined;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (cues: readonly string[]): RegExp => (cues.length ? new RegExp(cues.map((c) => ` ${escapeRegExp(c)} `).join('|')) : /(?!)/);

function modalityWords(): { planned: RegExp; negated: RegExp; plannedWords: Set<string>; negatedWords: Set<string> } {
  if (!cueWords) {
    const planned = lexiconRows('planned-cues').map((r) => (r[0] ?? '').toLowerCase());
    const negated = lexiconRows('negation-cues').map((r) => (r[0] ?? '').toLowerCase());
    cueWords = { planned: anyOf(planned), negated: anyOf(negated), plannedWords: new Set(planned), negatedWords: new Set(negated) };
  }
  return cueWords;
}

/** Whether words (lowercased, before a cue in its own group or phrase) deny it or make it a plan. */
export function modalityOfWords(words: readonly string[]): Modality {
  if (!words.length) return 'fact';
  if (words.length === 1) return modalityOfWord(words[0] as string);
  return modalityOfText(` ${words.join(' ')} `);
}

/** modalityOfWords of one word (a token: no space in it), with no array around it: only a cue of that very word can match. */
export function modalityOfWord(word: string): Modality {
  const { plannedWords, negatedWords } = modalityWords();
  return negatedWords.has(word) ? 'negated' : plannedWords.has(word) ? 'planned' : 'fact';
}

/** The words padded with a space each side: the cues are sought as whole words. */
function modalityOfText(text: string): Modality {
  const { planned, negated } = modalityWords();
  if (negated.test(text)) return 'negated';
  if (planned.test(text)) return 'planned';
  return 'fact';
}

/** Possessive determiners that must own a noun ("his", not "her", which may be an object). */
const OWNERS = new Set(['his', 'its', 'their', 'our', 'my', 'your']);
/** Participles by which words reach an outlet ("remarks broadcast by X"). */
const CARRIERS = new Set(['broadcast', 'published', 'aired', 'carried', 'posted', 'printed', 'televised']);
/** Words that float after a subject before its verb ("A and B each met C"). */
const FLOATING = new Set(['each', 'both', 'all', 'also', 'jointly', 'together', 'later', 'then', 'first', 'again']);
/** Words after which a participle before a noun qualifies it ("with visiting Mayor A", "the acting chief"). */
const ADJECTIVE_LEADS = new Set(['DET', 'ADP']);

const MODALS = new Set(['will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might', 'must']);
const TIME_NOUNS = new Set(['week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'autumn', 'fall', 'winter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Where a modal stands before a time ("this week", "on Monday", "later this month") right before word `i`; -1 if none. */
function modalBeforeTime(words: readonly Word[], i: number): number {
  if (!TIME_NOUNS.has(words[i - 1]?.lower ?? '')) return -1;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const w = words[k] as Word;
    if (MODALS.has(w.lower)) return k;
    if (!/^(?:this|next|last|later|early|on|in|the|each)$/.test(w.lower)) return -1;
  }
  return -1;
}

let modifierSet: Set<string> | undefined;
const roleModifiers = (): Set<string> => (modifierSet ??= lexiconSet('role-modifiers'));

/**
 * "Standing beside him, A said": a capitalised -ing word opening the sentence, before a
 * preposition and a comma further on, is a participle when it is an English word made from an
 * English verb ("stand", "sit"), not a name such as a city's.
 */
function frontedParticiple(words: readonly Word[]): boolean {
  const w = words[0];
  if (!w || (w.pos !== 'PROPN' && w.pos !== 'NOUN') || !/^\p{Lu}\p{Ll}+ing$/u.test(w.text) || words[1]?.pos !== 'ADP' || !words.some((x) => x.text === ',')) return false;
  const english = gazetteer().englishWords;
  const stem = w.lower.slice(0, -3);
  return english.has(w.lower) && (english.has(stem) || english.has(`${stem}e`) || (/(.)\1$/.test(stem) && english.has(stem.slice(0, -1))));
}

/** Nouns the tagger may take for verbs after a name or nationality, which English never uses as verbs. */
const NEVER_VERBS = new Set(['counterpart', 'counterparts', 'headquarters']);

/** Articles and possessives, after which a past form and a noun make one phrase ("an emailed statement"). */
const QUALIFIED_LEADS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Retags -ing nouns that are gerunds (after a subordinator, before what they govern), and
 * participles that qualify a noun after a determiner or another preposition ("visiting").
 */
export function retagGerunds(words: Word[]): void {
  const opener = words[0];
  if (opener && frontedParticiple(words)) opener.pos = 'VERB';
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    const lead = words[i - 1] as Word;
    const after = words[i + 1];
    // "his Japanese and Korean counterparts", "Abc's Xyz headquarters": a noun that is never a
    // verb; "think tank" before the name it introduces is one noun ("the Abc think tank Xyz").
    if (w.pos === 'VERB' && (NEVER_VERBS.has(w.lower) || (w.lower === 'think' && after?.lower === 'tank' && words[i + 2]?.pos === 'PROPN'))) {
      w.pos = 'NOUN';
      continue;
    }
    if (w.pos === 'VERB' && w.lower.endsWith('ing') && ADJECTIVE_LEADS.has(lead.pos) && !GERUND_LEADS.has(lead.lower) && !FLOATING.has(lead.lower) && after && (after.pos === 'PROPN' || after.pos === 'NOUN' || after.pos === 'ADJ')) {
      w.pos = 'ADJ';
      continue;
    }
    // "in an emailed statement", "the proposed law": a past form between an article or a possessive
    // and a noun qualifies the noun.
    if (w.pos === 'VERB' && w.lower.endsWith('ed') && QUALIFIED_LEADS.has(lead.lower) && after?.pos === 'NOUN') {
      w.pos = 'ADJ';
      continue;
    }
    // "anchor and managing editor A": an -ing word that widens a role (role-modifiers.txt) before it qualifies it.
    if (w.pos === 'VERB' && w.lower.endsWith('ing') && after && isRoleWord(after.text) && roleModifiers().has(w.lower)) {
      w.pos = 'ADJ';
      continue;
    }
    if ((w.pos === 'ADJ' || w.pos === 'NOUN') && IRREGULAR_PAST.has(w.lower) && (lead.pos === 'PROPN' || lead.pos === 'PRON' || FLOATING.has(lead.lower))) {
      w.pos = 'VERB';
      continue;
    }
    // "A and B each held talks", "A also met B": a past form after a subject or a floating word is a verb.
    if ((w.pos === 'ADJ' || w.pos === 'NOUN') && isParticiple(w.lower) && (lead.pos === 'PRON' || FLOATING.has(lead.lower) || (lead.pos === 'PROPN' && after?.pos !== 'NOUN' && after?.pos !== 'PROPN'))) {
      w.pos = 'VERB';
      continue;
    }
    // "IMF Managing Director": a capitalised word before a proper noun inside a sentence is a name's.
    if (w.pos === 'VERB' && after?.pos === 'PROPN' && lead.pos !== 'PUNCT' && /^\p{Lu}/u.test(w.text)) {
      w.pos = 'PROPN';
      continue;
    }
    // ", communicating with A and meeting with B": an -ing word after a comma or conjunction,
    // before what it governs, is a verb.
    if (w.pos === 'NOUN' && w.lower.endsWith('ing') && (lead.text === ',' || lead.pos === 'CCONJ') && after && ['ADP', 'DET', 'PROPN', 'PRON', 'SCONJ'].includes(after.pos)) {
      w.pos = 'VERB';
      continue;
    }
    // "A, who chairs the committee": a word right after "who" is its verb.
    if ((w.pos === 'NOUN' || w.pos === 'ADJ') && lead.lower === 'who' && after && after.pos !== 'VERB' && after.pos !== 'AUX') {
      w.pos = 'VERB';
      continue;
    }
    // "remarks broadcast live by X": a participle that carries words, after a noun.
    if (w.pos === 'NOUN' && CARRIERS.has(w.lower) && lead.pos === 'NOUN') {
      w.pos = 'VERB';
      continue;
    }
    // "Abc's relationship with Xyz dates back to": a name then an -s word before an adverb or
    // preposition is a verb, not a noun the name qualifies; but not before an adverb and a verb
    // ("Abc insiders anonymously told").
    // So is one before "to" and a verb ("A plans to meet B"), unless it names talks ("Abc talks to resume").
    // "met his EU counterparts in Abc": after a possessive and a name, the -s word heads the phrase the possessive opens.
    if (w.pos === 'NOUN' && lead.pos === 'PROPN' && /[^s]s$/.test(w.lower) && !NEVER_VERBS.has(w.lower) && !OWNERS.has(words[i - 2]?.lower ?? '') && after && (after.pos === 'ADV' || after.pos === 'ADP' || after.pos === 'DET' || toVerb(words, i)) && after.lower !== 'of' && !(after.pos === 'ADV' && words[i + 2]?.pos === 'VERB')) {
      w.pos = 'VERB';
      continue;
    }
    // "…, the Abc Times reports.": an -s verb of reporting after a name set off by a comma, closing
    // the clause, is the reporting verb ("…, the Abc Times reported." is read so already).
    if (w.pos === 'NOUN' && lead.pos === 'PROPN' && w.lower.endsWith('s') && isReportVerb(w.lower) && (after?.text === '.' || after?.text === ',') && setOffName(words, i - 1)) {
      w.pos = 'VERB';
      continue;
    }
    // "A will this week visit B", "A will on Monday meet B": a word after a modal and a time is its
    // verb, and the time stands in the verb group as an adverb would ("will soon visit").
    const modal = w.pos !== 'ADP' && w.pos !== 'PUNCT' && startsLower(w.text) ? modalBeforeTime(words, i) : -1;
    if (modal >= 0) {
      w.pos = 'VERB';
      for (let k = modal + 1; k < i; k++) (words[k] as Word).pos = 'ADV';
      continue;
    }
    // "including", "excluding" introduce examples, and "according to" a source: no clause of their own.
    if (w.lower === 'including' || w.lower === 'excluding' || (w.lower === 'according' && after?.lower === 'to')) {
      w.pos = 'ADP';
      continue;
    }
    // "Ada's meeting with Bo", "the minister's address to Congress": a verb form after a
    // possessive, with no object, is a noun.
    const objectAfter = after !== undefined && (after.pos === 'DET' || after.pos === 'PRON' || after.pos === 'PROPN');
    if (w.pos === 'VERB' && (w.lower.endsWith('ing') || !objectAfter) && (lead.lower === "'s" || lead.lower === "'") && (words[i - 2]?.pos === 'PROPN' || words[i - 2]?.pos === 'NOUN')) {
      w.pos = 'NOUN';
      continue;
    }
    // "her two-day stay in Abc": a bare verb form after a hyphenated compound is the noun it qualifies.
    if (w.pos === 'VERB' && !/(?:ing|ed)$/.test(w.lower) && lead.pos === 'NOUN' && words[i - 2]?.text === '-' && words[i - 2]?.end === lead.start) {
      w.pos = 'NOUN';
      continue;
    }
    // "met in turn with", "at work": a bare verb form after a preposition is a noun.
    if (w.pos === 'VERB' && lead.pos === 'ADP' && lead.lower !== 'to' && !/(?:ing|ed)$/.test(w.lower)) {
      w.pos = 'NOUN';
      continue;
    }
    // "are today meeting A": an -ing word after a form of "be" is a verb.
    if (w.pos !== 'NOUN' || !w.lower.endsWith('ing')) continue;
    if (isBe(words, i - 1) || ((lead.pos === 'ADV' || /^(?:today|tonight|now)$/.test(lead.lower)) && isBe(words, i - 2))) {
      w.pos = 'VERB';
      continue;
    }
    if (!GERUND_LEADS.has(words[i - 1]?.lower ?? '')) continue;
    const next = words[i + 1];
    if (next && (next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'ADP' || next.pos === 'ADV')) w.pos = 'VERB';
  }
}

/** Word `last` ends capitalised words (with "the" before them, maybe) that follow a comma. */
function setOffName(words: readonly Word[], last: number): boolean {
  let k = last;
  while (k >= 0 && words[k]?.pos === 'PROPN') k--;
  if (words[k]?.lower === 'the') k--;
  return k < last && words[k]?.text === ',';
}

/** "to" and a verb after word i, unless word i names talks ("Abc talks to resume"). */
function toVerb(words: readonly Word[], i: number): boolean {
  return words[i + 1]?.lower === 'to' && words[i + 2]?.pos === 'VERB' && words[i]?.lower !== 'talks';
}

/** Participles that qualify a person's title or name ("the visiting minister", "acting President A"). */
const QUALIFYING = new Set(['visiting', 'acting', 'outgoing', 'incoming']);
/** Most title words between such a participle and the name it qualifies ("visiting Chilean Foreign Minister A"). */
const MAX_TITLE = 5;

/**
 * "told visiting Foreign Minister A", "met visiting Senator B": a qualifying participle right after
 * a verb, before a person's title and name, qualifies the person; the verb before it is the main
 * one. And a role word right before a person's name is a noun.
 */
export function retagQualifiers(words: Word[], people: ReadonlySet<number>): void {
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as Word;
    // "Abc forward A", "Abc prop A", "Abc fly-half A": a role word between a name and a person's
    // name is a noun, whatever verb or adverb the tagger took it for.
    const glued = words[i + 1]?.text === '-' && words[i + 1]?.start === w.end && words[i + 2]?.start === words[i + 1]?.end;
    const end = glued ? i + 3 : i + 1;
    if ((w.pos === 'VERB' || w.pos === 'ADV') && words[i - 1]?.pos === 'PROPN' && people.has(end) && startsLower(w.text) && isRoleWord(glued ? `${w.lower}-${words[i + 2]?.lower}` : w.lower)) {
      for (let k = i; k < end; k += 2) (words[k] as Word).pos = 'NOUN';
      continue;
    }
    if (w.pos !== 'VERB' || !QUALIFYING.has(w.lower) || words[i - 1]?.pos !== 'VERB') continue;
    let k = i + 1;
    while (k <= i + MAX_TITLE && !people.has(k) && (words[k]?.pos === 'PROPN' || words[k]?.pos === 'NOUN' || words[k]?.pos === 'ADJ')) k++;
    if (people.has(k)) w.pos = 'ADJ';
  }
}

/** "had no plans to meet", "declined an invitation to visit": an infinitive a negation just before governs. */
function infinitiveDenied(words: readonly Word[], start: number): boolean {
  if (words[start]?.lower !== 'to') return false;
  const lead: string[] = [];
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const w = words[k] as Word;
    if (w.pos === 'PUNCT' || w.quoted !== words[start]?.quoted) break;
    lead.unshift(w.lower);
  }
  return modalityOfWords(lead) === 'negated';
}

const inGroup = (w: Word): boolean =>
  w.pos === 'VERB' || w.pos === 'AUX' || (w.pos === 'PART' && (w.lower === 'not' || w.lower === "n't" || w.lower === 'to')) || (w.pos === 'ADV' && w.lower !== 'as');

/** A form of "be" at word k ("'s" only after a pronoun: "Ada's meeting" is a possessive). */
function isBe(words: readonly Word[], k: number): boolean {
  return BE.has(words[k]?.lower ?? '') && (words[k]?.lower !== "'s" || words[k - 1]?.pos === 'PRON');
}

export function verbGroups(words: readonly Word[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < words.length) {
    if (!inGroup(words[i] as Word)) {
      i++;
      continue;
    }
    const start = i;
    let main = -1;
    while (i < words.length && inGroup(words[i] as Word) && !(words[i]?.quoted !== words[start]?.quoted)) {
      const w = words[i] as Word;
      if (w.pos === 'VERB' || w.pos === 'AUX') main = i;
      i++;
    }
    if (main < 0) continue;
    const end = main + 1;
    const before = words.slice(start, main).map((w) => w.lower);
    const mainWord = words[main] as Word;
    const passive = isParticiple(mainWord.lower) && before.some((w) => BE.has(w)) && mainWord.pos === 'VERB';
    groups.push({ start, end, main, voice: passive ? 'passive' : 'active', modality: infinitiveDenied(words, start) ? 'negated' : modalityOfWords(before) });
    i = end;
  }
  return groups;
}
