// The extraction driver: numbered passes over one article, top to bottom. Each pass reads what
// the earlier ones found; every entity and relation records the rule that decided it.
import { splitSentences } from '../article/sentences';
import { readStructure } from '../article/structure';
import { findRuns } from './entities/candidates';
import { headlineMentions } from './entities/headline';
import { classifyRuns, wordUse } from './entities/runs';
import { structureNames } from './entities/structure-names';
import { tokenize } from './entities/tokens';
import { extractRelations } from './relations';
import { resolve } from './resolve';
import type { ArticleContext, Extraction } from './types';

export function extractArticle(text: string, articleId = 'article'): Extraction {
  // 1. Structure: the headline, datelines and photo credits.
  const structure = readStructure(text);
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
  // 9. Relations between the entities, with evidence sentences.
  const context: ArticleContext = { id: articleId, text, sentences, entities: resolved.entities, mentions };
  return { article: articleId, entities: resolved.entities, relations: extractRelations(context), mentions };
}
