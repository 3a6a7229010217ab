// The graph's attribute types, written once and used by every stage and the viewer.
// ../CONTRACT.md (shared) is the source of truth; src/schema.ts holds it as data.
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

/** One place a relation is stated: the sentence and its character offsets in the article. */
export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
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
  /** Display only (sigma, GEXF): the relation name. */
  label?: string;
  size?: number;
  color?: string;
}

export interface GraphAttributes {
  name?: string;
  /** Ids of the articles the graph was built from. */
  articles?: string[];
}

/** The knowledge graph: mixed (undirected met-with/sister-city beside directed edges) and multi. */
export type KnowledgeGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
