/**
 * Turns what undici, node:net, node:tls and node:zlib throw into an `HttpFailure` whose message is
 * safe to print: it names the request by method, origin and path (no userinfo, no query string,
 * which may carry tokens) and never quotes a header value or a body.
 */
import { HttpFailure, type HttpFailureKind, type HttpRequest, type TlsFacts } from './http-types.js';

/** Raised by the connector when a certificate is refused; no request was written on that socket. */
export class CertificateRefusedError extends Error {
  readonly code: string;
  readonly tls: TlsFacts;
  constructor(tls: TlsFacts) {
    const code = tls.authorizationError ?? 'UNABLE_TO_VERIFY';
    super(`the server's certificate is not trusted (${code})`);
    this.name = 'CertificateRefusedError';
    this.code = code;
    this.tls = tls;
  }
}

/** `https://user:pw@host/a?token=x#y` → `https://host/a`. Unparseable text is not echoed. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '(an invalid URL)';
  }
}

/** Error codes by failure kind. Codes are undici's (UND_ERR_*), libuv's (E*) and llhttp's (HPE_*). */
const KIND_BY_CODE: Readonly<Record<string, HttpFailureKind>> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_OVERFLOW: 'protocol',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'protocol',
  UND_ERR_RES_EXCEEDED_MAX_SIZE: 'protocol',
  UND_ERR_DESTROYED: 'aborted',
  UND_ERR_ABORTED: 'aborted',
  Z_DATA_ERROR: 'protocol',
  Z_BUF_ERROR: 'protocol',
  ERR_TLS_CERT_ALTNAME_INVALID: 'tls'
};

const WORDS: Readonly<Record<HttpFailureKind, string>> = {
  timeout: 'timed out',
  refused: 'connection refused',
  reset: 'the connection was closed before a complete answer',
  dns: 'the host name did not resolve',
  tls: 'the TLS connection failed',
  aborted: 'aborted',
  protocol: 'the answer is not valid HTTP',
  other: 'the request failed'
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // Happy Eyeballs (net autoSelectFamily) wraps one error per address tried.
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) ? inner.map(codeOf).find(Boolean) : undefined;
}

function kindOf(code: string | undefined): HttpFailureKind {
  if (code === undefined) return 'other';
  if (code.startsWith('HPE_')) return 'protocol';
  if (code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) return 'tls';
  return KIND_BY_CODE[code] ?? 'other';
}

/** `GET https://host/path`, the prefix of every message. */
export function describeRequest(request: Pick<HttpRequest, 'method' | 'url'>): string {
  return `${request.method.toUpperCase()} ${describeUrl(request.url)}`;
}

/** Removes every header value and the body from `text` (a safety net for messages we did not write). */
export function scrubMessage(text: string, request: HttpRequest): string {
  const secrets = Object.values(request.headers ?? {}).filter((value) => value.length >= 4);
  if (typeof request.body === 'string' && request.body.length >= 4) secrets.push(request.body);
  let url: URL | undefined;
  try {
    url = new URL(request.url);
  } catch {
    // describeUrl already refuses to echo it.
  }
  if (url?.search) secrets.push(url.search.slice(1));
  if (url?.password) secrets.push(url.password, decodeURIComponent(url.password));
  let scrubbed = text;
  for (const secret of secrets) scrubbed = scrubbed.split(secret).join('[redacted]');
  return scrubbed;
}

/** Any thrown value → HttpFailure, keeping an HttpFailure we made ourselves as it is. */
export function toHttpFailure(error: unknown, request: HttpRequest): HttpFailure {
  if (error instanceof HttpFailure) return error;
  if (error instanceof CertificateRefusedError) {
    return new HttpFailure('tls', `${describeRequest(request)}: ${error.message}; the request was not sent`, { code: error.code, tls: error.tls });
  }
  const code = codeOf(error);
  // undici's HTTPParserError has an HPE_ code from llhttp, but none from its own parser checks.
  const kind = error instanceof Error && error.name === 'HTTPParserError' ? 'protocol' : kindOf(code);
  let detail = WORDS[kind];
  // Only for errors we cannot name: their own words, scrubbed, say more than "the request failed".
  if (kind === 'other' && error instanceof Error && error.message) detail = scrubMessage(error.message, request);
  return new HttpFailure(kind, `${describeRequest(request)}: ${detail}${code ? ` (${code})` : ''}`, code ? { code } : {});
}
