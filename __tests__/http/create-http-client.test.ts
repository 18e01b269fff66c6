/**
 * The HTTP client against real servers on 127.0.0.1: answers, keep-alive, content codings, body
 * caps, and every way a request can fail short of a complete answer.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../../src/http/create-http-client.js';
import { HttpFailure, type HttpClient, type HttpRequest } from '../../src/http/http-types.js';
import { HARD_BODY_LIMIT_BYTES } from '../../src/http/send-request.js';
import { canRunUndici } from '../../src/http/load-undici.js';
import { startHttpServer, type TestServer } from '../helpers/test-servers.js';

const PLANTED = 'Pl4ntedBypassTokenValue-9f83';

let client: HttpClient;
const servers: TestServer[] = [];

async function server(handler: Parameters<typeof startHttpServer>[0]): Promise<TestServer> {
  const started = await startHttpServer(handler);
  servers.push(started);
  return started;
}

/** The failure a request ended with (the test fails when it succeeded). */
async function failureOf(request: HttpRequest): Promise<HttpFailure> {
  const error = await client.request(request).then(
    () => undefined,
    (thrown: unknown) => thrown
  );
  expect(error).toBeInstanceOf(HttpFailure);
  const failure = error as HttpFailure;
  expect(failure.message).not.toContain(PLANTED);
  return failure;
}

beforeEach(() => {
  client = createHttpClient();
});

