// Runs `kg build` or `kg extract` with the progress bar, --verbose rules and the summary.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_MAX_ARTICLE_MB } from '../article/input-file';
import { KgError } from '../errors';
import { checkOutputFolder } from '../export/output-folder';
import type { BuildSummary, PipelineOptions } from '../pipeline';
import { createProgress } from './progress';
import { summaryLines, verboseLines } from './report';

export interface PipelineCliOptions {
  verbose?: boolean;
  maxArticleMb?: string;
  jobs?: number;
  skipBad?: boolean;
}

/** The options `kg build` and `kg extract` share. */
export function withPipelineOptions(command: Command): Command {
  return command
    .option('--verbose', 'print the rule behind every entity and edge')
    .option('--max-article-mb <n>', `refuse an article larger than this many megabytes (default ${DEFAULT_MAX_ARTICLE_MB})`)
    .option('--jobs <n>', 'extraction worker threads (default: one per core)', parseJobs)
    .option('--skip-bad', 'skip records that cannot be read (bad JSON, no text, ...), listing them in OUT/skipped.txt, instead of stopping');
}

/** `--jobs N`: a whole number of worker threads, at least 1. */
function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return jobs;
}

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(mb > 0)) throw new KgError('USAGE', `--max-article-mb: "${value}" is not a positive number of megabytes`, value);
  return mb;
}

/** How much V8's heap may grow past what its last full collection kept (see runPipeline). */
const HEAP_GROWING_PERCENT = 30;
/**
 * Input bytes from which the heap's growth is held so, as where the pipeline starts forcing its
 * collections (collect-garbage.ts). Below it the lexicons' loading dominates, and holding the heap
 * cost a one-line article's build 0.1 s of processor time for 9 MB less resident memory.
 */
const HOLD_HEAP_FROM_BYTES = 64 * 1024;

/** Whether the inputs (files, and the files directly in folders, as a build reads them) reach `bytes`. */
export function inputsReach(inputs: readonly string[], bytes: number): boolean {
  let total = 0;
  for (const input of inputs) {
    try {
      const stat = statSync(input);
      if (stat.isFile()) total += stat.size;
      else if (stat.isDirectory()) {
        for (const entry of readdirSync(input, { withFileTypes: true })) {
          if (entry.isFile()) total += statSync(join(input, entry.name)).size;
          if (total >= bytes) return true;
        }
      }
    } catch {
      // An input that cannot be read is reported by the build.
    }
    if (total >= bytes) return true;
  }
  return false;
}

/**
 * `load` imports the pipeline (and with it the extractor's gazetteers, which take a while) only
 * after the options and the output folder are checked, so a mistake there is reported at once.
 */
export async function runPipeline(
  load: () => Promise<(options: PipelineOptions) => Promise<BuildSummary>>,
  inputs: readonly string[],
  outDir: string,
  cli: PipelineCliOptions = {},
  more: Pick<PipelineOptions, 'store' | 'gexf' | 'relayout' | 'fromExtractions' | 'extractionFiles'> = {},
): Promise<void> {
  // V8 lets its heap grow to up to four times what the last full collection kept before it
  // collects again; over a long article, whose windows each leave their parses behind, that took
  // a 30 MB article to 1 GB. Growing by 30% at a time keeps the peak near 1.3 times what is live:
  // 50% cost a 30 MB article 50 MB more, for no less processor time; 20% cost more collecting.
  if (inputsReach(inputs, HOLD_HEAP_FROM_BYTES)) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const verbose = cli.verbose === true;
  const maxArticleMb = cli.maxArticleMb === undefined ? undefined : parseMegabytes(cli.maxArticleMb);
  checkOutputFolder(outDir);
  const run = await load();
  // The bar would tear through the --verbose lines, so it is off then.
  const progress = createProgress(!verbose);
  let summary: BuildSummary;
  try {
    summary = await run({
      ...more,
      ...(cli.jobs === undefined ? {} : { jobs: cli.jobs }),
      ...(cli.skipBad === true ? { skipBad: true } : {}),
      inputs,
      outDir,
      ...(maxArticleMb === undefined ? {} : { maxArticleMb }),
      onProgress: (done, total, article) => progress.update(done, total, article),
      onExtraction: verbose ? (extraction) => process.stdout.write(`${verboseLines(extraction).join('\n')}\n`) : undefined,
    });
  } finally {
    progress.stop();
  }
  process.stdout.write(`${summaryLines(summary).join('\n')}\n`);
}
