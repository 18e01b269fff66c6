/**
 * The run's HTTP client (the `http` port of ARCHITECTURE.md): one undici `Agent` with a bounded
 * keep-alive pool per origin, created on the first request. See send-request.ts for one request
 * and timed-connector.ts for timings and certificate checks.
 */
// A namespace import: a named import of getCACertificates would fail to link on Node 20.
import * as tls from 'node:tls';
import { describeRequest, toHttpFailure } from './http-errors.js';
import { HttpFailure, type HttpClient, type HttpRequest, type HttpResponse } from './http-types.js';
import { loadUndici } from './load-undici.js';
import { sendRequest } from './send-request.js';
import { createTimedConnector } from './timed-connector.js';

export interface HttpClientOptions {
  /** Connections per origin; requests past it wait for a free one. Default 8. */
  connections?: number;
  /**
   * How long an idle connection stays open, in milliseconds; also caps a server's Keep-Alive hint.
   * Default: undici's (4 s, or the server's hint up to 10 min).
   */
  keepAliveMs?: number;
  /**
   * Extra trusted CA certificates (PEM), on top of the default roots and NODE_EXTRA_CA_CERTS.
   * Meant for tests with their own CA; production trusts what Node trusts.
   */
  ca?: string | string[];
  /** TCP + TLS deadline for one connection attempt, in milliseconds. Default 10 000 (undici's). */
  connectTimeoutMs?: number;
  /**
   * Where to connect instead, by `host:port` (`shop.example:443` → `127.0.0.1:8443`), keeping the
   * Host header and the TLS server name: curl's `--resolve`. For tests that serve a real host
   * name from a local server; production connects where DNS says.
   */
  connectTo?: Readonly<Record<string, string>>;
}

type Dispatcher = import('undici').Dispatcher;

async function createAgent(options: HttpClientOptions): Promise<Dispatcher> {
  const undici = await loadUndici();
  const extra = options.ca === undefined ? [] : [options.ca].flat();
  // A `ca` option replaces the roots, so the defaults (bundled + NODE_EXTRA_CA_CERTS) come first.
  // getCACertificates exists from Node 22.15 on; loadUndici has already required 22.19.
  const secureContext = extra.length > 0 ? tls.createSecureContext({ ca: [...tls.getCACertificates('default'), ...extra] }) : undefined;
  return new undici.Agent({
    connections: options.connections ?? 8,
    pipelining: 1,
    allowH2: false,
    ...(options.keepAliveMs === undefined ? {} : { keepAliveTimeout: options.keepAliveMs, keepAliveMaxTimeout: options.keepAliveMs }),
    connect: createTimedConnector(undici, { ...(secureContext ? { secureContext } : {}), ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}), ...(options.connectTo ? { connectTo: options.connectTo } : {}) })
  });
}

/** Checks what a caller could get wrong, before anything is sent. */
function parseTarget(request: HttpRequest): URL {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new HttpFailure('other', `${describeRequest(request)}: not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new HttpFailure('other', `${describeRequest(request)}: only http:// and https:// URLs can be requested`);
  }
  if (!(request.timeoutMs > 0 && Number.isFinite(request.timeoutMs))) {
    throw new HttpFailure('other', `${describeRequest(request)}: timeoutMs must be a positive number of milliseconds`);
  }
  return url;
}

/**
 * Creates the run's client. No connection is opened and undici is not loaded until the first
 * request, so creating one costs nothing on Node 20 for a run that sends no request.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  let agent: Promise<Dispatcher> | undefined;
  let closed = false;
  return {
    async request(request: HttpRequest): Promise<HttpResponse> {
      const url = parseTarget(request);
      if (closed) throw new HttpFailure('other', `${describeRequest(request)}: the HTTP client is closed`);
      agent ??= createAgent(options);
      let dispatcher: Dispatcher;
      try {
        dispatcher = await agent;
      } catch (error) {
        throw toHttpFailure(error, request);
      }
      return sendRequest(dispatcher, request, url);
    },
    async close(): Promise<void> {
      closed = true;
      const opened = await agent?.catch(() => undefined);
      // destroy, not close: a request still running at the end of the run has been abandoned.
      await opened?.destroy();
    }
  };
}
