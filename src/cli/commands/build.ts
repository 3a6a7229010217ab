// `kg build [INPUT...] [--out DIR]`: one graph from all the articles.
import { InvalidArgumentError, type Command } from 'commander';
import { runPipeline } from '../run-pipeline';

export const DEFAULT_INPUT = 'graph-data/articles';
export const DEFAULT_OUT = 'graph-data';
/** Where `kg build` writes by default, hence where `kg query` looks by default. */
export const DEFAULT_GRAPH = `${DEFAULT_OUT}/graph.json`;

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build one graph from articles (files or folders of .txt): OUT/graph.json and OUT/graph.gexf')
    .argument('[input...]', 'article files or folders of .txt articles (sub-folders are not read)', [DEFAULT_INPUT])
    .option('--out <dir>', 'output folder', DEFAULT_OUT)
    .option('--verbose', 'print the rule behind every entity and edge')
    .option('--jobs <n>', 'extraction worker threads (default: one per core)', parseJobs)
    .option('--store <file>', 'corpus store: only new or changed articles are extracted (default: OUT/corpus.sqlite)')
    .option('--no-store', 'extract every article, keep no store')
    .option('--relayout', 'lay out from scratch instead of keeping the positions of the last build')
    .option('--from-extractions', 'the inputs are folders of `kg extract --extractions` files: merge them')
    // The pipeline (and the extractor's gazetteers) loads only when the command runs, so other
    // commands start fast.
    .action(async (inputs: string[], options: { out: string; verbose?: boolean; jobs?: number; store?: string | boolean; relayout?: boolean; fromExtractions?: boolean }) =>
      runPipeline((await import('../../pipeline')).buildGraphFiles, inputs, options.out, options.verbose === true, {
        ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
        ...(typeof options.store === 'string' ? { store: options.store } : options.store === false ? { store: false } : {}),
        ...(options.relayout === true ? { relayout: true } : {}),
        ...(options.fromExtractions === true ? { fromExtractions: true } : {}),
      }),
    );
}

/** `--jobs N`: a whole number of worker threads, at least 1. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return jobs;
}
