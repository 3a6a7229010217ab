// The whole run behind `kg build`, `kg extract` and `kg start`, as a library: read and check
// every article, extract, build the graph, lay it out, and only then write the files, each
// whole or not at all. Nothing here prints; callers report through the callbacks.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { collectGarbageAfterReading } from './collect-garbage';
import { collectExtractions, type Collected } from './corpus/collect';
import { EXTRACTION_SUFFIX, extractionFileContent, readExtractionFiles } from './corpus/extraction-files';
import { CorpusStore, type StoredArticle } from './corpus/store';
import type { Extraction, Sentence } from './extract/types';
import { gexfChunks } from './export/gexf';
import { checkOutputFolder } from './export/output-folder';
import { writeFilesAtomic, type OutputFile } from './export/write-file';
import { buildGraph, buildGraphFromDigests } from './graph/build';
import { digestOf } from './graph/digest';
import type { SurnameMemo } from './graph/merge-surnames';
import { validateGraph } from './graph/validate';
import { applyAppearance } from './layout/appearance';
import { layoutGraph, type Position } from './layout/forceatlas2';
import { CO_MENTION, ENTITY_KINDS, TYPED_RELATIONS } from './schema';
import type { EntityKind, KnowledgeGraph, TypedRelation } from './types';

export interface PipelineOptions {
  /** Article files, or folders of them, in any format article/stream.ts reads. */
  inputs: readonly string[];
  outDir: string;
  /** The size limit of one article (a file, or a record of a file of many) in megabytes. */
  maxArticleMb?: number;
  /** Skip records that cannot be read, listing them in OUT/skipped.txt, instead of stopping. */
  skipBad?: boolean;
  /** Extraction worker threads; by default one per core, fewer for a few articles. */
  jobs?: number;
  /** `kg build`'s corpus store: a file (default OUT/corpus.sqlite), or false for none. */
  store?: string | false;
  /**
   * `kg build`: write OUT/graph.gexf beside graph.json (the default). Without it, a GEXF an earlier
   * build left is removed, since it would no longer match graph.json.
   */
  gexf?: boolean;
  /** Lay out from scratch, ignoring the positions the store kept from the last build. */
  relayout?: boolean;
  /** `kg build`: the inputs are folders of `kg extract --extractions` files, not articles. */
  fromExtractions?: boolean;
  /** `kg extract`: write each article's extraction (ID.extraction.json), not its graph. */
  extractionFiles?: boolean;
  /** Called after each article is extracted, `done` counting from 1. */
  onProgress?: (done: number, total: number, article: StoredArticle) => void;
  /** Called with each article's extraction, e.g. to print the rules behind it. */
  onExtraction?: (extraction: Extraction, article: StoredArticle) => void;
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
  /** Bad records skipped under `skipBad`, listed in the file `skippedFile`. */
  skipped?: number;
  skippedFile?: string;
  files: string[];
  seconds: number;
  /** Seconds per stage, in order, wall clock and processor (worker threads included). */
  stages?: Array<[stage: string, seconds: number, cpuSeconds: number]>;
  /** The process's peak resident memory (worker threads included), in bytes. */
  peakMemory?: number;
  /** Processor seconds the process spent, worker threads included: on a busy machine, a truer
   * measure of the work than the wall-clock time. */
  cpuSeconds?: number;
  /** What the corpus store saved: articles extracted, reused and dropped, and its file. */
  store?: { path: string; extracted: number; reused: number; removed: number };
}

/** The list of bad records a run skipped, in its output folder. */
export const SKIPPED_FILE = 'skipped.txt';

/** Below this many articles per worker, starting workers costs more than it saves. */
const ARTICLES_PER_WORKER = 25;

/**
 * A laid-out graph from extractions: merged entities, sizes, colours and positions; with the
 * articles' sentences by id, the co-mention layer too; with `previous` positions, an incremental
 * layout (see layoutGraph).
 */
export function graphFromExtractions(
  extractions: readonly Extraction[],
  name?: string,
  sentences?: ReadonlyMap<string, readonly Sentence[]>,
  previous?: ReadonlyMap<string, Position>,
): KnowledgeGraph {
  const graph = buildGraph(extractions, { ...(name === undefined ? {} : { name }), ...(sentences === undefined ? {} : { sentences }) });
  applyAppearance(graph);
  layoutGraph(graph, previous === undefined ? {} : { previous });
  return graph;
}

/**
 * `kg build`: one graph from all the articles, written as OUT/graph.json and OUT/graph.gexf. With
 * a store, only new or changed articles are extracted and the layout starts from the last one.
 */
