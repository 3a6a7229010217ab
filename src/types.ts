// The graph's attribute types, written once and used by every stage and the viewer.
// docs/graph-schema.md documents them (it keeps the shared contract true); src/schema.ts holds kinds and relations as data.
import type { MultiGraph } from 'graphology';

export type EntityKind = 'person' | 'city' | 'institution' | 'country' | 'region';

/** A relation the articles state, found by the extractor's rules. */
export type TypedRelation =
  | 'met-with'
  | 'quoted-by'
  | 'sister-city'
  | 'affiliated-with'
  | 'visited'
  | 'located-in';

/** Every relation of the contract: the typed ones, and `mentioned-with` (named in one sentence). */
export type RelationType = TypedRelation | 'mentioned-with';

/**
 * One place a relation is stated: the sentence and its character offsets in the article, and
 * when it happened: the day the sentence fixes ("on Thursday", "in 2019", at the precision the text
 * gives: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`), else the article's date.
 */
export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
  date?: string;
  /** Where `date` comes from: the sentence itself, or the article's date. */
  dateSource?: 'text' | 'article';
}

/** What is known about one article; `words` always, the rest when the input or the text says. */
export interface ArticleMetadata {
  title: string;
  /** ISO 8601, `YYYY-MM-DD`. */
  date?: string;
  url?: string;
  outlet?: string;
  author?: string;
  words: number;
}

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  articles: string[];
  /** For every alias, the ids of the articles that used it (set by `kg build` when merging). */
  aliasArticles?: Record<string, string[]>;
  /** Articles per kind, when the articles disagreed on the kind and the corpus majority decided. */
  kindVotes?: Partial<Record<EntityKind, number>>;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  relation: RelationType;
  evidence: Evidence[];
  weight: number;
  role?: string;
  status?: 'planned';
  /** Earliest and latest evidence date, when any evidence is dated. */
  firstSeen?: string;
  lastSeen?: string;
  /** Display only (sigma, GEXF): the relation name. */
  label?: string;
  size?: number;
  color?: string;
}

export interface GraphAttributes {
  name?: string;
  /** Every article the graph was built from, by id. */
  articles?: Record<string, ArticleMetadata>;
}

/** The knowledge graph: mixed (undirected met-with/sister-city beside directed edges) and multi. */
export type KnowledgeGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
