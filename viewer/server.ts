// The viewer's server: the bundled page from viewer/dist (through sirv, which serves only the
// files it listed at start, so no URL can reach outside them) and the graph at /graph.json.
// Every request passes one error boundary, so a malformed one gets 400 and never ends the
// process; the Host header must name this server, so a DNS-rebinding page cannot read the graph.
import { closeSync, constants, createReadStream, fstatSync, openSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import sirv from 'sirv';
import { allowedHosts, hostAllowed } from './hosts';

export interface ViewerServerOptions {
  /** The folder holding the bundled page (viewer/dist). */
  root: string;
  /** The graph file served at /graph.json. */
  graphPath: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface ViewerServer {
  url: string;
  port: number;
  /** True when the requested port was busy and the system picked another one. */
  fellBack: boolean;
  close(): Promise<void>;
}

const TEXT_TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
]);

// Article text ends up in the page: a strict policy means even a bug elsewhere cannot run
// injected script. The layout worker is created from a blob: URL.
const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
  [
    'Content-Security-Policy',
    "default-src 'none'; script-src 'self'; worker-src blob:; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  ],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cache-Control', 'no-cache'],
];

function send(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...Object.fromEntries(SECURITY_HEADERS), ...headers });
  res.end(`${message}\n`);
}

/**
 * The graph through one file handle: the length sent is the fstat of the handle that is read, so
 * a graph replaced by rename while it is being served (as `kg build` writes it) is sent whole,
 * old or new, never the length of one and the bytes of the other.
 */
function sendGraph(req: IncomingMessage, res: ServerResponse, path: string): void {
  const missing = `${path}: no graph yet; run "npx kg build" first`;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return send(res, 404, missing);
  }
  const stats = fstatSync(fd);
  if (!stats.isFile() || req.method === 'HEAD' || stats.size === 0) {
    closeSync(fd);
    if (!stats.isFile()) return send(res, 404, missing);
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': stats.size, ...Object.fromEntries(SECURITY_HEADERS) });
    return void res.end();
  }
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': stats.size, ...Object.fromEntries(SECURITY_HEADERS) });
  const stream = createReadStream('', { fd, start: 0, end: stats.size - 1 });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * The request's path and, for an absolute-form target ("GET http://host/x"), the authority it
 * names; null when the target is neither a path nor an http URL, or does not parse ("//[",
 * "http://[", "http://a:99999/").
 */
function targetOf(req: IncomingMessage): { pathname: string; authority?: string } | null {
  const target = req.url ?? '';
  try {
    if (target.startsWith('/') && !target.startsWith('//')) return { pathname: new URL(target, 'http://viewer.invalid').pathname };
    if (/^https?:\/\//i.test(target)) {
      const url = new URL(target);
      return { pathname: url.pathname, authority: url.host };
    }
  } catch {
    return null;
  }
  return null;
}

function handler(options: ViewerServerOptions, hosts: ReadonlySet<string>, port: () => number) {
  const statics = sirv(options.root, {
    dev: false,
    etag: true,
    setHeaders: (res, pathname) => {
      for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
      // A path without an extension ("/") is answered with its index.html.
      const type = TEXT_TYPES.get(extname(pathname) || '.html');
      if (type !== undefined) res.setHeader('Content-Type', type);
    },
  });
  const route = (req: IncomingMessage, res: ServerResponse): void => {
    const target = targetOf(req);
    if (target === null) return send(res, 400, 'bad request: the target must be a path such as /graph.json');
    // An absolute-form target names the host itself, and takes the place of the Host header.
    const host = target.authority ?? req.headers.host;
    if (!hostAllowed(host, hosts, port())) {
      return send(res, 421, `${host ?? 'no Host header'}: not this server's name; use the address kg serve printed`);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, `${req.method ?? 'this method'} is not allowed`, { Allow: 'GET, HEAD' });
    if (target.pathname === '/graph.json') return sendGraph(req, res, options.graphPath);
    // sirv sees a clean path only, and no Range: the page never asks for one.
    req.url = target.pathname;
    delete req.headers.range;
    statics(req, res, () => send(res, 404, `${target.pathname}: not found`));
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      route(req, res);
    } catch {
      if (!res.headersSent) send(res, 400, 'bad request');
      else res.destroy();
    }
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolveListen, reject) => {
    const onError = (error: Error): void => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolveListen();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** Starts the server; a busy port falls back to one the system picks. */
export async function startViewerServer(options: ViewerServerOptions): Promise<ViewerServer> {
  const host = options.host ?? '127.0.0.1';
  let port = 0;
  const server = createServer(handler(options, allowedHosts(host), () => port));
  // A request Node cannot parse at all gets 400 and a closed connection, never an exception.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  let fellBack = false;
  try {
    await listen(server, options.port ?? 0, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    fellBack = true;
    await listen(server, 0, host);
  }
  port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    fellBack,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
