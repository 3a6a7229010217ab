// Runs `kg build` or `kg extract` with the progress bar, --verbose rules and the summary.
import type { BuildSummary, PipelineOptions } from '../pipeline';
import { createProgress } from './progress';
import { summaryLines, verboseLines } from './report';

export async function runPipeline(
  run: (options: PipelineOptions) => Promise<BuildSummary>,
  inputs: readonly string[],
  outDir: string,
  verbose: boolean,
  more: Pick<PipelineOptions, 'jobs' | 'store' | 'relayout' | 'fromExtractions' | 'extractionFiles'> = {},
): Promise<void> {
  // The bar would tear through the --verbose lines, so it is off then.
  const progress = createProgress(!verbose);
  let summary: BuildSummary;
  try {
    summary = await run({
      ...more,
      inputs,
      outDir,
      onProgress: (done, total, article) => progress.update(done, total, article),
      onExtraction: verbose ? (extraction) => process.stdout.write(`${verboseLines(extraction).join('\n')}\n`) : undefined,
    });
  } finally {
    progress.stop();
  }
  process.stdout.write(`${summaryLines(summary).join('\n')}\n`);
}
