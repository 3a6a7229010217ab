// Evidence as the exports write it: each item with its article's title (and url when known), so a
// file read without the graph's `articles` attribute still says which story states the relation.
import type { Evidence, KnowledgeGraph } from '../types';

export interface ExportedEvidence extends Evidence {
  title?: string;
  url?: string;
}

/** Returns a function giving an edge's evidence with titles, reading the articles once. */
export function evidenceWithTitles(graph: KnowledgeGraph): (evidence: readonly Evidence[]) => ExportedEvidence[] {
  const articles = graph.getAttribute('articles') ?? {};
  return (evidence) =>
    evidence.map((e) => {
      const article = Object.hasOwn(articles, e.article) ? articles[e.article] : undefined;
      if (article === undefined) return e;
      const item: ExportedEvidence = { ...e, title: article.title };
      if (article.url !== undefined) item.url = article.url;
      return item;
    });
}
