// Indexes of nodes by exact label, by comparable name (label, alias or key) and by kind, so that
// name lookups and Cypher start nodes cost a map read instead of a scan of every node.
// Built on first use per graph and dropped when the graph's nodes change.
import { comparableName } from '../graph/keys';
import type { EntityKind, KnowledgeGraph } from '../types';
import { cachedPerGraph } from './graph-cache';

export type MatchedBy = 'label' | 'alias' | 'key';

export interface NameHit {
  key: string;
  matchedBy: MatchedBy;
}

export interface Lookup {
  byLabel: Map<string, string[]>;
  byName: Map<string, NameHit[]>;
  byKind: Map<EntityKind, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(graph: KnowledgeGraph): Lookup {
  const lookup: Lookup = { byLabel: new Map(), byName: new Map(), byKind: new Map() };
  graph.forEachNode((key, a) => {
    push(lookup.byLabel, a.label, key);
    push(lookup.byKind, a.kind, key);
    const seen = new Set<string>();
    const add = (name: string, matchedBy: MatchedBy): void => {
      const normal = comparableName(name);
      if (normal === '' || seen.has(normal)) return;
      seen.add(normal);
      push(lookup.byName, normal, { key, matchedBy });
    };
    add(a.label, 'label');
    for (const alias of a.aliases) add(alias, 'alias');
    add(key, 'key');
  });
  return lookup;
}

export const lookupOf = cachedPerGraph(['nodeAdded', 'nodeDropped', 'nodeAttributesUpdated', 'cleared'], build);
