// The whole run behind `kg build`, `kg extract` and `kg start`, as a library: read and check
// every article, extract, build the graph, lay it out, and only then write the files, each
// whole or not at all. Nothing here prints; callers report through the callbacks.
import { join } from 'node:path';
import { countWords, readArticles, type Article } from './article/read';
import { extractArticle } from './extract';
import type { Extraction } from './extract/types';
import { toGexf } from './export/gexf';
import { writeFilesAtomic, type OutputFile } from './export/write-file';
import { buildGraph } from './graph/build';
import { validateGraph } from './graph/validate';
import { applyAppearance } from './layout/appearance';
import { layoutGraph } from './layout/forceatlas2';
import { ENTITY_KINDS, RELATION_TYPES } from './schema';
import type { EntityKind, KnowledgeGraph, RelationType } from './types';

export interface PipelineOptions {
  /** Article files or folders of `.txt` articles (see readArticles). */
  inputs: readonly string[];
  outDir: string;
  /** Called after each article is extracted, `done` counting from 1. */
  onProgress?: (done: number, total: number, article: Article) => void;
  /** Called with each article's extraction, e.g. to print the rules behind it. */
  onExtraction?: (extraction: Extraction, article: Article) => void;
}

export interface BuildSummary {
  articles: number;
  words: number;
  /** Nodes by kind, summed over the graphs written. */
  entities: Record<EntityKind, number>;
  /** Edges by relation, summed over the graphs written. */
  relations: Record<RelationType, number>;
  files: string[];
  seconds: number;
}

/** A laid-out graph from extractions: merged entities, sizes, colours and positions. */
export function graphFromExtractions(extractions: readonly Extraction[], name?: string): KnowledgeGraph {
  const graph = buildGraph(extractions, name === undefined ? {} : { name });
  applyAppearance(graph);
  layoutGraph(graph);
  return graph;
}

/** `kg build`: one graph from all the articles, written as OUT/graph.json and OUT/graph.gexf. */
export async function buildGraphFiles(options: PipelineOptions): Promise<BuildSummary> {
  const started = performance.now();
  const articles = readArticles(options.inputs);
  const extractions = await extractAll(articles, options);
  const graph = graphFromExtractions(extractions);
  const jsonPath = join(options.outDir, 'graph.json');
  validateGraph(graph, jsonPath);
  // Both texts exist before either file is written: a failing export leaves no output.
  const outputs: OutputFile[] = [
    { path: jsonPath, content: serialize(graph) },
    { path: join(options.outDir, 'graph.gexf'), content: toGexf(graph) },
  ];
  writeFilesAtomic(outputs);
  return summarize(articles, [graph], outputs.map((o) => o.path), started);
}

/** `kg extract`: one graph per article, written as OUT/ID.json. */
export async function extractGraphFiles(options: PipelineOptions): Promise<BuildSummary> {
  const started = performance.now();
  const articles = readArticles(options.inputs);
  const extractions = await extractAll(articles, options);
  const outputs: OutputFile[] = [];
  const graphs = extractions.map((extraction) => {
    const graph = graphFromExtractions([extraction], extraction.article);
    const path = join(options.outDir, `${extraction.article}.json`);
    validateGraph(graph, path);
    outputs.push({ path, content: serialize(graph) });
    return graph;
  });
  writeFilesAtomic(outputs);
  return summarize(articles, graphs, outputs.map((o) => o.path), started);
}

async function extractAll(articles: readonly Article[], options: PipelineOptions): Promise<Extraction[]> {
  const extractions: Extraction[] = [];
  for (const [i, article] of articles.entries()) {
    const extraction = extractArticle(article.text, article.id);
    extractions.push(extraction);
    options.onExtraction?.(extraction, article);
    options.onProgress?.(i + 1, articles.length, article);
    // Yield to the event loop so a progress display can redraw between articles.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return extractions;
}

function serialize(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}

function summarize(articles: readonly Article[], graphs: readonly KnowledgeGraph[], files: string[], started: number): BuildSummary {
  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 0])) as Record<EntityKind, number>;
  const relations = Object.fromEntries(RELATION_TYPES.map((relation) => [relation, 0])) as Record<RelationType, number>;
  for (const graph of graphs) {
    graph.forEachNode((_, a) => entities[a.kind]++);
    graph.forEachEdge((_, a) => relations[a.relation]++);
  }
  const words = articles.reduce((sum, a) => sum + countWords(a.text), 0);
  return { articles: articles.length, words, entities, relations, files, seconds: (performance.now() - started) / 1000 };
}
