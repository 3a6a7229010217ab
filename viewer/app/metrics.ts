// Per-node measures the viewer sizes, ranks and colours by: degree and mentions at once, PageRank
// and Louvain communities on first use (each costs a pass over every edge). All read the whole
// graph, typed relations pulling harder than co-mentions as in the layout, so they do not change
// with the filters.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { centrality } from 'graphology-library/metrics';
import { layoutEdgeWeight } from '../../src/layout/edge-weight';
import { CO_MENTION } from '../../src/schema';
import type { KnowledgeGraph } from '../../src/types';
import { NODE_SIZE } from './settings';
import type { Measure } from './state';

export interface Communities {
  /** Node key → community rank (0 = largest). */
  of: ReadonlyMap<string, number>;
  /** Members per community, by rank. */
  sizes: readonly number[];
}

export class Metrics {
  private readonly values = new Map<Measure, ReadonlyMap<string, number>>();
  private readonly sizes = new Map<Measure, ReadonlyMap<string, number>>();
  private communityCache: Communities | null = null;

  constructor(private readonly graph: KnowledgeGraph) {}

  /** Typed relations per node for 'degree' (co-mentions would make every name of a story big). */
  measure(measure: Measure): ReadonlyMap<string, number> {
    let values = this.values.get(measure);
    if (values === undefined) {
      values = this.compute(measure);
      this.values.set(measure, values);
    }
    return values;
  }

  /** Node sizes for a measure: a square-root scale from NODE_SIZE.min to NODE_SIZE.max. */
  sizesBy(measure: Measure): ReadonlyMap<string, number> {
    let sizes = this.sizes.get(measure);
    if (sizes === undefined) {
      sizes = scaled(this.measure(measure));
      this.sizes.set(measure, sizes);
    }
    return sizes;
  }

  communities(): Communities {
    this.communityCache ??= louvainCommunities(this.graph);
    return this.communityCache;
  }

  private compute(measure: Measure): Map<string, number> {
    const graph = this.graph;
    const values = new Map<string, number>();
    if (measure === 'mentions') {
      graph.forEachNode((key, attributes) => values.set(key, attributes.mentions));
    } else if (measure === 'degree') {
      graph.forEachNode((key) => values.set(key, 0));
      graph.forEachEdge((_edge, attributes, source, target) => {
        if (attributes.relation === CO_MENTION) return;
        values.set(source, (values.get(source) ?? 0) + 1);
        values.set(target, (values.get(target) ?? 0) + 1);
      });
    } else {
      const ranks = graph.size === 0 ? {} : centrality.pagerank(graph, { getEdgeWeight: layoutEdgeWeight });
      graph.forEachNode((key) => values.set(key, ranks[key] ?? 0));
    }
    return values;
  }
}

function scaled(values: ReadonlyMap<string, number>): Map<string, number> {
  let max = 0;
  for (const value of values.values()) max = Math.max(max, value);
  const sizes = new Map<string, number>();
  for (const [key, value] of values) {
    const ratio = max > 0 ? Math.sqrt(Math.max(value, 0) / max) : 0;
    sizes.set(key, NODE_SIZE.min + ratio * (NODE_SIZE.max - NODE_SIZE.min));
  }
  return sizes;
}

/**
 * Louvain on the undirected projection (it refuses mixed graphs), parallel edges summed with the
 * layout's weights; without a random walk the same graph gives the same communities.
 */
function louvainCommunities(graph: KnowledgeGraph): Communities {
  const simple = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((key) => simple.addNode(key));
  graph.forEachEdge((edge, attributes, source, target) => {
    const weight = layoutEdgeWeight(edge, attributes);
    simple.updateEdge(source, target, (current: { weight?: number }) => ({ weight: (current.weight ?? 0) + weight }));
  });
  const raw = simple.size === 0 ? {} : louvain(simple, { getEdgeWeight: 'weight', randomWalk: false });
  const counts = new Map<number, number>();
  graph.forEachNode((key) => {
    const id = raw[key] ?? -1;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const rankOf = new Map(ranked.map(([id], rank) => [id, rank]));
  const of = new Map<string, number>();
  graph.forEachNode((key) => of.set(key, rankOf.get(raw[key] ?? -1) ?? 0));
  return { of, sizes: ranked.map(([, size]) => size) };
}
