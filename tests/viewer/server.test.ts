// The viewer's server: content types, /graph.json, and no way out of its folder. The hostile
// requests and the graph replaced while served are in server-hardening.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { startViewerServer, type ViewerServer } from '../../viewer/server';

/** A raw GET that keeps the path exactly as written (fetch would normalise "/../"). */
function get(server: ViewerServer, path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('viewer server', () => {
  let dir: string;
  let server: ViewerServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-server-'));
    const root = join(dir, 'dist');
    mkdirSync(root);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'app.js'), 'console.log(1);');
    writeFileSync(join(root, 'style.css'), 'body{}');
    writeFileSync(join(dir, 'secret.txt'), 'outside the root');
    writeFileSync(join(dir, 'graph.json'), '{"nodes":[],"edges":[]}');
    server = await startViewerServer({ root, graphPath: join(dir, 'graph.json'), port: 0 });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and prints that address', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it.each([
    ['/', 200, 'text/html; charset=utf-8'],
    ['/app.js', 200, 'text/javascript; charset=utf-8'],
    ['/style.css', 200, 'text/css; charset=utf-8'],
    ['/graph.json', 200, 'application/json; charset=utf-8'],
    ['/graph.json?node=a', 200, 'application/json; charset=utf-8'],
    ['/missing.js', 404, 'text/plain; charset=utf-8'],
  ])('GET %s answers %i %s', async (path, status, type) => {
    const res = await get(server, path);
    expect([res.status, res.type]).toEqual([status, type]);
  });

  it('serves the graph file named on the command line', async () => {
    await expect(get(server, '/graph.json')).resolves.toMatchObject({ body: '{"nodes":[],"edges":[]}' });
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/app.js%00.html', '/%E0%A4%A'])('refuses %s', async (path) => {
    const res = await get(server, path);
    expect([403, 404]).toContain(res.status);
    expect(res.body).not.toContain('outside the root');
  });

  it('only answers GET and HEAD', async () => {
    await expect(get(server, '/', 'POST')).resolves.toMatchObject({ status: 405 });
    await expect(get(server, '/', 'HEAD')).resolves.toMatchObject({ status: 200, body: '' });
  });

  it('sends a content security policy that forbids inline script', async () => {
    const headers = await new Promise<Record<string, unknown>>((resolve) => {
      request({ host: '127.0.0.1', port: server.port, path: '/' }, (res) => {
        res.resume();
        resolve(res.headers);
      }).end();
    });
    expect(headers['content-security-policy']).toContain("script-src 'self';");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('says how to build the graph when there is none', async () => {
    const other = await startViewerServer({ root: join(dir, 'dist'), graphPath: join(dir, 'none.json'), port: 0 });
    const res = await get(other, '/graph.json');
    await other.close();
    expect(res.status).toBe(404);
    expect(res.body).toContain('no graph yet; run "npx kg build" first');
  });

  it('falls back to a free port when the one asked for is busy', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as { port: number }).port;
    const other = await startViewerServer({ root: join(dir, 'dist'), graphPath: join(dir, 'graph.json'), port: busy });
    await other.close();
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    expect(other.fellBack).toBe(true);
    expect(other.port).not.toBe(busy);
  });
});
