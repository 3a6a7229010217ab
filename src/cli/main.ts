// The command line: the only code that reads argv, prints, and sets the exit status.
import { Command } from 'commander';
import { version } from '../../package.json';
import { KgError } from '../errors';
import { registerBuild } from './commands/build';
import { registerExport } from './commands/export';
import { registerExtract } from './commands/extract';
import { registerQuery } from './commands/query';
import { registerServe } from './commands/serve';
import { registerStart } from './commands/start';

// Each command lives in its own file under ./commands and registers itself here, one per line.
const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerBuild,
  registerExtract,
  registerExport,
  registerQuery,
  registerServe,
  registerStart,
];

export function main(argv: string[]): void {
  const program = new Command('kg')
    .description('Build and explore a knowledge graph of people, cities and institutions from news articles.')
    .version(version)
    .showHelpAfterError()
    .addHelpText(
      'after',
      `
Examples:
  kg build                                   graph-data/articles/*.txt → graph-data/graph.json and graph.gexf
  kg build news/ --out out --verbose         print the rule behind every entity and edge
  kg extract news/*.txt --out-dir graphs     one graph per article
  kg export out/graph.json --format graphml --out out/graph.graphml
  kg query --graph out/graph.json who-met "Alma Torres"
  kg serve --graph out/graph.json            browse a graph in the viewer
  kg start                                   build if needed, then serve the viewer`,
    );
  for (const register of COMMANDS) register(program);
  // A reader that stops early (`kg build --verbose | head`) must not abort the build itself.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') fail(error);
  });
  program.parseAsync(argv).catch(fail);
}

/** Prints one line naming the file and the problem, and exits 1. */
function fail(error: unknown): never {
  const message = error instanceof KgError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`kg: ${oneLine(message)}\n`);
  process.exit(1);
}

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The message on one line, whole: a line break or other control character (a file may be named
 * with one) is shown escaped (\n, \u001b) instead of cutting the line or moving the cursor.
 */
export function oneLine(message: string): string {
  return message.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
