// The viewer's server against hostile and careless clients: requests that used to end the
// process, a foreign Host (DNS rebinding), absolute paths, methods, and a graph replaced by
// rename while it is being served.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startViewerServer, type ViewerServer } from '../../viewer/server';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET with the given path and headers, kept exactly as written. */
function get(server: ViewerServer, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends raw bytes and returns the status line of the answer ('' when the connection just closes). */
function raw(server: ViewerServer, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    const done = (): void => {
      socket.destroy();
      resolve(answer.split('\r\n')[0] ?? '');
    };
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      answer += chunk;
      if (answer.includes('\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
  });
}

describe('the viewer server under hostile requests', () => {
  let dir: string;
  let root: string;
  let server: ViewerServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-harden-'));
    root = join(dir, 'dist');
    mkdirSync(root);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'app.js'), 'console.log(1);');
    writeFileSync(join(root, '.inputs.json'), JSON.stringify([join(dir, 'secret', 'source.ts')]));
    writeFileSync(join(dir, 'graph.json'), '{"nodes":[],"edges":[]}');
    server = await startViewerServer({ root, graphPath: join(dir, 'graph.json'), port: 0 });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['a scheme-relative target that does not parse (curl --path-as-is //[)', 'GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
    ['an absolute-form target that does not parse', 'GET http://[ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
    ['an absolute-form target with a port out of range', 'GET http://a:99999/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
    ['a target that is not a path', 'GET index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'],
    ['a request line that is not HTTP', '\u0000\u0001 garbage\r\n\r\n'],
    ['a header without a colon', 'GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n'],
  ])('answers %s with 400 and keeps serving', async (_name, text) => {
    expect(await raw(server, text)).toBe('HTTP/1.1 400 Bad Request');
    expect((await get(server, '/graph.json')).status).toBe(200);
  });

  it('answers a page on another origin that loads //[ as an image with 400, and keeps serving', async () => {
    expect((await get(server, '//[', { Referer: 'http://evil.example/' })).status).toBe(400);
    expect((await get(server, '/')).status).toBe(200);
  });

  it.each(['attacker.example', `attacker.example:PORT`, 'localhost.attacker.example:PORT', '127.0.0.1:1', '[::2]:PORT', 'localhost:PORT@attacker.example'])(
    'refuses the Host %j (a DNS-rebinding page) with 421 and without the graph',
    async (host) => {
      const res = await get(server, '/graph.json', { Host: host.replace('PORT', String(server.port)) });
      expect(res.status).toBe(421);
      expect(res.body).not.toContain('nodes');
    },
  );

  it.each(['127.0.0.1:PORT', 'localhost:PORT', 'LOCALHOST:PORT', '[::1]:PORT', 'localhost'])('answers the Host %j', async (host) => {
    expect((await get(server, '/graph.json', { Host: host.replace('PORT', String(server.port)) })).status).toBe(200);
  });

  it('refuses a request without a Host header (HTTP/1.0) with 421', async () => {
    expect(await raw(server, 'GET /graph.json HTTP/1.0\r\n\r\n')).toBe('HTTP/1.1 421 Misdirected Request');
  });

  it('checks the host an absolute-form target names', async () => {
    expect(await raw(server, `GET http://attacker.example:${server.port}/graph.json HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`)).toBe('HTTP/1.1 421 Misdirected Request');
    expect(await raw(server, `GET http://127.0.0.1:${server.port}/graph.json HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`)).toBe('HTTP/1.1 200 OK');
  });

  it.each(['/.inputs.json', '/.%69nputs.json', '/%2einputs.json'])('serves no dotfile, such as the list of the bundle\'s sources (%s)', async (path) => {
    const res = await get(server, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain(dir);
  });

  it('answers 405 with Allow: GET, HEAD to other methods', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const res = await get(server, '/graph.json', {}, method);
      expect([res.status, res.headers.allow]).toEqual([405, 'GET, HEAD']);
    }
  });

  it('ignores a Range header it could not honour', async () => {
    const res = await get(server, '/app.js', { Range: 'bytes=9-2' });
    expect([res.status, res.body]).toEqual([200, 'console.log(1);']);
  });
});

describe('a graph replaced by rename while it is served', () => {
  it('is sent whole every time, old or new, never one length with the other bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-torn-'));
    const graph = join(dir, 'graph.json');
    const versions = ['a'.repeat(200_000), 'b'.repeat(300_000)];
    writeFileSync(graph, versions[0] as string);
    const server = await startViewerServer({ root: join(dir), graphPath: graph, port: 0 });
    let swaps = 0;
    let stop = false;
    // Replaces the graph the way kg build does (write beside it, rename over it), as fast as it can.
    const swapping = (async () => {
      while (!stop) {
        const next = join(dir, `next-${swaps}.json`);
        writeFileSync(next, versions[swaps % 2] as string);
        renameSync(next, graph);
        swaps++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const answers: Answer[] = [];
    for (let batch = 0; batch < 30; batch++) {
      answers.push(...(await Promise.all(Array.from({ length: 10 }, () => get(server, '/graph.json')))));
    }
    stop = true;
    await swapping;
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    expect(answers).toHaveLength(300);
    expect(swaps).toBeGreaterThan(10);
    const torn = answers.filter((a) => !versions.includes(a.body) || Number(a.headers['content-length']) !== a.body.length);
    expect(torn.map((a) => `${a.headers['content-length']} bytes announced, ${a.body.length} sent`)).toEqual([]);
  });
});
