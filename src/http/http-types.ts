/**
 * The HTTP port checks use (smoke, perf, domain, monitor): one client per run, created by the
 * entry point and handed in through `CheckDeps.http`. It sends one request and never follows a
 * redirect by itself (see follow-redirects.ts), so every hop is seen and judged.
 */

export interface HttpRequest {
  /** GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS. */
  method: string;
  /** Absolute http:// or https:// URL. */
  url: string;
  /** Request headers; names are case-insensitive. */
  headers?: Readonly<Record<string, string>>;
  body?: string | Uint8Array;
  /** This request's deadline in milliseconds, from sending to the last body byte. */
  timeoutMs: number;
  /** Decoded body bytes kept; the rest is read and dropped (`bodyTruncated`). Default 1 MiB. */
  maxBodyBytes?: number;
  /** The caller's deadline (a check's `signal`): aborts the request with it. */
  signal?: AbortSignal;
}

/** Where the time of one request went, on a monotonic clock, in milliseconds. */
export interface HttpTimings {
  /** Undefined when the connection was reused or the host was an IP address. */
  dnsMs?: number;
  /** TCP connect; undefined on a reused connection. */
  connectMs?: number;
  /** TLS handshake; undefined on plain HTTP or a reused connection. */
  tlsMs?: number;
  /** From sending to the response headers. */
  firstByteMs: number;
  /** From sending to the last body byte (or the cap). */
  totalMs: number;
  reusedConnection: boolean;
}

/** What the server's certificate says, read from the TLS socket (node:tls). */
export interface TlsFacts {
  /** Trusted by the system roots (plus NODE_EXTRA_CA_CERTS or the client's `ca`) and valid for the host. */
  authorized: boolean;
  /** OpenSSL's code when not authorized, e.g. CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID. */
  authorizationError?: string;
  /** e.g. TLSv1.3. */
  protocol?: string;
  /** DNS names the certificate covers (subjectAltName), else its CN. */
  names: string[];
  /** ISO 8601. */
  validFrom?: string;
  validTo?: string;
  issuer?: string;
}

export interface HttpResponse {
  /** The URL this response answered (the request's; redirects are not followed). */
  url: string;
  status: number;
  /** Lower-case names; repeated headers (set-cookie) as arrays. */
  headers: Readonly<Record<string, string | string[]>>;
  /** The body after decompression (gzip, deflate, br), at most `maxBodyBytes`. */
  body: Uint8Array;
  bodyTruncated: boolean;
  /** Decoded bytes seen in all, kept or not. */
  bodyBytes: number;
  timings: HttpTimings;
  /** On https only. */
  tls?: TlsFacts;
}

/** How a request failed before a complete answer: what a finding names. */
export type HttpFailureKind = 'timeout' | 'refused' | 'reset' | 'dns' | 'tls' | 'aborted' | 'protocol' | 'other';

/** A request that got no (complete) answer. Its message never holds a header value or a body. */
export class HttpFailure extends Error {
  readonly kind: HttpFailureKind;
  /** The system or OpenSSL code, e.g. ECONNREFUSED, CERT_HAS_EXPIRED. */
  readonly code?: string;
  /** For `tls`: what the certificate said; the request was not sent. */
  readonly tls?: TlsFacts;
  constructor(kind: HttpFailureKind, message: string, details: { code?: string; tls?: TlsFacts } = {}) {
    super(message);
    this.name = 'HttpFailure';
    this.kind = kind;
    this.code = details.code;
    this.tls = details.tls;
  }
}

/** One client per run: a bounded pool of keep-alive connections. */
export interface HttpClient {
  /** One request, no redirect followed; rejects with HttpFailure only. */
  request(request: HttpRequest): Promise<HttpResponse>;
  /** Closes every connection (the entry point calls it at the end of the run). */
  close(): Promise<void>;
}
