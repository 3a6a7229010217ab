// The whole run behind `kg build`, `kg extract` and `kg start`, as a library: read and check
// every article, extract, build the graph, lay it out, and only then write the files, each
// whole or not at all. Nothing here prints; callers report through the callbacks.
import { join } from 'node:path';
import { countWords, readArticles, type Article } from './article/read';
import { splitSentences } from './article/sentences';
import { checkOutputFolder } from './export/output-folder';
import { extractArticle } from './extract';
import type { Extraction, Sentence } from './extract/types';
import { toGexf } from './export/gexf';
import { writeFilesAtomic, type OutputFile } from './export/write-file';
import { buildGraph } from './graph/build';
import { withoutCoMentions } from './graph/co-mentions';
import { validateGraph } from './graph/validate';
import { applyAppearance } from './layout/appearance';
import { layoutGraph } from './layout/forceatlas2';
import { CO_MENTION, ENTITY_KINDS, TYPED_RELATIONS } from './schema';
import type { EntityKind, KnowledgeGraph, TypedRelation } from './types';

export interface PipelineOptions {
  /** Article files or folders of `.txt` articles (see readArticles). */
  inputs: readonly string[];
  outDir: string;
  /** The size limit of one article in megabytes (see readArticles). */
  maxArticleMb?: number;
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
  /** Typed edges by relation, summed over the graphs written. */
  relations: Record<TypedRelation, number>;
  /** `mentioned-with` edges (pairs named in one sentence), summed over the graphs written. */
  coMentions: number;
  files: string[];
  seconds: number;
}

/**
 * A laid-out graph from extractions: merged entities, sizes, colours and positions; with the
 * articles' sentences by id, the co-mention layer too.
 */
export function graphFromExtractions(extractions: readonly Extraction[], name?: string, sentences?: ReadonlyMap<string, readonly Sentence[]>): KnowledgeGraph {
  const graph = buildGraph(extractions, { ...(name === undefined ? {} : { name }), ...(sentences === undefined ? {} : { sentences }) });
  applyAppearance(graph);
  layoutGraph(graph);
  return graph;
}

/** `kg build`: one graph from all the articles, written as OUT/graph.json and OUT/graph.gexf. */
export async function buildGraphFiles(options: PipelineOptions): Promise<BuildSummary> {
  const started = performance.now();
  const articles = readChecked(options);
  const extractions = await extractAll(articles, options);
  const graph = graphFromExtractions(extractions, undefined, sentencesOf(articles));
  const jsonPath = join(options.outDir, 'graph.json');
  validateGraph(graph, jsonPath);
  // Both texts exist before either file is written: a failing export leaves no output. GEXF, like
  // every export, leaves the co-mention layer out unless asked (`kg export --with-co-mentions`).
  const outputs: OutputFile[] = [
    { path: jsonPath, content: serialize(graph) },
    { path: join(options.outDir, 'graph.gexf'), content: toGexf(withoutCoMentions(graph)) },
  ];
  writeFilesAtomic(outputs);
  return summarize(articles, [graph], outputs.map((o) => o.path), started);
}

/** `kg extract`: one graph per article, written as OUT/ID.json. */
export async function extractGraphFiles(options: PipelineOptions): Promise<BuildSummary> {
  const started = performance.now();
  const articles = readChecked(options);
  const extractions = await extractAll(articles, options);
  const outputs: OutputFile[] = [];
  const sentences = sentencesOf(articles);
  const graphs = extractions.map((extraction) => {
    const graph = graphFromExtractions([extraction], extraction.article, sentences);
    const path = join(options.outDir, `${extraction.article}.json`);
    validateGraph(graph, path);
    outputs.push({ path, content: serialize(graph) });
    return graph;
  });
  writeFilesAtomic(outputs);
  return summarize(articles, graphs, outputs.map((o) => o.path), started);
}

/** Checks the output folder, then reads and checks every article, before any extraction. */
function readChecked(options: PipelineOptions): Article[] {
  checkOutputFolder(options.outDir);
  return readArticles(options.inputs, options.maxArticleMb === undefined ? {} : { maxArticleMb: options.maxArticleMb });
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

/** Each article's sentences, as the extractor splits them: the co-mention layer's evidence. */
function sentencesOf(articles: readonly Article[]): Map<string, Sentence[]> {
  return new Map(articles.map((article) => [article.id, splitSentences(article.text)]));
}

function serialize(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}

function summarize(articles: readonly Article[], graphs: readonly KnowledgeGraph[], files: string[], started: number): BuildSummary {
  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 0])) as Record<EntityKind, number>;
  const relations = Object.fromEntries(TYPED_RELATIONS.map((relation) => [relation, 0])) as Record<TypedRelation, number>;
  let coMentions = 0;
  for (const graph of graphs) {
    graph.forEachNode((_, a) => entities[a.kind]++);
    graph.forEachEdge((_, a) => {
      if (a.relation === CO_MENTION) coMentions++;
      else relations[a.relation]++;
    });
  }
  const words = articles.reduce((sum, a) => sum + countWords(a.text), 0);
  return { articles: articles.length, words, entities, relations, coMentions, files, seconds: (performance.now() - started) / 1000 };
}
