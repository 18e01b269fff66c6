/**
 * Sends one planned request, follows its redirects (every hop seen), and retries what is safe to
 * retry: an idempotent method after a network error or a 502/503/504, a few times, each attempt
 * recorded. Returns what was answered or how it failed; judging is the caller's.
 */
import type { Clock } from '../../clock.js';
import type { CookieJar } from '../../http/cookie-jar.js';
import { followRedirects } from '../../http/follow-redirects.js';
import { HttpFailure, type HttpClient, type HttpResponse, type HttpTimings } from '../../http/http-types.js';
import type { RequestPlan } from './plan-request.js';
import type { RouteAnswer } from './route-answer.js';

const IDEMPOTENT: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRIED_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);
const RETRIED_FAILURES: ReadonlySet<string> = new Set(['refused', 'reset', 'timeout', 'dns']);
/** Between attempts: 250 ms, then 500 ms, … (a deploy's edge flapping, not a slow app). */
const RETRY_BASE_MS = 250;

export interface SendDeps {
  http: HttpClient;
  clock: Clock;
  signal: AbortSignal;
}

export interface Attempt {
  /** The final status, or the failure's kind. */
  outcome: string;
  durationMs: number;
}

export interface SentRoute {
  attempts: Attempt[];
  /** Present when an answer came back (of the last attempt). */
  answer?: RouteAnswer;
  /** The last response, for its TLS facts and timings. */
  response?: HttpResponse;
  /** The answers that redirected, in order. */
  hops: Array<{ url: string; status: number; location?: string; timings: HttpTimings }>;
  /** The URLs of a loop, from its first visit to the repeat (A, B, A). */
  loop?: string[];
  /** Present when the last attempt got no answer. */
  failure?: HttpFailure;
}

export async function sendRoute(plan: RequestPlan, deps: SendDeps, options: SendOptions): Promise<SentRoute> {
  const attempts: Attempt[] = [];
  const retries = IDEMPOTENT.has(plan.method) ? options.retries : 0;
  for (let attempt = 0; ; attempt += 1) {
    const started = deps.clock.now();
    // Every attempt fits in what is left of the check's deadline.
    const left = options.deadline === undefined ? plan.timeoutMs : options.deadline - started;
    const sent = await sendOnce({ ...plan, timeoutMs: Math.max(1, Math.min(plan.timeoutMs, left)) }, deps, options);
    const durationMs = deps.clock.now() - started;
    attempts.push({ outcome: sent.failure ? sent.failure.kind : String(sent.response!.status), durationMs });
    const retryable = sent.failure ? RETRIED_FAILURES.has(sent.failure.kind) : RETRIED_STATUSES.has(sent.response!.status);
    const timeLeft = options.deadline === undefined || options.deadline - deps.clock.now() > RETRY_BASE_MS * 2 ** attempt;
    if (!retryable || attempt >= retries || deps.signal.aborted || !timeLeft) {
      return { ...sent, attempts, ...(sent.response ? { answer: toAnswer(sent.response, sent.hops.length, durationMs) } : {}) };
    }
    await deps.clock.sleep(RETRY_BASE_MS * 2 ** attempt, deps.signal).catch(() => {});
  }
}

export interface SendOptions {
  retries: number;
  maxHops: number;
  /** The check's deadline on the clock (`clock.now()`): no attempt runs past it. Default: none. */
  deadline?: number;
  /** A flow's cookies: sent with each hop, filled from each hop's Set-Cookie. */
  cookieJar?: CookieJar;
}

type Once = Omit<SentRoute, 'attempts' | 'answer'>;

async function sendOnce(plan: RequestPlan, deps: SendDeps, options: SendOptions): Promise<Once> {
  try {
    const followed = await followRedirects(
      deps.http,
      { method: plan.method, url: plan.url, headers: plan.headers, ...(plan.body === undefined ? {} : { body: plan.body }), timeoutMs: plan.timeoutMs, signal: deps.signal },
      { maxHops: options.maxHops, sensitiveHeaders: plan.sensitiveHeaders, ...(options.cookieJar ? { cookieJar: options.cookieJar } : {}) }
    );
    // The redirects only (the chain ends with the final answer, unless it stopped at a loop or the limit).
    const hops = followed.hops.filter((hop) => hop.location !== undefined);
    return { response: followed.final, hops, ...(followed.loop ? { loop: followed.loop } : {}) };
  } catch (error) {
    if (error instanceof HttpFailure) return { failure: error, hops: [] };
    throw error;
  }
}

function toAnswer(response: HttpResponse, redirects: number, durationMs: number): RouteAnswer {
  return {
    status: response.status,
    headers: response.headers,
    bodyText: new TextDecoder().decode(response.body),
    bodyBytes: response.bodyBytes,
    bodyTruncated: response.bodyTruncated,
    finalUrl: response.url,
    redirects,
    durationMs
  };
}

/** `DNS 2 ms · connect 1 ms · TLS 8 ms · first byte 950 ms · total 1,020 ms`: where a slow answer's time went. */
export function describeTimings(timings: HttpTimings): string {
  const parts: Array<[string, number | undefined]> = [
    ['DNS', timings.dnsMs],
    ['connect', timings.connectMs],
    ['TLS', timings.tlsMs],
    ['first byte', timings.firstByteMs],
    ['total', timings.totalMs]
  ];
  return parts
    .filter((part): part is [string, number] => part[1] !== undefined)
    .map(([name, ms]) => `${name} ${Math.round(ms).toLocaleString('en')} ms`)
    .join(' · ');
}
