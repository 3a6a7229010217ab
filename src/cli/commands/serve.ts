// `kg serve [--graph PATH] [--host HOST] [--port N]`: bundles the viewer if its sources changed,
// then serves it and the graph on 127.0.0.1 until stopped.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DIST_DIR, ensureViewerBundle } from '../../../viewer/build';
import { startViewerServer, type ViewerServer } from '../../../viewer/server';
import { KgError } from '../../errors';
import { DEFAULT_GRAPH } from './build';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export interface ServeOptions {
  graph: string;
  host: string;
  port: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new KgError('USAGE', `--port: "${value}" is not a port number (0 to 65535)`, value);
  return port;
}

/** The options `kg serve` and `kg start` share. */
export function withServerOptions(command: Command): Command {
  return command
    .option('--host <host>', 'interface to listen on (other machines can connect unless it is loopback)', DEFAULT_HOST)
    .option('--port <n>', 'port; 0 picks a free one, and a busy port falls back to a free one', String(DEFAULT_PORT));
}

export async function serveViewer(options: ServeOptions): Promise<ViewerServer> {
  const port = parsePort(options.port);
  const graphPath = resolve(options.graph);
  if (await ensureViewerBundle()) process.stdout.write(`viewer bundled into ${DIST_DIR}\n`);
  if (!existsSync(graphPath)) process.stderr.write(`kg: ${options.graph}: no graph yet; the page will say so (run "npx kg build" or "npm start")\n`);
  const server = await startViewerServer({ root: DIST_DIR, graphPath, host: options.host, port });
  if (server.fellBack) process.stdout.write(`port ${port} is busy; using ${server.port}\n`);
  if (!LOOPBACK.has(options.host)) process.stderr.write(`kg: listening on ${options.host}: other machines can read this graph\n`);
  process.stdout.write(`Viewer for ${options.graph}: ${server.url}\nPress Ctrl+C to stop.\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

export function registerServe(program: Command): void {
  withServerOptions(
    program
      .command('serve')
      .description('serve the graph viewer on 127.0.0.1 (bundles the viewer first if needed)')
      .option('--graph <path>', 'graph file to show', DEFAULT_GRAPH),
  ).action(async (options: ServeOptions) => {
    await serveViewer(options);
  });
}
