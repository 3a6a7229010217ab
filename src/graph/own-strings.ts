// The graph outlives the articles it is built from: it keeps strings of its own (see
// own-string.ts), never substrings of the articles' texts, replaced in place so that evidence
// shared by several edges stays shared.
import { ownStringsIn } from '../own-string';
import type { KnowledgeGraph } from '../types';

/** Replaces every string in the graph's attributes and its nodes' and edges' with a copy of its own. */
export function ownStrings(graph: KnowledgeGraph): void {
  const seen = new WeakSet<object>();
  const copies = new Map<string, string>();
  ownStringsIn(graph.getAttributes(), seen, copies);
  graph.forEachNode((_key, attributes) => ownStringsIn(attributes, seen, copies));
  graph.forEachEdge((_key, attributes) => ownStringsIn(attributes, seen, copies));
}