export async function buildGraphFiles(options: PipelineOptions): Promise<BuildSummary> {
  const started = performance.now();
  const clock = stageClock();
  const storePath = options.store === false || options.fromExtractions === true ? undefined : (options.store ?? join(options.outDir, 'corpus.sqlite'));
  // Set once every input has been checked; committed with the files, else rolled back.
  const opened: { store?: CorpusStore } = {};
  try {
    checkOutputFolder(options.outDir);
    const collected = options.fromExtractions === true ? digested(readExtractionFiles(options.inputs)) : await collectExtractions({
      ...callbacks(options),
      ...readOptions(options),
      digests: true,
      inputs: options.inputs,
      jobs: options.jobs ?? 0,
      openStore: (create) => {
        if (storePath === undefined || (!create && !existsSync(storePath))) return undefined;
        mkdirSync(options.outDir, { recursive: true });
        return (opened.store = new CorpusStore(storePath));
      },
      defaultJobs,
    });
    clock.lap('read and extract');
    // What reading and copying the articles left (a long article's text among it) goes before
    // the merge, whose heap V8 would otherwise size by it; short inputs leave too little to pay.
    const words = wordsRead(collected);
    collectGarbageAfterReading(words);
    // The store knows the last build's decisions on bare names and which names this one touched.
    const surnames = opened.store === undefined ? undefined : surnameMemo(opened.store);
    const graph = buildGraphFromDigests(collected.digests, { coMentions: true, stringsOwned: true, ...(surnames === undefined ? {} : { surnames }) });
    if (surnames?.next !== undefined) opened.store?.saveSurnameDecisions(surnames.next);
    // The graph holds what it needs of them: let the digests go before layout and write, the
    // stages that need memory of their own.
    collected.digests = [];
    collectGarbageAfterReading(words);
    clock.lap('merge');
    applyAppearance(graph);
    const stored = opened.store?.positions();
    const previous = options.relayout === true ? undefined : stored;
    layoutGraph(graph, previous === undefined ? {} : { previous });
    clock.lap('layout');
    const jsonPath = join(options.outDir, 'graph.json');
    validateGraph(graph, jsonPath);
    // Both texts are made as they are written; one failing leaves no output, since
    // writeFilesAtomic puts back every file it wrote. GEXF, like every export, leaves the
    // co-mention layer out unless asked (`kg export --with-co-mentions`).
    const gexfPath = join(options.outDir, 'graph.gexf');
    const outputs: OutputFile[] = [{ path: jsonPath, content: serialize(graph) }];
    if (options.gexf !== false) outputs.push({ path: gexfPath, content: gexfChunks(graph, { typedOnly: true }) });
    writeWithReport(outputs, collected, options.outDir);
    if (options.gexf === false) rmSync(gexfPath, { force: true });
    // Only nodes with an edge: the others are put on rings afresh by every layout, where one node
    // more moves them all (42,000 rows rewritten when 10 articles joined 30,000), and a node that
    // gains its first edge is then placed by its neighbours, not left where its ring was.
    opened.store?.savePositions(linkedPositions(graph), stored ?? new Map());
    opened.store?.commit();
    delete opened.store;
    clock.lap('write');
    const summary = summarize(collected, [graph], outputs.map((o) => o.path), started, options.outDir);
    summary.stages = clock.stages;
    const usage = process.resourceUsage();
    summary.peakMemory = usage.maxRSS * 1024;
    summary.cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    if (storePath !== undefined) summary.store = { path: storePath, extracted: collected.extracted, reused: collected.reused, removed: collected.removed };
    return summary;
  } finally {
    opened.store?.abandon();
  }
}

function surnameMemo(store: CorpusStore): SurnameMemo {
  const previous = store.surnameDecisions();
  return { touched: store.touchedNames(), ...(previous === undefined ? {} : { previous }) };
}

/** Each node with an edge and its position. */
function* linkedPositions(graph: KnowledgeGraph): Generator<[string, number, number]> {
  for (const { node, attributes } of graph.nodeEntries()) if (graph.degree(node) > 0) yield [node, attributes.x as number, attributes.y as number];
}

/** The extractions read from files, as the digests a build reads. */
function digested(collected: Collected): Collected {
  collected.digests = collected.extractions.map((extraction) => digestOf(extraction, collected.sentences.get(extraction.article)));
  collected.extractions = [];
  collected.sentences.clear();
  return collected;
}

/** Words of every article built, read in this run or taken from the store. */
function wordsRead(collected: Collected): number {
  let words = 0;
  for (const article of collected.articles) words += article.words;
  return words;
}

