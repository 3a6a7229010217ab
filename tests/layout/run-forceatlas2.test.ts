// Large Barnes-Hut layouts run iteration by iteration, collecting the garbage of the trees each
// iteration builds (which filled the heap: a 30 MB article's layout added 135 MB); the positions
// must be exactly those the library's own `assign` gives.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../../src/layout/random';
import { collectGarbage } from '../../src/collect-garbage';
import { runForceAtlas2 } from '../../src/layout/run-forceatlas2';

/** `order` nodes at seeded positions, each linked to a few earlier ones. */
function randomGraph(order: number, seed: number): Graph {
  const random = seededRandom(seed);
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, { x: random() * 1000 - 500, y: random() * 1000 - 500 });
  for (let i = 1; i < order; i++) {
    for (let k = 0; k < 3; k++) {
      const j = Math.floor(random() * i);
      if (!graph.hasEdge(`n${i}`, `n${j}`)) graph.addEdge(`n${i}`, `n${j}`, { weight: 1 + Math.floor(random() * 3) });
    }
  }
  return graph;
}

const positions = (graph: Graph) => graph.mapNodes((key, a) => [key, a.x as number, a.y as number]);

it('gives the positions the library gives, without Barnes-Hut', () => {
  const ours = randomGraph(300, 3);
  const library = ours.copy();
  const settings = forceAtlas2.inferSettings(ours.order);
  runForceAtlas2(ours, 10, settings);
  forceAtlas2.assign(library, { iterations: 10, settings, getEdgeWeight: 'weight' });
  expect(positions(ours)).toEqual(positions(library));
  expect(positions(ours)).not.toEqual(positions(randomGraph(300, 3)));
});

it("gives the positions the library gives with Barnes-Hut, leaving none of the iterations' garbage behind", () => {
  const ours = randomGraph(2_500, 5);
  const library = ours.copy();
  const settings = forceAtlas2.inferSettings(ours.order);
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  // 12 iterations of 2,500 nodes allocate about 300 MB of trees, much of it promoted: the
  // library's own assign left 19 MB of it.
  runForceAtlas2(ours, 12, settings);
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(3 * 1024 * 1024);
  forceAtlas2.assign(library, { iterations: 12, settings, getEdgeWeight: 'weight' });
  expect(positions(ours)).toEqual(positions(library));
  expect(positions(ours)).not.toEqual(positions(randomGraph(2_500, 5)));
});
