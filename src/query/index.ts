// The typed query API over a loaded graph (see docs/query.md).
export type { Connection, Direction, Entity, Relation } from './types';
export { findEntities, resolveEntity, suggestNames, entitiesByKind, editDistance, type EntityMatch } from './find';
export { relations, type RelationFilter } from './relations';
export { neighbours, egoNetwork, type Neighbour, type NeighbourOptions } from './neighbours';
export { whoMet, quotes, quotedBy, sisterCities, affiliations } from './questions';
export { shortestPath, type PathAnswer, type PathOptions, type PathStep } from './paths';
export { topEntities, CENTRALITY_MEASURES, type CentralityMeasure, type Ranked, type TopOptions } from './centrality';
export { communities, type Community } from './communities';
export { graphStats, type GraphStats } from './stats';
export { runCypher, parseQuery, DEFAULT_LIMITS, type CypherLimits, type CypherResult } from './cypher';
export { withinDates, timeline, type TimelineEntry } from './dates';
