// What the extraction stage produces for one article, and the context its passes share.
import type { ArticleMetadata, EntityKind, Evidence, RelationType } from '../types';

/** A sentence with its character offsets in the article text. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

/** One place an entity is named in the text. */
export interface Mention {
  /** Id of the ExtractedEntity this mention refers to. */
  entity: string;
  start: number;
  end: number;
  text: string;
  /** Index of the sentence holding the mention. */
  sentence: number;
  /** A role title glued to a person mention ("Vice President" in "Vice President Ada Lin"). */
  title?: string;
  /**
   * Id of the entity the title belongs to, when the text names it with the title: the place or
   * body before the title or after "of" ("Abc Mayor Ada Lin", "Mayor of Abc Ada Lin",
   * "Abc's Mayor Ada Lin", "Abc Bank Governor Ada Lin"), or the country of a nationality
   * adjective ("Abcian President Ada Lin") when the article names that country.
   */
  roleOf?: string;
}

export interface ExtractedEntity {
  /** Unique within the article. */
  id: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  /** The rule that decided the entity and its kind, printed by `kg --verbose`. */
  rule: string;
}

export interface ExtractedRelation {
  /** Entity ids within the same article. */
  source: string;
  target: string;
  relation: RelationType;
  evidence: Evidence[];
  role?: string;
  status?: 'planned';
  /** The rule that produced the relation, printed by `kg --verbose`. */
  rule: string;
}

export interface Extraction {
  article: string;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** Every place an entity is named, sorted by offset (for evaluation and mention-level tools). */
  mentions?: Mention[];
  /** Title, date, outlet, words... of the article; the graph's `articles` attribute holds it. */
  metadata?: ArticleMetadata;
}

/** Everything the entity passes found, handed to the relation passes. */
export interface ArticleContext {
  id: string;
  text: string;
  sentences: Sentence[];
  entities: ExtractedEntity[];
  /** Sorted by start offset. */
  mentions: Mention[];
}
