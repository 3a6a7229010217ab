// One shallow parse per sentence, built once and read by every relation rule: tagged words,
// noun phrases with their links, verb groups, clauses and predicates (see types.ts).
import type { EntityKind } from '../../types';
import type { ArticleContext, Mention } from '../types';
import { splitClauses } from './clauses';
import { linkAppositions, linkLists, linkPrepositions, pruneLists } from './links';
import { chunkPhrases, nameSpans } from './phrases';
import { buildPredicates } from './predicates';
import { quoteSpeakers } from './speakers';
import { tagSentences } from './tagger';
import type { SentenceParse, Word } from './types';
import { retagGerunds, verbGroups } from './verbs';
import { toWords, unquoteShortRuns, type QuoteState } from './words';

export function parseArticle(ctx: ArticleContext): SentenceParse[] {
  const kindOf = new Map<string, EntityKind>(ctx.entities.map((e) => [e.id, e.kind]));
  const bySentence: Mention[][] = ctx.sentences.map(() => []);
  for (const m of ctx.mentions) bySentence[m.sentence]?.push(m);
  const tagged = tagSentences(ctx.text, ctx.sentences);
  const quotes: QuoteState = { open: undefined, lastEnd: 0 };
  return ctx.sentences.map((sentence, s) => {
    // 1. Words: tagged tokens with their quotation state; gerunds the tagger took for nouns.
    const words = toWords(tagged[s] ?? [], ctx.text, quotes, sentence.start);
    unquoteShortRuns(words);
    retagGerunds(words);
    // 2. Noun phrases around the entity names, then their prepositions, appositions and lists.
    const names = nameSpans(words, bySentence[s] ?? [], kindOf);
    // A name's words are proper nouns whatever the tagger guessed ("Josh" is no verb).
    for (const n of names) for (let k = n.start; k < n.end; k++) if (words[k]?.pos !== 'PUNCT') (words[k] as Word).pos = 'PROPN';
    const nps = chunkPhrases(words, names);
    const verbs = verbGroups(words);
    linkPrepositions(words, nps, new Set(verbs.map((v) => v.start)));
    linkLists(words, nps);
    linkAppositions(words, nps);
    pruneLists(nps);
    // 3. Verb groups, clauses, and the predicates that join them to their arguments.
    const { clauses, clauseOf } = splitClauses(words, verbs, nps);
    const predicates = buildPredicates(words, verbs, nps, clauseOf);
    // 4. Who speaks each quotation of the sentence.
    const speakers = quoteSpeakers(words, predicates);
    return { sentence, words, nps, verbs, clauses, clauseOf, predicates, speakers };
  });
}
