// `kg extract INPUT... --out-dir DIR`: one laid-out graph per article, DIR/NAME.json.
import type { Command } from 'commander';
import { runPipeline, withPipelineOptions, type PipelineCliOptions } from '../run-pipeline';

export function registerExtract(program: Command): void {
  withPipelineOptions(
    program
      .command('extract')
      .description('one graph per article: OUT-DIR/ID.json for each article (NAME.json for NAME.txt, a record\'s id for a record)')
      .argument('<input...>', 'article files, or folders of them (sub-folders are not read)')
      .requiredOption('--out-dir <dir>', 'output folder')
      .option('--extractions', 'write OUT-DIR/NAME.extraction.json (for kg build --from-extractions), not graphs'),
  )
    // The pipeline (and the extractor's gazetteers) loads only when the command runs and its
    // options are checked, so other commands start fast and mistakes show at once.
    .action(async (inputs: string[], options: PipelineCliOptions & { outDir: string; extractions?: boolean }) =>
      runPipeline(async () => (await import('../../pipeline')).extractGraphFiles, inputs, options.outDir, options, options.extractions === true ? { extractionFiles: true } : {}),
    );
}
