/**
 * One request through an undici dispatcher, with a handler of our own (undici's DispatchHandler
 * API) so that the body is decoded and capped as it streams, the deadline covers everything from
 * sending to the last byte, and the socket's timings and TLS facts are known.
 */
import { Buffer } from 'node:buffer';
import type { Dispatcher } from 'undici';
import { describeRequest, toHttpFailure } from './http-errors.js';
import { HttpFailure, type HttpRequest, type HttpResponse, type HttpTimings } from './http-types.js';
import { createBodyReader, type BodyReader } from './read-body.js';
import { claimSocket, type SocketFacts } from './timed-connector.js';

/** Default for `HttpRequest.maxBodyBytes`. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Past this many bytes seen, a body is dropped and its connection closed: an endless body ends. */
export const HARD_BODY_LIMIT_BYTES = 64 * 1024 * 1024;

type Headers = Record<string, string | string[]>;

/** The request's headers, plus Basic credentials from the URL's userinfo (RFC 9110 §11.2.1). */
function outgoingHeaders(request: HttpRequest, url: URL): Record<string, string> {
  const headers: Record<string, string> = { ...request.headers };
  const hasAuthorization = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  if ((url.username || url.password) && !hasAuthorization) {
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
  }
  return headers;
}

function reasonMessage(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return reason === undefined ? 'aborted' : String(reason);
}

function timingsOf(started: number, firstByteAt: number, socket: SocketFacts | undefined): HttpTimings {
  const reusedConnection = (socket?.requests ?? 1) > 1;
  const now = performance.now();
  return {
    ...(reusedConnection || socket?.dnsMs === undefined ? {} : { dnsMs: socket.dnsMs }),
    ...(reusedConnection || socket?.connectMs === undefined ? {} : { connectMs: socket.connectMs }),
    ...(reusedConnection || socket?.tlsMs === undefined ? {} : { tlsMs: socket.tlsMs }),
    firstByteMs: firstByteAt - started,
    totalMs: now - started,
    reusedConnection
  };
}

export function sendRequest(dispatcher: Dispatcher, request: HttpRequest, url: URL): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    const started = performance.now();
    const maxBodyBytes = request.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    let controller: Dispatcher.DispatchController | undefined;
    let settled: Error | undefined;
    let socket: SocketFacts | undefined;
    let firstByteAt = started;
    let status = 0;
    let headers: Headers = {};
    let reader: BodyReader | undefined;

    const settle = (error: Error): void => {
      settled = error;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      reader?.destroy();
      // Ends the exchange and closes its connection (undici destroys the socket on abort).
      if (controller && !controller.aborted) controller.abort(error);
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      const failure = toHttpFailure(error, request);
      settle(failure);
      reject(failure);
    };
    const succeed = (): void => {
      if (settled) return;
      const body = reader?.result() ?? { body: new Uint8Array(0), bodyBytes: 0, bodyTruncated: false };
      const response: HttpResponse = { url: request.url, status, headers, ...body, timings: timingsOf(started, firstByteAt, socket) };
      if (url.protocol === 'https:' && socket?.tls) response.tls = socket.tls;
      if (body.bodyTruncated) settle(new Error('body past maxBodyBytes dropped'));
      else {
        clearTimeout(timer);
        settled = new Error('done');
        request.signal?.removeEventListener('abort', onAbort);
      }
      // After undici's setImmediate that hands the socket back to the pool: a request sent
      // right after this one then reuses the connection instead of opening another.
      setImmediate(() => resolve(response));
    };
    // Once the cap is reached the caller has its body: the rest is drained until the deadline,
    // the hard limit or an error, whichever comes first, and the answer is still an answer.
    const failOrTruncate = (error: unknown): void => (reader?.truncated ? succeed() : fail(error));

    const timer = setTimeout(
      () => failOrTruncate(new HttpFailure('timeout', `${describeRequest(request)}: no complete answer within ${request.timeoutMs} ms`)),
      request.timeoutMs
    );
    const onAbort = (): void => fail(new HttpFailure('aborted', reasonMessage(request.signal?.reason)));
    if (request.signal?.aborted) return onAbort();
    request.signal?.addEventListener('abort', onAbort, { once: true });

    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(requestController) {
        controller = requestController;
        if (settled) return requestController.abort(settled);
        claimSocket((facts) => (socket = facts));
      },
      onResponseStart(_controller, statusCode, responseHeaders) {
        firstByteAt = performance.now();
        status = statusCode;
        headers = { ...(responseHeaders as Headers) };
        const encoding = headers['content-encoding'];
        reader = createBodyReader({
          contentEncoding: Array.isArray(encoding) ? encoding.join(',') : encoding,
          maxBodyBytes,
          hardLimitBytes: HARD_BODY_LIMIT_BYTES,
          onBackpressure: (paused) => (paused ? controller?.pause() : controller?.resume()),
          onLimit: () => succeed(),
          onError: (error) => failOrTruncate(error)
        });
      },
      onResponseData(_controller, chunk) {
        if (!settled) reader?.push(chunk);
      },
      onResponseEnd() {
        if (!reader) return succeed();
        reader.finish().then(succeed, fail);
      },
      onResponseError(_controller, error) {
        failOrTruncate(error);
      }
    };

    const body = typeof request.body === 'string' ? Buffer.from(request.body) : request.body;
    try {
      dispatcher.dispatch(
        {
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: request.method.toUpperCase() as Dispatcher.HttpMethod,
          headers: outgoingHeaders(request, url),
          ...(body === undefined ? {} : { body }),
          // Backstops of our own deadline, so undici drops a hung socket even if a timer is lost.
          headersTimeout: request.timeoutMs,
          bodyTimeout: request.timeoutMs
        },
        handler
      );
    } catch (error) {
      fail(error);
    }
  });
}
