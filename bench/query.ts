// Query speed on a generated graph (default 100k nodes / 500k edges), each measure beside a
// baseline in the same process: loading graph.json with the contract check beside a bare
// JSON.parse + graphology import; the neighbour, path and two-hop Cypher queries beside the same
// walk written directly against graphology (for paths, graphology-shortest-path called bare).
// Runs alternate order each repetition so machine noise hits both sides; quote the medians and
// their ratio.
//   npm run bench:query -- [--nodes 100000] [--edges-per-node 5] [--reps 5]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Graph from 'graphology';
import { bidirectional } from 'graphology-library/shortest-path';
import { loadGraph } from '../src/graph/load';
import { neighbours, runCypher, shortestPath } from '../src/query';
import { lookupOf } from '../src/query/lookup';
import type { KnowledgeGraph } from '../src/types';
import { seededRandom } from '../src/layout/random';
import { generateGraph } from './generate-graph';
import { median } from './median';

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Medians in milliseconds of `ours` and `baseline`, alternating which goes first. */
function compare(reps: number, ours: () => unknown, baseline: () => unknown): [number, number] {
  const a: number[] = [];
  const b: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    if (rep % 2 === 0) {
      a.push(time(ours));
      b.push(time(baseline));
    } else {
      b.push(time(baseline));
      a.push(time(ours));
    }
  }
  return [median(a), median(b)];
}

function report(what: string, [ours, baseline]: [number, number], unit = 'ms'): void {
  const ratio = baseline > 0 ? (ours / baseline).toFixed(2) : 'n/a';
  process.stdout.write(`${what.padEnd(46)} ours ${ours.toFixed(2).padStart(9)} ${unit}   baseline ${baseline.toFixed(2).padStart(9)} ${unit}   ratio ${ratio}\n`);
}

/** The depth-2 neighbourhood straight from graphology: the floor for `neighbours`. */
function rawNeighbours(graph: KnowledgeGraph, start: string): number {
  const seen = new Set([start]);
  let frontier = [start];
  for (let depth = 0; depth < 2; depth++) {
    const next: string[] = [];
    for (const node of frontier) for (const other of graph.neighbors(node)) if (!seen.has(other)) (seen.add(other), next.push(other));
    frontier = next;
  }
  return seen.size - 1;
}

/** MATCH (a {label})-[:`met-with`]-(b)-[r]->(c:city) by hand: label scan avoided through the same key. */
function rawTwoHop(graph: KnowledgeGraph, start: string): number {
  let rows = 0;
  for (const first of graph.edges(start)) {
    if (graph.getEdgeAttribute(first, 'relation') !== 'met-with') continue;
    const b = graph.opposite(start, first);
    for (const second of graph.outboundEdges(b)) {
      if (second === first) continue;
      if (graph.getNodeAttribute(graph.opposite(b, second), 'kind') === 'city') rows++;
    }
  }
  return rows;
}

function main(): void {
  const { values } = parseArgs({
    options: { nodes: { type: 'string', default: '100000' }, 'edges-per-node': { type: 'string', default: '5' }, reps: { type: 'string', default: '5' } },
  });
  const nodes = Number(values.nodes);
  const reps = Number(values.reps);
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-query-'));
  try {
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(generateGraph(nodes, Number(values['edges-per-node'])).export()));
    const graph = loadGraph(file);
    process.stdout.write(`graph: ${graph.order} nodes, ${graph.size} edges; graph.json ${(readFileSync(file).length / 1e6).toFixed(0)} MB; medians of ${reps} runs\n`);

    report('load graph.json (contract check / bare import)', compare(reps, () => loadGraph(file), () => Graph.from(JSON.parse(readFileSync(file, 'utf8')))), 'ms');

    const random = seededRandom(7);
    const pick = (): number => Math.floor(random() * nodes);
    const starts = Array.from({ length: 20 }, pick);
    const pairs = Array.from({ length: 20 }, () => [pick(), pick()] as const);

    process.stdout.write(`one-off: name index built on the first query ${time(() => lookupOf(graph)).toFixed(0)} ms\n`);
    let found = 0;
    report(
      'neighbours depth 2, 20 starts (per query)',
      compare(
        reps,
        () => starts.forEach((i) => (found = neighbours(graph, `Entity ${i}`, { depth: 2 }).length)),
        () => starts.forEach((i) => rawNeighbours(graph, `n${i}`)),
      ).map((ms) => ms / starts.length) as [number, number],
    );
    process.stdout.write(`  (last start: ${found} entities within two steps)\n`);
    let length = 0;
    report(
      'shortest path, 20 pairs (per query)',
      compare(
        reps,
        () => pairs.forEach(([a, b]) => (length = shortestPath(graph, `Entity ${a}`, `Entity ${b}`)?.steps.length ?? -1)),
        // The bare library call on the graph as stored (directed edges one way): the floor.
        () => pairs.forEach(([a, b]) => bidirectional(graph, `n${a}`, `n${b}`)),
      ).map((ms) => ms / pairs.length) as [number, number],
    );
    process.stdout.write(`  (last pair: ${length} steps)\n`);
    let rows = 0;
    report(
      'Cypher two-hop from a named node, 20 starts',
      compare(
        reps,
        () => starts.forEach((i) => (rows = runCypher(graph, `MATCH (a {label: "Entity ${i}"})-[:\`met-with\`]-(b)-[r]->(c:city) RETURN b.label, c.label, r`).rows.length)),
        () => starts.forEach((i) => rawTwoHop(graph, `n${i}`)),
      ).map((ms) => ms / starts.length) as [number, number],
    );
    process.stdout.write(`  (last start: ${rows} rows)\n`);
    const countQuery = 'MATCH (a:person)-[:`met-with`]-(b:person)-[:`quoted-by`]->(o) RETURN count(*) AS n';
    let count: unknown;
    process.stdout.write(`Cypher two-hop over every person (no named start): ${time(() => (count = runCypher(graph, countQuery).rows[0]?.n)).toFixed(0)} ms, ${String(count)} matches\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
