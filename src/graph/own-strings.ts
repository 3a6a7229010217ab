// The graph outlives the articles it is built from: it keeps strings of its own (see
// own-string.ts), never substrings of the articles' texts, replaced in place so that evidence
// shared by several edges stays shared.
import { ownString } from '../own-string';
import type { KnowledgeGraph } from '../types';

/** Replaces every string in the graph's attributes and its nodes' and edges' with a copy of its own. */
export function ownStrings(graph: KnowledgeGraph): void {
  const seen = new WeakSet<object>();
  ownIn(graph.getAttributes(), seen);
  graph.forEachNode((_key, attributes) => ownIn(attributes, seen));
  graph.forEachEdge((_key, attributes) => ownIn(attributes, seen));
}

function ownIn(holder: object, seen: WeakSet<object>): void {
  if (seen.has(holder)) return;
  seen.add(holder);
  const fields = holder as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = ownString(value);
    else if (typeof value === 'object' && value !== null) ownIn(value, seen);
  }
}
