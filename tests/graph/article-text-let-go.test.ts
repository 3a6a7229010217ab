// Regression: after extraction and the graph, an article's text must be let go. A substring kept
// by a name cache or by the graph (a label, an evidence sentence) shared the memory of the whole
// text, so a 30 MB article stayed in memory to the end of the run, and a worker kept every text
// it had read. Here the article is cut from a 40 MB string, which it would keep alive.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extractArticle } from '../../src/extract';
import { splitSentences } from '../../src/article/sentences';
import { buildGraph } from '../../src/graph/build';
import type { KnowledgeGraph } from '../../src/types';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ARTICLE = [
  'Harbour council meets Eastbridge delegation',
  '',
  'PORT AVELIN, March 2 (Harbor Ledger) - Mayor Lena Marshwood met Deputy Governor Tomas Eckerstrom in Port Avelin on Monday.',
  'Greta Hollowayne, the chief executive of the Avelin Shipping Corporation, told the Harbor Ledger that the twinning with Kestrel Harbor would help trade.',
  'Lena Marshwood said the Eastbridge Development Authority would visit Dunmore Falls in April.',
].join('\n');

const PADDING = 40 * 1024 * 1024;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Extracts the article cut from a larger string and builds its graph; only the graph is returned. */
function graphOfCutArticle(): KnowledgeGraph {
  const host = `${'x'.repeat(PADDING)}\n${ARTICLE}`;
  const text = host.slice(PADDING + 1);
  expect(text).toBe(ARTICLE);
  const extraction = extractArticle(text, 'council');
  return buildGraph([extraction], { name: 'council', sentences: new Map([['council', splitSentences(text)]]) });
}

it('lets an article’s text go once its graph is built (no kept substring holds it)', () => {
  // Loads the lexicons first, so their memory is not counted.
  extractArticle(ARTICLE, 'warm-up');
  const before = heapUsed();
  const graph = graphOfCutArticle();
  const after = heapUsed();
  expect(graph.order).toBeGreaterThan(3);
  expect(graph.someEdge((_key, a) => a.evidence.some((e) => e.sentence.includes('Marshwood')))).toBe(true);
  // The graph of five sentences is a few kilobytes; the string it was cut from is 40 MB.
  expect(after - before).toBeLessThan(PADDING / 4);
}, 60_000);
