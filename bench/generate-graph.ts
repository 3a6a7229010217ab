// Generates a contract-conforming graph of any size for benchmarks and scale tests:
// seeded, so the same size gives the same graph on every machine.
import { createKnowledgeGraph } from '../src/graph/build';
import { seededRandom } from '../src/layout/random';
import { ENTITY_KINDS, KIND_COLORS, RELATIONS, RELATION_TYPES } from '../src/schema';
import type { EdgeAttributes, EntityKind, KnowledgeGraph } from '../src/types';

/** `nodes` entities cycling through the kinds, `nodes * edgesPerNode` edges of random relations. */
export function generateGraph(nodes: number, edgesPerNode = 5, seed = 1): KnowledgeGraph {
  const random = seededRandom(seed);
  const graph = createKnowledgeGraph();
  for (let i = 0; i < nodes; i++) {
    const kind = ENTITY_KINDS[i % ENTITY_KINDS.length] as EntityKind;
    graph.addNode(`n${i}`, {
      label: `Entity ${i}`,
      kind,
      aliases: [`E${i}`],
      mentions: 1 + Math.floor(random() * 10),
      articles: [`article-${i % 100}`],
      x: random() * 1000,
      y: random() * 1000,
      size: 3,
      color: KIND_COLORS[kind],
    });
  }
  const total = nodes * edgesPerNode;
  let made = 0;
  while (made < total) {
    const relation = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
    const s = Math.floor(random() * nodes);
    const t = Math.floor(random() * nodes);
    if (s === t) continue;
    const source = `n${s}`;
    const target = `n${t}`;
    const key = `${source}|${relation}|${target}`;
    if (graph.hasEdge(key)) continue;
    const sentence = `Entity ${s} and Entity ${t} are joined by ${relation}.`;
    const attributes: EdgeAttributes = {
      relation,
      label: relation,
      weight: 1,
      evidence: [{ article: `article-${s % 100}`, sentence, start: 0, end: sentence.length }],
    };
    if (RELATIONS[relation].directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    made++;
  }
  return graph;
}
