/**
 * Real `node:http` / `node:https` servers on 127.0.0.1, port 0, for tests of anything that sends
 * requests. Each records the requests it parsed (so a test can prove a request never arrived) and
 * tracks its sockets, so `close()` ends keep-alive and hung connections at once instead of waiting
 * for them (`server.close()` alone waits).
 *
 *   const server = await startHttpServer((req, res) => res.end('ok'));
 *   await client.request({ method: 'GET', url: `${server.url}/health`, timeoutMs: 2000 });
 *   expect(server.requests[0]?.headers['x-bypass']).toBe(...);
 *   await server.close();
 *
 * The handler may answer at once, later, in pieces, or never: a test of a hung server simply does
 * not end the response.
 */
import { createServer as createHttp, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { KeyPair } from './test-certs.js';

/** A request as the server parsed it. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as on the request line. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The request body, UTF-8. */
  body: string;
}

/** Called once the whole request body has arrived (it is also in `body`). */
export type TestHandler = (req: IncomingMessage, res: ServerResponse, body: string) => unknown;

export interface TestServer {
  /** `http://127.0.0.1:PORT` or `https://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** The same on `localhost`, the name the test certificates carry first. */
  localhostUrl: string;
  port: number;
  /** Every request parsed, in arrival order. */
  requests: RecordedRequest[];
  /** TCP connections accepted so far (keep-alive reuse shows as fewer connections than requests). */
  connections(): number;
  /** Destroys every open socket, then closes the server. Safe to call twice. */
  close(): Promise<void>;
  server: Server;
}

function serve(server: Server, handler: TestHandler, secure: boolean): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let accepted = 0;
  server.on('connection', (socket: Socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const record: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '' };
    requests.push(record);
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (record.body += chunk));
    req.on('end', () => {
      Promise.resolve(handler(req, res, record.body)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
  // A client that hangs up mid-request is a normal event in these tests, not a crash.
  server.on('clientError', (_error, socket: Socket) => socket.destroy());

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const scheme = secure ? 'https' : 'http';
      let closing: Promise<void> | undefined;
      resolve({
        url: `${scheme}://127.0.0.1:${port}`,
        localhostUrl: `${scheme}://localhost:${port}`,
        port,
        requests,
        connections: () => accepted,
        server,
        close: () =>
          (closing ??= new Promise<void>((done) => {
            server.close(() => done());
            for (const socket of sockets) socket.destroy();
          }))
      });
    });
  });
}

/** A plain HTTP server on 127.0.0.1. */
export function startHttpServer(handler: TestHandler): Promise<TestServer> {
  return serve(createHttp(), handler, false);
}

/** An HTTPS server on 127.0.0.1 presenting `certificate` (see test-certs.ts). */
export function startHttpsServer(certificate: KeyPair, handler: TestHandler): Promise<TestServer> {
  return serve(createHttps({ cert: certificate.cert, key: certificate.key }), handler, true);
}
