// Generates a contract-conforming graph of any size for benchmarks and scale tests:
// seeded, so the same size gives the same graph on every machine.
import { createKnowledgeGraph } from '../src/graph/build';
import { seededRandom } from '../src/layout/random';
import { CO_MENTION, ENTITY_KINDS, KIND_COLORS, RELATIONS, TYPED_RELATIONS } from '../src/schema';
import type { EdgeAttributes, EntityKind, KnowledgeGraph, RelationType } from '../src/types';

export interface GenerateOptions {
  /** Share of the nodes left without any edge (a corpus where most names stand alone). */
  isolated?: number;
  /** Co-mention edges per connected node, each to a node of the same article. */
  coMentionsPerNode?: number;
}

const ARTICLES = 100;

/**
 * `nodes` entities cycling through the kinds; `nodes * edgesPerNode` edges of random typed
 * relations among the nodes that are not isolated; co-mentions on request.
 */
export function generateGraph(nodes: number, edgesPerNode = 5, seed = 1, options: GenerateOptions = {}): KnowledgeGraph {
  const random = seededRandom(seed);
  const graph = createKnowledgeGraph();
  for (let i = 0; i < nodes; i++) {
    const kind = ENTITY_KINDS[i % ENTITY_KINDS.length] as EntityKind;
    graph.addNode(`n${i}`, {
      label: `Entity ${i}`,
      kind,
      aliases: [`E${i}`],
      mentions: 1 + Math.floor(random() * 10),
      articles: [`article-${i % ARTICLES}`],
      x: random() * 1000,
      y: random() * 1000,
      size: 3,
      color: KIND_COLORS[kind],
    });
  }
  const connected = shuffled(nodes, random).slice(0, Math.round(nodes * (1 - (options.isolated ?? 0))));
  if (connected.length < 2) return graph;
  const pick = (): number => connected[Math.floor(random() * connected.length)] as number;
  const add = (s: number, t: number, relation: RelationType, weight: number): boolean => {
    const source = `n${s}`;
    const target = `n${t}`;
    const key = `${source}|${relation}|${target}`;
    if (s === t || graph.hasEdge(key) || graph.hasEdge(`${target}|${relation}|${source}`)) return false;
    const sentence = `Entity ${s} and Entity ${t} are joined by ${relation}.`;
    const attributes: EdgeAttributes = {
      relation,
      label: relation,
      weight,
      evidence: [{ article: `article-${s % ARTICLES}`, sentence, start: 0, end: sentence.length }],
    };
    if (RELATIONS[relation].directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    return true;
  };
  const total = nodes * edgesPerNode;
  for (let made = 0, tries = 0; made < total && tries < total * 20; tries++) {
    if (add(pick(), pick(), TYPED_RELATIONS[Math.floor(random() * TYPED_RELATIONS.length)]!, 1)) made++;
  }
  const perNode = options.coMentionsPerNode ?? 0;
  for (const s of connected) {
    for (let i = 0; i < perNode; i++) {
      // Another node of the same article (indices that agree modulo ARTICLES).
      const t = (s % ARTICLES) + ARTICLES * Math.floor(random() * Math.ceil(nodes / ARTICLES));
      if (t < nodes) add(s, t, CO_MENTION, 1 + Math.floor(random() * 3));
    }
  }
  return graph;
}

/** 0..n-1 in a seeded random order (Fisher-Yates). */
function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}
