// Words around a name that only a body takes, for names whose shape alone made them a person or
// left them unknown: "Abc said it would", "Abc, which sells", "Abc are also owners", "shares in
// Abc", "an economist at Abc", "Abc's shares", "wrote in the Abc". People are "he" or "she",
// "who", and singular.
import { lexiconRows, lexiconSet } from '../lexicon';
import { gazetteer } from './gazetteer';
import { lookupDemonym } from './lookup';
import { isRoleWord } from './titles';
import type { Token } from './tokens';

// Nouns that only a company or body has, after its possessive ("Abc's shares").
const OWNED = new Set(['shares', 'stock', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'subsidiary', 'subsidiaries', 'headquarters', 'shareholders', 'shareholder', 'stake', 'customers', 'subscribers', 'workforce', 'employees', 'staff', 'board']);
// Words before a name that make it something held or traded ("shares in Abc", "a stake in Abc").
const HELD = new Set(['shares', 'stake', 'stakes', 'shareholders', 'investors']);
const ADJECTIVE_COMPOUND = /-\p{Ll}+$/u;
const PLURAL_VERBS = new Set(['are', 'were']);
// Roles held "for" a body: those that speak for it ("a spokesman for Abc"). Other roles take
// "for" with a subject or a place ("minister for Abc", "correspondent for Xyz").
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
const ADVERBS = new Set(['also', 'then', 'now', 'still', 'later', 'has', 'had', 'have']);
// Words after which a name opens its clause as the subject (not "talks with Abc are").
const SUBJECT_AFTER = new Set(['', 'the', 'but', 'while', 'because', 'that', 'since', 'when', 'if', 'as']);
// Marks opening a quotation, after which a name opens its clause too (an ordinary word there is
// capitalised only as the quotation's first: '"Journalists are ...').
const QUOTE_OPENERS = new Set(['"', '\u201c', "'", '\u2018']);

let speechVerbs: Set<string> | undefined;
let roles: Set<string> | undefined;
let institutionCues: Set<string> | undefined;
let publicationCues: Set<string> | undefined;
let roleModifiers: Set<string> | undefined;

/**
 * The cue that makes the name at tokens[at, at + length) a body, if any. `personShaped`: the name
 * looked like a person's; "which" only tells a body from a person, not from a product or a place.
 */