afterEach(async () => {
  await client.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('an answer', () => {
  it('carries status, lower-case headers, repeated headers as arrays, and the body', async () => {
    const local = await server((_req, res) => {
      res.writeHead(201, [['Content-Type', 'text/plain'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2'], ['X-Thing', 'yes']]);
      res.end('hello');
    });
    const response = await client.request({ method: 'post', url: `${local.url}/things?x=1`, headers: { 'x-bypass': PLANTED }, body: 'payload', timeoutMs: 5000 });
    expect(response.status).toBe(201);
    expect(response.url).toBe(`${local.url}/things?x=1`);
    expect(response.headers['content-type']).toBe('text/plain');
    expect(response.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(Buffer.from(response.body).toString()).toBe('hello');
    expect(response).toMatchObject({ bodyBytes: 5, bodyTruncated: false });
    expect(response.tls).toBeUndefined();
    expect(local.requests[0]).toMatchObject({ method: 'POST', url: '/things?x=1', body: 'payload' });
    expect(local.requests[0]?.headers['x-bypass']).toBe(PLANTED);
  });

  it('reuses a keep-alive connection: the second request has no connect phase', async () => {
    const local = await server((_req, res) => res.end('ok'));
    const first = await client.request({ method: 'GET', url: `${local.localhostUrl}/`, timeoutMs: 5000 });
    const second = await client.request({ method: 'GET', url: `${local.localhostUrl}/`, timeoutMs: 5000 });
    expect(first.timings.reusedConnection).toBe(false);
    expect(first.timings.connectMs).toEqual(expect.any(Number));
    expect(first.timings.dnsMs).toEqual(expect.any(Number)); // `localhost` was resolved
    expect(second.timings.reusedConnection).toBe(true);
    expect(second.timings).not.toHaveProperty('connectMs');
    expect(second.timings).not.toHaveProperty('dnsMs');
    expect(second.timings.firstByteMs).toBeLessThanOrEqual(second.timings.totalMs);
    expect(local.connections()).toBe(1);
  });

  it('has no DNS phase for an IP address', async () => {
    const local = await server((_req, res) => res.end('ok'));
    const response = await client.request({ method: 'GET', url: `${local.url}/`, timeoutMs: 5000 });
    expect(response.timings).not.toHaveProperty('dnsMs');
    expect(response.timings.connectMs).toEqual(expect.any(Number));
  });

  const text = 'launch-ready '.repeat(1000);
  it.each([
    ['gzip', gzipSync(text)],
    ['x-gzip', gzipSync(text)],
    ['deflate', deflateSync(text)],
    ['br', brotliCompressSync(text)],
    ['gzip, br', brotliCompressSync(gzipSync(text))]
  ])('decodes a %s body', async (encoding, encoded) => {
    const local = await server((_req, res) => {
      res.writeHead(200, { 'content-encoding': encoding });
      res.end(encoded);
    });
    const response = await client.request({ method: 'GET', url: local.url, timeoutMs: 5000 });
    expect(Buffer.from(response.body).toString()).toBe(text);
    expect(response.bodyBytes).toBe(text.length);
  });

  it('reads a chunked body', async () => {
    const local = await server((_req, res) => {
      res.write('one,');
      setTimeout(() => res.end('two'), 20);
    });
    const response = await client.request({ method: 'GET', url: local.url, timeoutMs: 5000 });
    expect(Buffer.from(response.body).toString()).toBe('one,two');
  });
});

describe('a large body', () => {
  it('keeps maxBodyBytes of a 10 MB body and counts all of it', async () => {
    const local = await server((_req, res) => res.end(Buffer.alloc(10 * 1024 * 1024, 'a')));
    const response = await client.request({ method: 'GET', url: local.url, timeoutMs: 10_000, maxBodyBytes: 1000 });
    expect(response.body.length).toBe(1000);
    expect(response.bodyTruncated).toBe(true);
    expect(response.bodyBytes).toBe(10 * 1024 * 1024);
  });

  it('ends an endless body at the hard limit and closes that connection', async () => {
    const local = await server((_req, res) => {
      const chunk = Buffer.alloc(64 * 1024, 'z');
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    });
    const response = await client.request({ method: 'GET', url: local.url, timeoutMs: 20_000 });
    expect(response.bodyTruncated).toBe(true);
    expect(response.body.length).toBe(1024 * 1024);
    expect(response.bodyBytes).toBeGreaterThan(HARD_BODY_LIMIT_BYTES);
  });

  it('ends a decompression bomb without inflating it in memory', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024)); // ~200 KB on the wire
    const local = await server((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    const response = await client.request({ method: 'GET', url: local.url, timeoutMs: 20_000, maxBodyBytes: 10 });
    expect(response.bodyTruncated).toBe(true);
    expect(response.body.length).toBe(10);
    expect(response.bodyBytes).toBeGreaterThan(HARD_BODY_LIMIT_BYTES);
    expect(response.bodyBytes).toBeLessThan(200 * 1024 * 1024);
  });

  it('answers with what it kept when the deadline passes while draining past the cap', async () => {
    const local = await server((_req, res) => {
      res.write(Buffer.alloc(2000, 'b'));
      setInterval(() => res.destroyed || res.write('.'), 20).unref();
    });
    const response = await client.request({ method: 'GET', url: local.url, timeoutMs: 300, maxBodyBytes: 100 });
    expect(response.bodyTruncated).toBe(true);
    expect(response.body.length).toBe(100);
  });
});

describe('a request that gets no complete answer', () => {
  it('times out on a slow server', async () => {
    const local = await server((_req, res) => {
      setTimeout(() => res.end('late'), 5000).unref();
    });
    const failure = await failureOf({ method: 'GET', url: `${local.url}/slow?token=${PLANTED}`, headers: { 'x-bypass': PLANTED }, timeoutMs: 300 });
    expect(failure.kind).toBe('timeout');
    expect(failure.message).toContain(`GET ${local.url}/slow`);
  });

  it('times out on a server that accepts and never answers', async () => {
    const silent = await listenSilently();
    try {
      const failure = await failureOf({ method: 'GET', url: `http://127.0.0.1:${silent.port}/`, headers: { 'x-bypass': PLANTED }, timeoutMs: 300 });
      expect(failure.kind).toBe('timeout');
    } finally {
      await silent.close();
    }
  });

  it('is refused when nothing listens', async () => {
    const closed = await listenSilently();
    await closed.close();
    const failure = await failureOf({ method: 'GET', url: `http://127.0.0.1:${closed.port}/`, timeoutMs: 2000 });
    expect(failure.kind).toBe('refused');
    expect(failure.code).toBe('ECONNREFUSED');
  });

  it('is reset when the server destroys the socket mid-response', async () => {
    const local = await server((_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('partial');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const failure = await failureOf({ method: 'GET', url: local.url, headers: { 'x-bypass': PLANTED }, timeoutMs: 5000 });
    expect(failure.kind).toBe('reset');
  });

  it("is aborted by the caller's signal, with the signal's reason", async () => {
    const local = await server(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('the smoke check ran out of time')), 50);
    const failure = await failureOf({ method: 'GET', url: local.url, timeoutMs: 10_000, signal: controller.signal });
    expect(failure.kind).toBe('aborted');
    expect(failure.message).toBe('the smoke check ran out of time');
  });

  it('is aborted at once by a signal that already fired', async () => {
    const failure = await failureOf({ method: 'GET', url: 'http://127.0.0.1:9/', timeoutMs: 1000, signal: AbortSignal.abort(new Error('too late')) });
    expect(failure).toMatchObject({ kind: 'aborted', message: 'too late' });
  });

  it('is a protocol failure when the answer is not HTTP', async () => {
    const garbage = await listenSilently((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n\r\n'));
    try {
      const failure = await failureOf({ method: 'GET', url: `http://127.0.0.1:${garbage.port}/`, timeoutMs: 2000 });
      expect(failure.kind).toBe('protocol');
    } finally {
      await garbage.close();
    }
  });

  it.each([
    ['ftp://127.0.0.1/', 'only http:// and https://'],
    ['/relative', 'not an absolute URL']
  ])('refuses %s before sending anything', async (url, words) => {
    const failure = await failureOf({ method: 'GET', url, timeoutMs: 1000 });
    expect(failure.kind).toBe('other');
    expect(failure.message).toContain(words);
  });

  it('leaves userinfo and the query string out of messages', async () => {
    const closed = await listenSilently();
    await closed.close();
    const failure = await failureOf({ method: 'GET', url: `http://me:${PLANTED}@127.0.0.1:${closed.port}/p?k=${PLANTED}`, timeoutMs: 2000 });
    expect(failure.message).toBe(`GET http://127.0.0.1:${closed.port}/p: connection refused (ECONNREFUSED)`);
  });
});

describe('the runtime', () => {
  it.each([
    ['20.20.2', false],
    ['22.18.0', false],
    ['22.19.0', true],
    ['24.1.0', true]
  ])('Node %s can run undici 8: %s', (version, expected) => {
    expect(canRunUndici(version)).toBe(expected);
  });

  it('fails requests on a closed client', async () => {
    await client.close();
    const failure = await failureOf({ method: 'GET', url: 'http://127.0.0.1:9/', timeoutMs: 1000 });
    expect(failure).toMatchObject({ kind: 'other', message: 'GET http://127.0.0.1:9/: the HTTP client is closed' });
  });
});

/** A TCP server that accepts and says nothing (or what `onSocket` says). */
async function listenSilently(onSocket: (socket: Socket) => void = () => undefined): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const tcp: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    onSocket(socket);
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const { port } = tcp.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        tcp.close(() => resolve());
      })
  };
}
