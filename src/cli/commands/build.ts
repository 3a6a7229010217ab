// `kg build [INPUT...] [--out DIR]`: one graph from all the articles.
import type { Command } from 'commander';
import { inputsReach, runPipeline, withPipelineOptions, type PipelineCliOptions } from '../run-pipeline';
import { LARGE_YOUNG_FROM_BYTES, rerunWithLargeYoungGeneration, youngGenerationSized } from '../young-generation';

export const DEFAULT_INPUT = 'graph-data/articles';
export const DEFAULT_OUT = 'graph-data';
/** Where `kg build` writes by default, hence where `kg query` looks by default. */
export const DEFAULT_GRAPH = `${DEFAULT_OUT}/graph.json`;

export function registerBuild(program: Command): void {
  withPipelineOptions(
    program
      .command('build')
      .description('build one graph from articles (.txt, .md, .json, .jsonl, .ndjson, .csv, .html files, or folders of them): OUT/graph.json and OUT/graph.gexf')
      .argument('[input...]', 'article files, or folders of them (sub-folders are not read)', [DEFAULT_INPUT])
      .option('--out <dir>', 'output folder', DEFAULT_OUT)
      .option('--store <file>', 'corpus store: only new or changed articles are extracted (default: OUT/corpus.sqlite)')
      .option('--no-store', 'extract every article, keep no store')
      .option('--no-gexf', 'write graph.json only, not graph.gexf (`kg export --format gexf` makes it from graph.json)')
      .option('--relayout', 'lay out from scratch instead of keeping the positions of the last build')
      .option('--from-extractions', 'the inputs are folders of `kg extract --extractions` files: merge them'),
  )
    // The pipeline (and the extractor's gazetteers) loads only when the command runs and its
    // options are checked, so other commands start fast and mistakes show at once.
    .action(async (inputs: string[], options: PipelineCliOptions & { out: string; store?: string | boolean; gexf?: boolean; relayout?: boolean; fromExtractions?: boolean }) => {
      // A large corpus is built in a process with a larger young generation (young-generation.ts).
      if (!youngGenerationSized() && inputsReach(inputs, LARGE_YOUNG_FROM_BYTES)) {
        process.exitCode = rerunWithLargeYoungGeneration();
        return;
      }
      await runPipeline(async () => (await import('../../pipeline')).buildGraphFiles, inputs, options.out, options, {
        ...(typeof options.store === 'string' ? { store: options.store } : options.store === false ? { store: false } : {}),
        ...(options.gexf === false ? { gexf: false } : {}),
        ...(options.relayout === true ? { relayout: true } : {}),
        ...(options.fromExtractions === true ? { fromExtractions: true } : {}),
      });
    });
}