export function bodyCue(tokens: readonly Token[], at: number, length: number, personShaped: boolean): string | undefined {
  speechVerbs ??= lexiconSet('speech-verbs');
  roles ??= lexiconSet('affiliation-roles');
  institutionCues ??= lexiconSet('institution-cues');
  publicationCues ??= lexiconSet('publication-cues');
  roleModifiers ??= lexiconSet('role-modifiers');
  const last = tokens[at + length - 1];
  const sentence = last?.sentence;
  const word = (k: number): string => {
    const t = tokens[k];
    return t && t.sentence === sentence ? t.text.toLowerCase() : '';
  };
  const after = at + length;
  if (last?.possessive && OWNED.has(word(after))) return 'owner-of-shares';
  // "Abc Xyz's chief economist": ordinary words that employ someone name a body (a person's
  // name, "Ada Lin's lawyer", keeps its shape; one word, "the North's leader", may be a place).
  if (!personShaped && length > 1 && last?.possessive && heldRole(word, after)) return 'employer';
  // "Shell's chairman Ada Lin": a company's one-word name, a dictionary word too, employs the role after its possessive.
  if (!personShaped && length === 1 && last?.possessive && gazetteer().companies.has(tokens[at]?.text ?? '') && heldRole(word, after)) return 'company-employer';
  // "Abc chief executive Ada Lin": one word no dictionary holds, before a role it employs (a
  // nationality, "Abcian officials", or a compound adjective, "Abc-winning director", is no employer).
  if (!personShaped && length === 1 && !gazetteer().englishWords.has(word(at)) && !ADJECTIVE_COMPOUND.test(tokens[at]?.text ?? '') && !lookupDemonym(tokens[at]?.text ?? '') && heldRole(word, after)) {
    return bodyRoleBeforeName(tokens, after) ? 'body-role-owner' : 'role-owner';
  }
  // "Abc chief executive Ada Lin" where Abc is also a given name: no one alone before such a role
  // and its holder is a person (but "Ada's editor" may be hers).
  if (personShaped && length === 1 && !last?.possessive && !gazetteer().englishWords.has(word(at)) && bodyRoleBeforeName(tokens, after)) return 'body-role-owner';
  // "Abc said it", "Abc also says it has": a speaker called "it".
  const adverb = word(after).endsWith('ly') || ADVERBS.has(word(after));
  const verb = speechVerbs.has(word(after)) ? after : speechVerbs.has(word(after + 1)) && adverb ? after + 1 : -1;
  if (verb >= 0 && (word(verb + 1) === 'it' || word(verb + 1) === 'its')) return 'said-it';
  if (personShaped && word(after) === ',' && word(after + 1) === 'which') return 'which';
  const opensClause = SUBJECT_AFTER.has(word(at - 1)) || (QUOTE_OPENERS.has(word(at - 1)) && length === 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[at]?.text ?? '') && !gazetteer().englishWords.has(word(at)));
  if (PLURAL_VERBS.has(word(after)) && opensClause && !last?.possessive) return 'plural-verb';
  const before = word(at - 1);
  if ((before === 'in' || before === 'of') && HELD.has(word(at - 2))) return 'held';
  // "chief economist at Abc", "a spokesman for Abc": a role held at the name.
  if (before === 'at' && roles.has(word(at - 2))) return 'role-at';
  // "chairman of Abc Xyz", "executive vice-president of Abc": a role only a body or place holds.
  if (before === 'of' && isBodyRole(word(at - 2))) return 'body-role-of';
  if (before === 'for' && SPOKESPEOPLE.has(word(at - 2))) return 'role-for';
  // "a company called Abc".
  if ((before === 'called' || before === 'named') && institutionCues.has(word(at - 2))) return 'body-called';
  // "executive director of the Abc Xyz Project", "lead for the Abc Xyz": a role held at a name of
  // two words or more ("Minister of Finance" takes no "the").
  if (before === 'the' && length > 1 && (word(at - 2) === 'of' || word(at - 2) === 'for') && isRoleWord(word(at - 3))) return 'role-of';
  // "wrote in the Abc Xyz", "an op-ed for Abc": what one writes in or for is a publication.
  const into = before === 'the' ? at - 2 : at - 1;
  if ((word(into) === 'in' || word(into) === 'for') && publicationCues.has(word(into - 1))) return 'written-in';
  return undefined;
}

let bodyRoles: Set<string> | undefined;
/** A role held only at a body or place (affiliation-roles.txt rows marked body); "vice-president" by its last part. */
function isBodyRole(word: string): boolean {
  bodyRoles ??= new Set(lexiconRows('affiliation-roles').filter((row) => row[1] === 'body').map((row) => (row[0] ?? '').toLowerCase()));
  return bodyRoles.has(word) || bodyRoles.has(word.slice(word.lastIndexOf('-') + 1));
}

/**
 * "chief executive Ada Lin", "managing director Bo Tan": lowercase words from `at` ending in a
 * role held only at a body (not "officials", which a people's adjective also takes), then a name.
 */
function bodyRoleBeforeName(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 4; k++) {
    const t = tokens[k];
    if (!t || t.punct || t.sentence !== tokens[at]?.sentence) return false;
    if (t.cap) return k > at && isBodyRole((tokens[k - 1] as Token).text.toLowerCase());
  }
  return false;
}

/** A role noun, after at most three words that widen it, from token `at` ("chief economist"). */
function heldRole(word: (k: number) => string, at: number): boolean {
  let k = at;
  while (k < at + 3 && roleModifiers?.has(word(k)) && !isRoleWord(word(k))) k++;
  return isRoleWord(word(k));
}
