// `kg extract INPUT... --out-dir DIR`: one laid-out graph per article, DIR/NAME.json.
import type { Command } from 'commander';
import { runPipeline } from '../run-pipeline';
import { parseJobs } from './build';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('one graph per article: OUT-DIR/NAME.json for each NAME.txt')
    .argument('<input...>', 'article files or folders of .txt articles (sub-folders are not read)')
    .requiredOption('--out-dir <dir>', 'output folder')
    .option('--verbose', 'print the rule behind every entity and edge')
    .option('--jobs <n>', 'extraction worker threads (default: one per core)', parseJobs)
    .option('--extractions', 'write OUT-DIR/NAME.extraction.json (for kg build --from-extractions), not graphs')
    // The pipeline (and the extractor's gazetteers) loads only when the command runs, so other
    // commands start fast.
    .action(async (inputs: string[], options: { outDir: string; verbose?: boolean; jobs?: number; extractions?: boolean }) =>
      runPipeline((await import('../../pipeline')).extractGraphFiles, inputs, options.outDir, options.verbose === true, {
        ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
        ...(options.extractions === true ? { extractionFiles: true } : {}),
      }),
    );
}
