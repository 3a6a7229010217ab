// How the graph looks in any viewer (sigma, Gephi): node size from how often an entity is
// mentioned, colour by kind; edges labelled and coloured by relation, thicker with more evidence.
// Only display attributes are written; `type` stays unset, sigma reads it as a drawing program.
import { KIND_COLORS, RELATION_COLORS } from '../schema';
import type { KnowledgeGraph } from '../types';

const MIN_NODE_SIZE = 4;
const MAX_NODE_SIZE = 20;

/** Sets `size`, `color` on nodes and `label`, `size`, `color` on edges. */
export function applyAppearance(graph: KnowledgeGraph): void {
  // Mentions measure prominence; an entity without a count falls back to its degree.
  const prominence = (key: string): number => {
    const mentions = graph.getNodeAttribute(key, 'mentions');
    return mentions > 0 ? mentions : graph.degree(key);
  };
  let largest = 1;
  graph.forEachNode((key) => {
    largest = Math.max(largest, prominence(key));
  });
  graph.forEachNode((key, attributes) => {
    // Square root: the drawn area, not the radius, grows with the count.
    const share = Math.sqrt(prominence(key) / largest);
    graph.mergeNodeAttributes(key, {
      size: round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share),
      color: KIND_COLORS[attributes.kind],
    });
  });
  graph.forEachEdge((key, attributes) => {
    graph.mergeEdgeAttributes(key, {
      label: attributes.relation,
      size: round(1 + Math.log2(Math.max(1, attributes.weight))),
      color: RELATION_COLORS[attributes.relation],
    });
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
