// `kg build [INPUT...] [--out DIR]`: one graph from all the articles.
import type { Command } from 'commander';
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
    // The pipeline (and the extractor's gazetteers) loads only when the command runs, so other
    // commands start fast.
    .action(async (inputs: string[], options: { out: string; verbose?: boolean }) =>
      runPipeline((await import('../../pipeline')).buildGraphFiles, inputs, options.out, options.verbose === true),
    );
}
