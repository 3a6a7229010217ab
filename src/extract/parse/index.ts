// One shallow parse per sentence, built once and read by every relation rule: tagged words,
// noun phrases with their links, verb groups, clauses and predicates (see types.ts).
import type { EntityKind } from '../../types';
import { isBodyNoun, mayReferToBody, REACH } from '../chains/bodies';
import { knownRoles } from '../entities/titles';
import type { ArticleContext, Mention, Sentence } from '../types';
import { splitClauses } from './clauses';
import { linkAppositions, linkLists, linkPrepositions, pruneLists } from './links';
import { chunkPhrases, nameSpans } from './phrases';
import { buildPredicates } from './predicates';
import { quoteSpeakers } from './speakers';
import { tagSentences } from './tagger';
import type { SentenceParse, Word } from './types';
import { retagGerunds, retagQualifiers, verbGroups } from './verbs';
import { markQuotes, passQuotes, unquoteShortRuns, type QuoteState } from './words';

export function parseArticle(ctx: ArticleContext): SentenceParse[] {
  const kindOf = new Map<string, EntityKind>(ctx.entities.map((e) => [e.id, e.kind]));
  const bySentence: Mention[][] = ctx.sentences.map(() => []);
  for (const m of ctx.mentions) bySentence[m.sentence]?.push(m);
  // 1. Only sentences that can state a relation are tagged and parsed: those naming a person, or
  // two parties in names, pronouns or words that may stand for one ("the president", "the two").
  // Countries alone hold no relation: each needs a person, a city, a region or a body.
  const wanted = ctx.sentences.map((sentence, s) => {
    const mentions = bySentence[s] ?? [];
    // A "word" of hundreds of characters (a pasted blob, a broken encoding) is no prose, and the
    // tagger's word features take time quadratic in a word's length.
    if (LONG_WORD.test(sentence.text)) return false;
    if (mentions.some((m) => kindOf.get(m.entity) === 'person')) return true;
    const holders = mentions.filter((m) => HOLDERS.has(kindOf.get(m.entity) as EntityKind)).length;
    return (holders > 0 && mentions.length > 1) || referring(sentence.text, 2 - mentions.length);
  });
  // A body named alone is parsed too when "the firm" or the like follows within a description's
  // reach: it may be what that description stands for.
  const referBack = ctx.sentences.map((sentence) => mayReferToBody(sentence.text));
  const referredTo = (s: number): boolean => {
    for (let k = s + 1; k <= s + REACH; k++) if (referBack[k]) return true;
    return false;
  };
  for (let s = 0; s < wanted.length; s++) {
    if (wanted[s] || !referredTo(s) || LONG_WORD.test(ctx.sentences[s]?.text ?? '')) continue;
    wanted[s] = (bySentence[s] ?? []).some((m) => kindOf.get(m.entity) === 'institution');
  }
  const tagged = tagSentences(ctx.text, ctx.sentences, wanted);
  const quotes: QuoteState = { open: undefined, lastEnd: 0 };
  return ctx.sentences.map((sentence, s) => {
    if (!wanted[s]) {
      passQuotes(sentence.text, quotes, ctx.text, sentence);
      return emptyParse(sentence);
    }
    // 2. Words: the tagger's, with their quotation state, names' words as proper nouns, and
    // gerunds and past forms the tagger took for nouns.
    const words = markQuotes(tagged[s] ?? [], ctx.text, quotes, sentence.start);
    unquoteShortRuns(words);
    // A name's words are proper nouns whatever the tagger guessed ("Josh" is no verb, the "in"
    // of "Ada Jae-in" no preposition), before the tags around them are read.
    const names = nameSpans(words, bySentence[s] ?? [], kindOf);
    for (const n of names) for (let k = n.start; k < n.end; k++) if (words[k]?.pos !== 'PUNCT') (words[k] as Word).pos = 'PROPN';
    retagGerunds(words);
    retagQualifiers(words, new Set(names.filter((n) => n.kind === 'person').map((n) => n.start)));
    // 3. Noun phrases around the entity names, then their prepositions, appositions and lists.
    const nps = chunkPhrases(words, names);
    const verbs = verbGroups(words);
    linkPrepositions(words, nps, new Set(verbs.map((v) => v.start)));
    linkLists(words, nps);
    linkAppositions(words, nps);
    pruneLists(nps);
    // 4. Verb groups, clauses, and the predicates that join them to their arguments.
    const { clauses, clauseOf } = splitClauses(words, verbs, nps);
    const predicates = buildPredicates(words, verbs, nps, clauseOf);
    // 5. Who speaks each quotation of the sentence.
    const speakers = quoteSpeakers(words, predicates);
    return { sentence, words, nps, verbs, clauses, clauseOf, predicates, speakers };
  });
}

// Tried only where a word starts: unanchored, the regex would rescan every word from each of its letters.
const LONG_WORD = /(?:^|\s)\S{200}/;

/** Kinds that can stand at one end of a relation whose other end is a country. */
const HOLDERS = new Set<EntityKind>(['city', 'institution', 'region']);

/** Pronouns and ages ("the 30-year-old") that refer back to one party, or words for several at once ("they", "the two"). */
const REFERRING = /\b(?:he|she|his|her|hers|its|him|i|my|me|\d{1,3}-year-old)\b/gi;
const GROUP = /\b(?:they|their|them|we|our|us|two|both|pair)\b/i;

/**
 * Whether the sentence holds `needed` parties in pronouns, role words ("the president") or body
 * nouns ("the firm") that may stand for entities named elsewhere: with the names it has, a
 * relation needs two parties.
 */
function referring(text: string, needed: number): boolean {
  if (GROUP.test(text)) return true;
  let found = 0;
  // Counted with test and by hand, not matchAll: this runs on most sentences, and needs no match objects.
  REFERRING.lastIndex = 0;
  while (REFERRING.test(text)) if (++found >= needed) return true;
  const roles = knownRoles();
  const lower = text.toLowerCase();
  // Every run of a-z, as /[a-z]+/g reads them.
  for (let i = 0; i < lower.length; ) {
    if (!isAsciiLower(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && isAsciiLower(lower.charCodeAt(j))) j++;
    const word = lower.slice(i, j);
    if ((roles.has(word) || isBodyNoun(word)) && ++found >= needed) return true;
    i = j;
  }
  return false;
}

const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

function emptyParse(sentence: Sentence): SentenceParse {
  return { sentence, words: [], nps: [], verbs: [], clauses: [], clauseOf: [], predicates: [], speakers: new Map() };
}
