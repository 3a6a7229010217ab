// The package entry: the extractor and the graph builder as a library.
export { extractArticle, extractEntities } from './extract';
export { splitSentences } from './article/sentences';
export { buildGraph, createKnowledgeGraph } from './graph/build';
export type { BuildGraphOptions } from './graph/build';
export type { ArticleContext, Extraction, ExtractedEntity, ExtractedRelation, Mention, Sentence } from './extract/types';
export type { EdgeAttributes, EntityKind, Evidence, GraphAttributes, KnowledgeGraph, NodeAttributes, RelationType } from './types';
export { loadGraph, parseGraph } from './graph/load';
export * from './query';
