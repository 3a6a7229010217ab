// The entity half of extraction: numbered passes over one article, top to bottom, ending in the
// ArticleContext that the relation passes read. Every entity records the rule that decided it.
import { splitSentences } from '../../article/sentences';
import { readStructure, type ArticleStructure } from '../../article/structure';
import { resolve } from '../resolve';
import type { ArticleContext } from '../types';
import { findRuns } from './candidates';
import { headlineMentions } from './headline';
import { classifyRuns, wordUse } from './runs';
import { structureNames } from './structure-names';
import { tokenize } from './tokens';

/** `structure` is the text's, when the caller has read it already. */
export function extractEntities(text: string, articleId = 'article', structure: ArticleStructure = readStructure(text)): ArticleContext {
  // 1. Structure: the headline, datelines and photo credits.
  // 2. Sentences with character offsets.
  const sentences = splitSentences(text);
  // 3. Word tokens, each tagged with its sentence.
  const tokens = tokenize(text, sentences);
  // 4. Candidate names: runs of capitalised words; headline sentences marked.
  const title = structure.title;
  const titleSentence = title ? sentences.find((s) => s.start <= title.start && title.start < s.end)?.index : undefined;
  const runs = findRuns(tokens, titleSentence);
  // 5. Names the structure gives (dateline places, wire services, photo credits).
  const fromStructure = structureNames(structure, tokens, text);
  // 6. Classify every other run: known names, titles, heads, shapes and context.
  const classified = classifyRuns(runs, tokens, text, wordUse(tokens), fromStructure.covers);
  // 7. Coreference: one entity per real thing (surnames, acronyms, variants).
  const resolved = resolve([...fromStructure.found, ...classified.found], classified.acronyms);
  // 8. Headline names: only those the body established.
  const mentions = [...resolved.mentions, ...headlineMentions(runs, resolved.byName, text)].sort((a, b) => a.start - b.start);
  return { id: articleId, text, sentences, entities: resolved.entities, mentions };
}
