// One row of the construction table: an invented sentence (or a short passage, when a pronoun or
// a role description must reach a person named earlier) and the triples it states under the
// gold guidelines (../shared/eval/GOLD.md).
import type { RelationType } from '../../../src/types';

export interface Row {
  text: string;
  /**
   * Every triple of the checked relation types that the text states, as 'Ada Lin met-with Bo Tan'
   * or 'Ada Lin visited Oslo (planned)'. Names match an entity's label or alias the way the scorer
   * matches them; met-with and sister-city match in either order.
   */
  expect: string[];
  /** Relation types checked beyond those named in `expect`: a negative row names what it denies. */
  checks?: RelationType[];
  /** Triples the guidelines leave optional: producing them is no error, missing them is none. */
  optional?: string[];
}

/** One class of construction: the rows that show it. */
export interface ConstructionClass {
  name: string;
  rows: Row[];
}
