/**
 * undici's connector (`buildConnector`) wrapped to time DNS, TCP and TLS on each new socket and to
 * refuse an untrusted certificate *before* undici writes a request on it: request headers may carry
 * bypass tokens (Vercel's x-vercel-protection-bypass, Netlify's, a session cookie) and must never
 * reach a server that could not prove it is the host we meant.
 *
 * Per-socket facts live in a WeakMap, so a request on a reused keep-alive socket still reports the
 * TLS facts of the handshake that opened it. Which socket a request went out on is learnt from
 * undici's documented diagnostics channel `undici:client:sendHeaders` (docs/api/DiagnosticsChannel.md),
 * published synchronously right after the handler's `onRequestStart`.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import type { SecureContext, TLSSocket } from 'node:tls';
import type { TlsFacts } from './http-types.js';
import { CertificateRefusedError } from './http-errors.js';
import { readTlsFacts } from './tls-facts.js';

type Undici = typeof import('undici');
type Connector = import('undici').buildConnector.connector;
type ConnectOptions = import('undici').buildConnector.Options;
type ConnectCallback = import('undici').buildConnector.Callback;

/** What opening one socket cost and what its certificate said; `requests` counts its uses. */
export interface SocketFacts {
  dnsMs?: number;
  connectMs?: number;
  tlsMs?: number;
  tls?: TlsFacts;
  requests: number;
}

const factsBySocket = new WeakMap<object, SocketFacts>();
let claimant: ((facts: SocketFacts) => void) | undefined;
let subscribed = false;

function listenForSentHeaders(): void {
  if (subscribed) return;
  subscribed = true;
  // Node's built-in fetch publishes on the same channel: only sockets this module opened count.
  subscribe('undici:client:sendHeaders', (message) => {
    const facts = factsBySocket.get((message as { socket: object }).socket);
    if (!facts || !claimant) return;
    const claim = claimant;
    claimant = undefined;
    claim(facts);
  });
}

/**
 * Called from a dispatch handler's `onRequestStart`: `onClaim` receives the facts of the socket the
 * request is written on, with `requests` already counting this one (1 = a new connection).
 */
export function claimSocket(onClaim: (facts: SocketFacts) => void): void {
  claimant = (facts) => {
    facts.requests += 1;
    onClaim(facts);
  };
  const mine = claimant;
  // A request aborted between onRequestStart and writing publishes nothing: let the claim lapse.
  queueMicrotask(() => {
    if (claimant === mine) claimant = undefined;
  });
}

export interface TimedConnectorOptions {
  /**
   * Trusted roots, replacing the defaults (made from the defaults plus the extra ones). One context
   * for every connection: a `ca` list would be parsed again by each tls.connect, ~150 roots each time.
   */
  secureContext?: SecureContext;
  /** TCP + TLS deadline for one connection attempt; undici's default is 10 s. */
  connectTimeoutMs?: number;
  /** `host:port` → `address:port` to connect to instead, keeping the name for SNI and the certificate check. */
  connectTo?: Readonly<Record<string, string>>;
}

/** The options with the socket's address swapped per `connectTo`; the server name stays the URL's host. */
function redirected(connectOptions: ConnectOptions, connectTo: Readonly<Record<string, string>> | undefined): ConnectOptions {
  const port = connectOptions.port || (connectOptions.protocol === 'https:' ? '443' : '80');
  const target = connectTo?.[`${connectOptions.hostname}:${port}`];
  if (!target) return connectOptions;
  const at = target.lastIndexOf(':');
  return { ...connectOptions, hostname: target.slice(0, at).replace(/^\[|\]$/g, ''), port: target.slice(at + 1), servername: connectOptions.servername || connectOptions.hostname };
}

export function createTimedConnector(undici: Undici, options: TimedConnectorOptions): Connector {
  listenForSentHeaders();
  const base = undici.buildConnector({
    // HTTP/1.1 only: one request per socket at a time keeps timings and reuse per request exact.
    allowH2: false,
    // No TLS session resumption: every new connection shows its full certificate and handshake.
    maxCachedSessions: 0,
    // Checked by hand below, so the reason can be reported (see the file comment).
    rejectUnauthorized: false,
    timeout: options.connectTimeoutMs ?? 10_000,
    ...(options.secureContext ? { secureContext: options.secureContext } : {})
  }) as unknown as (options: ConnectOptions, callback: ConnectCallback) => Socket;

  return (connectOptions: ConnectOptions, callback: ConnectCallback): Socket => {
    const started = performance.now();
    const facts: SocketFacts = { requests: 0 };
    let tcpStarted = started;
    let tcpDone = started;
    const socket = base(redirected(connectOptions, options.connectTo), (error, connected) => {
      if (error || !connected) {
        callback(error ?? new Error('no socket'), null);
        return;
      }
      if (connectOptions.protocol === 'https:') {
        facts.tlsMs = performance.now() - tcpDone;
        facts.tls = readTlsFacts(connected as TLSSocket, connectOptions.hostname);
        if (!facts.tls.authorized) {
          connected.destroy();
          callback(new CertificateRefusedError(facts.tls), null);
          return;
        }
      }
      factsBySocket.set(connected, facts);
      callback(null, connected);
    });
    // Emitted only when a name was resolved: undefined for an IP address, as HttpTimings documents.
    socket.once('lookup', () => {
      tcpStarted = performance.now();
      facts.dnsMs = tcpStarted - started;
    });
    socket.once('connect', () => {
      tcpDone = performance.now();
      facts.connectMs = tcpDone - tcpStarted;
    });
    return socket;
  };
}
