// Articles in the panel: a title that links to the story (new tab, rel="noopener"), the list of
// every article with a search box, and a reader showing one article's evidence sentences in the
// order of the text, each marked, with the names of the entities in it marked too.
import type { ArticleMetadata, KnowledgeGraph } from '../../src/types';
import { el } from './dom';
import { appendMarked } from './highlight';

export interface ArticleActions {
  openArticle(id: string): void;
  selectEdge(key: string): void;
}

export function metadataOf(graph: KnowledgeGraph, id: string): ArticleMetadata {
  const articles = graph.getAttribute('articles') ?? {};
  return (Object.hasOwn(articles, id) ? articles[id] : undefined) ?? { title: id, words: 0 };
}

/** The article's title, linked to its URL when the graph knows one. */
export function articleTitle(graph: KnowledgeGraph, id: string): HTMLElement {
  const { title, url } = metadataOf(graph, id);
  if (url === undefined || !/^https?:\/\//i.test(url)) return el('span', { className: 'article-title', text: title, attrs: { title: id } });
  return el('a', { className: 'article-title', text: title, attrs: { href: url, target: '_blank', rel: 'noopener', title: id } });
}

/** A button opening the article in the reader, then its outlet and date. */
function articleEntry(graph: KnowledgeGraph, id: string, entities: number, actions: ArticleActions): HTMLLIElement {
  const m = metadataOf(graph, id);
  const open = el('button', { className: 'link', text: m.title, attrs: { type: 'button', 'data-article': id } });
  open.addEventListener('click', () => actions.openArticle(id));
  const details = [m.outlet, m.date, `${entities} ${entities === 1 ? 'entity' : 'entities'}`].filter((d) => d !== undefined);
  return el('li', { className: 'article-entry' }, [open, el('span', { className: 'article-meta', text: details.join(' · ') })]);
}

function entityCounts(graph: KnowledgeGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, a) => {
    for (const id of a.articles) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}

/** Every article, newest first, filtered by a search over title, outlet and author. */
export function renderArticleList(body: HTMLElement, graph: KnowledgeGraph, actions: ArticleActions): void {
  const counts = entityCounts(graph);
  const ids = Object.keys(graph.getAttribute('articles') ?? {}).sort((a, b) => (metadataOf(graph, b).date ?? '').localeCompare(metadataOf(graph, a).date ?? '') || a.localeCompare(b));
  const search = el('input', { attrs: { type: 'search', placeholder: 'Search titles, outlets, authors', 'aria-label': 'Search articles', id: 'article-search' } });
  const list = el('ul', { className: 'article-list' });
  const show = (): void => {
    const words = search.value.toLowerCase().split(/\s+/).filter((w) => w !== '');
    const shown = ids.filter((id) => {
      const m = metadataOf(graph, id);
      const text = [m.title, m.outlet ?? '', m.author ?? '', id].join(' ').toLowerCase();
      return words.every((w) => text.includes(w));
    });
    // A corpus can hold thousands of articles: the first 200 matches are listed.
    list.replaceChildren(...shown.slice(0, 200).map((id) => articleEntry(graph, id, counts.get(id) ?? 0, actions)));
  };
  search.addEventListener('input', show);
  show();
  body.replaceChildren(el('h2', { text: `Articles (${ids.length})` }), search, list);
}

/** One article: its metadata and its evidence sentences in text order, each linked to its relation. */
export function renderArticleReader(body: HTMLElement, graph: KnowledgeGraph, id: string, actions: ArticleActions): void {
  const m = metadataOf(graph, id);
  const names: string[] = [];
  graph.forEachNode((_key, a) => {
    if (a.articles.includes(id)) names.push(a.label, ...a.aliases);
  });
  const sentences = new Map<number, { sentence: string; edges: string[] }>();
  graph.forEachEdge((edge, a) => {
    for (const e of a.evidence) {
      if (e.article !== id) continue;
      const entry = sentences.get(e.start) ?? { sentence: e.sentence, edges: [] };
      entry.edges.push(edge);
      sentences.set(e.start, entry);
    }
  });
  const details = [m.outlet, m.author, m.date, `${m.words} words`].filter((d) => d !== undefined);
  const paragraphs = [...sentences.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, { sentence, edges }]) => {
      const text = el('mark', { className: 'evidence-sentence', attrs: { 'data-start': String(start) } });
      appendMarked(text, sentence, names);
      const relations = edges.map((edge) => {
        const button = el('button', { className: 'link subtle', text: graph.getEdgeAttribute(edge, 'relation'), attrs: { type: 'button' } });
        button.addEventListener('click', () => actions.selectEdge(edge));
        return button;
      });
      return el('p', { className: 'reader-sentence' }, [text, ' ', ...relations]);
    });
  body.replaceChildren(
    el('h2', {}, [articleTitle(graph, id)]),
    el('p', { className: 'article-meta', text: details.join(' · ') }),
    el('p', { className: 'note', text: 'The sentences of this article that state a relation, in the order of the text; names of its entities are marked.' }),
    ...(paragraphs.length === 0 ? [el('p', { className: 'empty', text: 'No relation is stated in this article.' })] : paragraphs),
  );
}