/** `kg extract`: one graph per article, written as OUT/ID.json. */
export async function extractGraphFiles(options: PipelineOptions): Promise<BuildSummary> {
  const started = performance.now();
  checkOutputFolder(options.outDir);
  // Each article's id names its output file, so ids from records must be names a file can have.
  const collected = await collectExtractions({ ...callbacks(options), ...readOptions(options), inputs: options.inputs, jobs: options.jobs ?? 0, defaultJobs, fileNameIds: true });
  const outputs: OutputFile[] = [];
  if (options.extractionFiles === true) {
    collected.extractions.forEach((extraction, i) => {
      const article = collected.articles[i] as StoredArticle;
      outputs.push({ path: join(options.outDir, `${article.id}${EXTRACTION_SUFFIX}`), content: extractionFileContent(article, extraction, collected.sentences.get(article.id) ?? []) });
    });
    writeWithReport(outputs, collected, options.outDir);
    return summarize(collected, [], outputs.map((o) => o.path), started, options.outDir);
  }
  // An article's extraction and sentences are let go once its graph is built: the layout and
  // the write of a long article need only the graph.
  const extractions = collected.extractions;
  collected.extractions = [];
  collectGarbageAfterReading(wordsRead(collected));
  const graphs: KnowledgeGraph[] = [];
  while (extractions.length > 0) {
    const { id, graph } = takeArticleGraph(extractions, collected.sentences);
    applyAppearance(graph);
    layoutGraph(graph);
    const path = join(options.outDir, `${id}.json`);
    validateGraph(graph, path);
    outputs.push({ path, content: serialize(graph) });
    graphs.push(graph);
  }
  writeWithReport(outputs, collected, options.outDir);
  return summarize(collected, graphs, outputs.map((o) => o.path), started, options.outDir);
}

/** The graph of the first extraction, before layout; the extraction and its sentences are taken out. */
function takeArticleGraph(extractions: Extraction[], sentences: Map<string, Sentence[]>): { id: string; graph: KnowledgeGraph } {
  const extraction = extractions.shift() as Extraction;
  // Its strings are its own already (collect.ts copies those cut from the text), as in kg build.
  const graph = buildGraph([extraction], { name: extraction.article, sentences, stringsOwned: true });
  sentences.delete(extraction.article);
  return { id: extraction.article, graph };
}

/**
 * Writes the outputs, and with them OUT/skipped.txt listing the bad records skipped, one line
 * each; a run that skipped none removes the list an earlier run left.
 */
function writeWithReport(outputs: readonly OutputFile[], collected: Collected, outDir: string): void {
  const report = join(outDir, SKIPPED_FILE);
  if (collected.skipped.length === 0) {
    writeFilesAtomic(outputs);
    rmSync(report, { force: true });
  } else writeFilesAtomic([...outputs, { path: report, content: collected.skipped.map((problem) => `${problem.message}\n`).join('') }]);
}

function callbacks(options: PipelineOptions): Pick<PipelineOptions, 'onProgress' | 'onExtraction'> {
  return { ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }), ...(options.onExtraction === undefined ? {} : { onExtraction: options.onExtraction }) };
}

function readOptions(options: PipelineOptions): { maxArticleMb?: number; skipBad?: boolean } {
  return { ...(options.maxArticleMb === undefined ? {} : { maxArticleMb: options.maxArticleMb }), ...(options.skipBad === true ? { skipBad: true } : {}) };
}

/** One worker per core, but none for fewer than ARTICLES_PER_WORKER articles per worker. */
function defaultJobs(articles: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(articles / ARTICLES_PER_WORKER)));
}

function stageClock(): { stages: Array<[string, number, number]>; lap(stage: string): void } {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const stages: Array<[string, number, number]> = [];
  return {
    stages,
    lap(stage) {
      const now = performance.now();
      const cpu = process.cpuUsage(lastCpu);
      stages.push([stage, (now - last) / 1000, (cpu.user + cpu.system) / 1e6]);
      last = now;
      lastCpu = process.cpuUsage();
    },
  };
}

/**
 * graphology's serialisation (`graph.export()`), one node or edge per line: as compact as JSON
 * gets while staying readable line by line, and written in pieces, so a corpus graph larger than
 * one string can hold still gets written. Each node and edge is serialised as `export()` would,
 * straight from the graph, without the copy of the whole graph `export()` makes first.
 */
function* serialize(graph: KnowledgeGraph): Generator<string> {
  yield `{"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},\n"attributes":${JSON.stringify(graph.getAttributes())},\n"nodes":[`;
  let separator = '\n';
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${separator}${JSON.stringify(hasAny(attributes) ? { key: node, attributes } : { key: node })}`;
    separator = ',\n';
  }
  yield '\n],\n"edges":[';
  separator = '\n';
  const mixed = graph.type === 'mixed';
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const serialized: { key: string; source: string; target: string; attributes?: object; undirected?: true } = { key: edge, source, target };
    if (hasAny(attributes)) serialized.attributes = attributes;
    if (mixed && undirected) serialized.undirected = true;
    yield `${separator}${JSON.stringify(serialized)}`;
    separator = ',\n';
  }
  yield '\n]}\n';
}

function hasAny(attributes: object): boolean {
  for (const _ in attributes) return true;
  return false;
}

function summarize(collected: Collected, graphs: readonly KnowledgeGraph[], files: string[], started: number, outDir: string): BuildSummary {
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
  const words = collected.articles.reduce((sum, a) => sum + a.words, 0);
  const summary: BuildSummary = { articles: collected.articles.length, words, entities, relations, coMentions, files, seconds: (performance.now() - started) / 1000 };
  if (collected.skipped.length > 0) Object.assign(summary, { skipped: collected.skipped.length, skippedFile: join(outDir, SKIPPED_FILE) });
  return summary;
}
