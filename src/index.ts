// The package entry: every stage as a library, from article text to a laid-out, exported graph.
export { extractArticle, extractEntities } from './extract';
export { splitSentences } from './article/sentences';
export { buildGraph, createKnowledgeGraph } from './graph/build';
export type { BuildGraphOptions } from './graph/build';
export { coMentions, withoutCoMentions, CO_MENTION_LIMITS, type CoMention } from './graph/co-mentions';
export { graphFromExtractions } from './pipeline';
export { layoutGraph } from './layout/forceatlas2';
export { applyAppearance } from './layout/appearance';
export { toGexf, type GexfOptions } from './export/gexf';
export { toGraphml } from './export/graphml';
export { toCsv, type CsvFiles } from './export/csv';
export { toCypher, type CypherOptions } from './export/cypher';
export type { ArticleContext, Extraction, ExtractedEntity, ExtractedRelation, Mention, Sentence } from './extract/types';
export type { EdgeAttributes, EntityKind, Evidence, GraphAttributes, KnowledgeGraph, NodeAttributes, RelationType, TypedRelation } from './types';
export { KgError, type KgErrorCode } from './errors';
export { loadGraph, parseGraph } from './graph/load';
export { validateGraph } from './graph/validate';
export * from './query';
