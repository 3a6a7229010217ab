// The viewer's static server (Node's http module): the bundled page from viewer/dist and the graph
// at /graph.json. Listens on 127.0.0.1 unless told otherwise; never serves outside its folder.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

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

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

// Article text ends up in the page: a strict policy means even a bug elsewhere cannot run
// injected script. The layout worker is created from a blob: URL.
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; worker-src blob:; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function send(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  res.end(`${message}\n`);
}

function sendFile(req: IncomingMessage, res: ServerResponse, path: string, missing: string): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return send(res, 404, missing);
    size = stat.size;
  } catch {
    return send(res, 404, missing);
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': 'no-cache',
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path).pipe(res);
}

/** The file under root that a URL path names, or null when it would leave root. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(join(base, decoded === '/' ? 'index.html' : decoded));
  return target.startsWith(base + sep) ? target : null;
}

function handler(options: ViewerServerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, `${req.method ?? 'this method'} is not allowed`);
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/graph.json') {
      return sendFile(req, res, options.graphPath, `${options.graphPath}: no graph yet; run "npx kg build" first`);
    }
    const path = resolveStaticPath(options.root, pathname);
    if (path === null) return send(res, 403, `${pathname}: outside the viewer`);
    sendFile(req, res, path, `${pathname}: not found`);
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
  const server = createServer(handler(options));
  let fellBack = false;
  try {
    await listen(server, options.port ?? 0, host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    fellBack = true;
    await listen(server, 0, host);
  }
  const { port } = server.address() as AddressInfo;
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
