// `kg start`: builds the graph when it is missing or older than an article, then serves the viewer.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Command } from 'commander';
import { ARTICLE_EXTENSIONS } from '../../article/read';
import { runPipeline } from '../run-pipeline';
import { DEFAULT_GRAPH, DEFAULT_INPUT, DEFAULT_OUT } from './build';
import { serveViewer, withServerOptions } from './serve';

/** True when graphPath is missing or any article file in articlesDir is newer than it. */
export function graphIsStale(graphPath: string, articlesDir: string): boolean {
  let built: number;
  try {
    built = statSync(graphPath).mtimeMs;
  } catch {
    return true;
  }
  let names: string[];
  try {
    names = readdirSync(articlesDir);
  } catch {
    return false;
  }
  return names.some((name) => (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()) && modified(join(articlesDir, name)) > built);
}

/** When a file last changed; an article that cannot be stat'ed (a broken link) counts as new, so the build reports it. */
function modified(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

export function registerStart(program: Command): void {
  withServerOptions(
    program.command('start').description(`build ${DEFAULT_GRAPH} from ${DEFAULT_INPUT} if it is missing or out of date, then serve the viewer`),
  ).action(async (options: { host: string; port: string }) => {
    const graph = DEFAULT_GRAPH;
    if (graphIsStale(graph, DEFAULT_INPUT)) {
      process.stdout.write(`${graph} is missing or older than ${DEFAULT_INPUT}: building it\n`);
      // Loaded only when needed, as `kg build` does: the extractor's gazetteers take a while.
      await runPipeline(async () => (await import('../../pipeline')).buildGraphFiles, [DEFAULT_INPUT], DEFAULT_OUT);
    }
    await serveViewer({ graph, host: options.host, port: options.port });
  });
}
