// `kg extract INPUT... --out-dir DIR`: one laid-out graph per article, DIR/NAME.json; or
// `kg extract --explain FILE`: how the article's relations were found, sentence by sentence.
import type { Command } from 'commander';
import { KgError } from '../../errors';
import { runPipeline, withPipelineOptions, type PipelineCliOptions } from '../run-pipeline';

interface ExtractOptions extends PipelineCliOptions {
  outDir?: string;
  extractions?: boolean;
  explain?: boolean;
}

export function registerExtract(program: Command): void {
  withPipelineOptions(
    program
      .command('extract')
      .description('one graph per article: OUT-DIR/ID.json for each article (NAME.json for NAME.txt, a record\'s id for a record)')
      .argument('<input...>', 'article files, or folders of them (sub-folders are not read)')
      .option('--out-dir <dir>', 'output folder (required unless --explain)')
      .option('--extractions', 'write OUT-DIR/NAME.extraction.json (for kg build --from-extractions), not graphs')
      .option('--explain', 'print, for the articles of one file, each sentence\'s parse, what its pronouns and descriptions stand for, and every rule that fired; writes nothing'),
  )
    // The pipeline (and the extractor's gazetteers) loads only when the command runs and its
    // options are checked, so other commands start fast and mistakes show at once.
    .action(async (inputs: string[], options: ExtractOptions) => {
      if (options.explain === true) return explain(inputs);
      if (options.outDir === undefined) throw new KgError('USAGE', "required option '--out-dir <dir>' not specified", '--out-dir');
      const outDir = options.outDir;
      return runPipeline(async () => (await import('../../pipeline')).extractGraphFiles, inputs, outDir, options, options.extractions === true ? { extractionFiles: true } : {});
    });
}

async function explain(inputs: readonly string[]): Promise<void> {
  const [file] = inputs;
  if (inputs.length !== 1 || file === undefined) throw new KgError('USAGE', `--explain takes one article file, not ${inputs.length}`, inputs.join(' '));
  const { readArticles } = await import('../../article/stream');
  const { explainArticle } = await import('../../extract/explain');
  // Every article is read (and checked) before anything is printed.
  const articles = await readArticles([file]);
  process.stdout.write(`${articles.map((a) => explainArticle(a.text, a.id).join('\n')).join('\n\n')}\n`);
}
