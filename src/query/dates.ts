// Time in queries: the graph cut to a range of days (`kg query --since/--until`), and an entity's
// relations in date order (`kg query timeline`).
import { setSeen } from '../graph/build';
import { compareDates, overlaps, type DateRange } from '../dates';
import type { ArticleMetadata, Evidence, KnowledgeGraph, RelationType } from '../types';
import { resolveEntity } from './find';
import { entityOf, relationOf } from './records';
import type { Entity } from './types';

/**
 * A copy of the graph holding only what happened in the range: evidence whose date overlaps it
 * (undated evidence is left out), the edges that keep any (weight, firstSeen and lastSeen
 * recounted), the articles dated in the range, and the entities named in them or joined by a
 * kept edge. A range with neither end is the graph itself.
 */
export function withinDates(graph: KnowledgeGraph, range: DateRange): KnowledgeGraph {
  if (range.since === undefined && range.until === undefined) return graph;
  const inRange = (date: string | undefined): boolean => date !== undefined && overlaps(date, range);
  const cut = graph.nullCopy();
  const articles = Object.entries(graph.getAttribute('articles') ?? {}).filter(([, m]) => inRange(m.date));
  cut.replaceAttributes({ ...graph.getAttributes(), articles: Object.fromEntries(articles) });
  const datedArticles = new Set(articles.map(([id]) => id));
  graph.forEachNode((key, a) => {
    const kept = a.articles.filter((id) => datedArticles.has(id));
    if (kept.length > 0) cut.addNode(key, { ...a, articles: kept });
  });
  graph.forEachEdge((key, a, source, target) => {
    const evidence = a.evidence.filter((e) => inRange(e.date));
    if (evidence.length === 0) return;
    for (const end of [source, target]) if (!cut.hasNode(end)) cut.addNode(end, { ...graph.getNodeAttributes(end), articles: [] });
    const attributes = { ...a, evidence, weight: evidence.length };
    setSeen(attributes);
    if (graph.isDirected(key)) cut.addDirectedEdgeWithKey(key, source, target, attributes);
    else cut.addUndirectedEdgeWithKey(key, source, target, attributes);
  });
  return cut;
}

/** One statement about the entity, with the other entity, the article and its date. */
export interface TimelineEntry {
  date?: string;
  dateSource?: Evidence['dateSource'];
  relation: RelationType;
  /** The relation's key in the graph. */
  key: string;
  /** Whether the entity asked about is the relation's subject (or an end of an undirected one). */
  outgoing: boolean;
  other: Entity;
  status?: 'planned';
  role?: string;
  article: { id: string } & Partial<ArticleMetadata>;
  sentence: string;
  start: number;
  end: number;
}

/** Every statement of every relation of the entity, oldest first; undated ones last. */
export function timeline(graph: KnowledgeGraph, name: string): TimelineEntry[] {
  const key = resolveEntity(graph, name).key;
  const articles = graph.getAttribute('articles') ?? {};
  const entries: TimelineEntry[] = [];
  graph.forEachEdge(key, (edge) => {
    const relation = relationOf(graph, edge);
    const other = entityOf(graph, relation.source === key ? relation.target : relation.source);
    for (const e of relation.evidence) {
      const entry: TimelineEntry = {
        relation: relation.relation,
        key: edge,
        outgoing: !relation.directed || relation.source === key,
        other,
        article: { id: e.article, ...(Object.hasOwn(articles, e.article) ? articles[e.article] : {}) },
        sentence: e.sentence,
        start: e.start,
        end: e.end,
      };
      if (e.date !== undefined) entry.date = e.date;
      if (e.dateSource !== undefined) entry.dateSource = e.dateSource;
      if (relation.status !== undefined) entry.status = relation.status;
      if (relation.role !== undefined) entry.role = relation.role;
      entries.push(entry);
    }
  });
  return entries.sort((a, b) => compareDates(a.date, b.date) || a.article.id.localeCompare(b.article.id) || a.start - b.start);
}
