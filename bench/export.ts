// Export speed on a generated graph (default 10k nodes / 50k edges): our GEXF writer beside
// graphology-gexf's (asked for GEXF 1.3, with formatters for the same content) on the same graph
// in the same process, runs alternating and swapping order each repetition so machine noise hits
// both; medians and their ratio are what to quote. The other formats are timed alongside for
// reference.
//   npm run bench:export -- [--nodes 10000] [--edges-per-node 5] [--reps 7]
import { parseArgs } from 'node:util';
import { write as graphologyGexf } from 'graphology-gexf';
import type { GexfWriterOptions } from 'graphology-gexf/common/types';
import { toCsv } from '../src/export/csv';
import { toCypher } from '../src/export/cypher';
import { toGexf } from '../src/export/gexf';
import { toGraphml } from '../src/export/graphml';
import { KIND_COLORS, RELATION_COLORS } from '../src/schema';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../src/types';
import { generateGraph } from './generate-graph';
import { median } from './median';

type Writer = (graph: KnowledgeGraph) => unknown;

const rgb = (hex: string): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
};

// graphology-gexf given the same content as ours. Left to its defaults it throws on the evidence
// (a list of objects, which it tries to write as a liststring) and writes hex colours networkx
// cannot read, so the formatters hand it what toGexf writes.
const GRAPHOLOGY_OPTIONS: GexfWriterOptions<NodeAttributes, EdgeAttributes> = {
  version: '1.3',
  pedantic: true,
  formatNode: (_key, a) => ({
    label: a.label,
    attributes: { kind: a.kind, aliases: a.aliases, mentions: a.mentions, articles: a.articles },
    viz: { color: rgb(KIND_COLORS[a.kind]), size: a.size, x: a.x, y: a.y },
  }),
  formatEdge: (_key, a) => ({
    label: a.relation,
    kind: a.relation,
    weight: a.weight,
    attributes: { relation: a.relation, weight: a.weight, role: a.role, status: a.status, evidence: JSON.stringify(a.evidence) },
    viz: { color: rgb(RELATION_COLORS[a.relation]) },
  }),
};

function seconds(write: Writer, graph: KnowledgeGraph): number {
  const started = performance.now();
  write(graph);
  return (performance.now() - started) / 1000;
}

const fmt = (s: number): string => `${s.toFixed(3)} s`;

function main(): void {
  const { values } = parseArgs({
    options: { nodes: { type: 'string', default: '10000' }, 'edges-per-node': { type: 'string', default: '5' }, reps: { type: 'string', default: '7' } },
  });
  const nodes = Number(values.nodes);
  const perNode = Number(values['edges-per-node']);
  const reps = Number(values.reps);
  if (!(nodes > 1) || !(perNode > 0) || !Number.isInteger(reps) || reps < 1) throw new Error('usage: --nodes N (> 1) --edges-per-node N (> 0) --reps N (>= 1)');

  const graph = generateGraph(nodes, perNode);
  const ours: Writer = (g) => toGexf(g);
  const baseline: Writer = (g) => graphologyGexf(g, GRAPHOLOGY_OPTIONS);
  console.log(`graph: ${graph.order} nodes, ${graph.size} edges; ${reps} runs each after one warm-up`);
  console.log(`GEXF size: ours ${(toGexf(graph).length / 1e6).toFixed(1)} MB, graphology-gexf ${((baseline(graph) as string).length / 1e6).toFixed(1)} MB`);

  const times: Record<'ours' | 'baseline', number[]> = { ours: [], baseline: [] };
  for (let rep = 0; rep < reps; rep++) {
    const order: Array<['ours' | 'baseline', Writer]> = [['ours', ours], ['baseline', baseline]];
    if (rep % 2 === 1) order.reverse();
    for (const [name, write] of order) times[name].push(seconds(write, graph));
  }
  const oursMedian = median(times.ours);
  const baselineMedian = median(times.baseline);
  console.log(`GEXF, ours (toGexf):             median ${fmt(oursMedian)}  runs ${times.ours.map(fmt).join(', ')}`);
  console.log(`GEXF, graphology-gexf 1.3:        median ${fmt(baselineMedian)}  runs ${times.baseline.map(fmt).join(', ')}`);
  console.log(`ratio ours / graphology-gexf: ${(oursMedian / baselineMedian).toFixed(2)} (${(baselineMedian / oursMedian).toFixed(1)}x faster)`);

  const others: Array<[string, Writer]> = [['GraphML', toGraphml], ['CSV (both files)', toCsv], ['Cypher', (g) => toCypher(g)]];
  for (const [name, write] of others) {
    write(graph);
    const runs = Array.from({ length: reps }, () => seconds(write, graph));
    console.log(`${name}: median ${fmt(median(runs))}`);
  }
}

main();
