/**
 * Follows redirects one request at a time through the HttpClient, which never follows them itself,
 * so every hop is seen: its status, where it pointed and how long it took. Method and body rules
 * are the Fetch standard's (https://fetch.spec.whatwg.org/#http-redirect-fetch, RFC 9110 §15.4).
 */
import type { CookieJar } from './cookie-jar.js';
import type { HttpClient, HttpRequest, HttpResponse, HttpTimings } from './http-types.js';

export interface RedirectHop {
  url: string;
  status: number;
  /** The Location header as sent, on a redirect status (3xx with a Location). */
  location?: string;
  timings: HttpTimings;
}

export interface FollowRedirectsOptions {
  /** Redirects followed at most. Default 10. */
  maxHops?: number;
  /**
   * Headers dropped, like Authorization, Cookie and Proxy-Authorization always are, once a
   * redirect leaves the first request's origin (e.g. `x-vercel-protection-bypass`).
   */
  sensitiveHeaders?: readonly string[];
  /** Stores each hop's Set-Cookie and sends the jar's cookies on every hop. */
  cookieJar?: CookieJar;
}

export interface RedirectChain {
  /** The last answer: not a redirect, or the redirect we stopped at. */
  final: HttpResponse;
  /** Every answer in order, the final one last. */
  hops: RedirectHop[];
  /** When a method + URL came round again: the URLs from its first visit to the repeat. */
  loop?: string[];
  /** A redirect was left unfollowed because `maxHops` were followed already. */
  stoppedAtLimit: boolean;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ALWAYS_SENSITIVE = ['authorization', 'cookie', 'proxy-authorization'];
/** Fetch's "request-body-header names": they describe a body that a GET no longer has. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function withoutHeaders(headers: Readonly<Record<string, string>> | undefined, names: readonly string[]): Record<string, string> {
  const drop = new Set(names.map((name) => name.toLowerCase()));
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !drop.has(name.toLowerCase())));
}

/** The next request, or undefined when `response` is not a redirect we can follow. */
function nextRequest(request: HttpRequest, response: HttpResponse, options: FollowRedirectsOptions, origin: string): HttpRequest | undefined {
  const location = header(response, 'location');
  if (!REDIRECT_STATUSES.has(response.status) || location === undefined) return undefined;
  let target: URL;
  try {
    target = new URL(location, request.url); // relative references resolve against this hop (RFC 3986 §5)
  } catch {
    return undefined;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return undefined;
  target.hash = '';
  let { method, body, headers } = request;
  const toGet = (response.status === 303 && method.toUpperCase() !== 'HEAD') || ((response.status === 301 || response.status === 302) && method.toUpperCase() === 'POST');
  if (toGet) {
    method = 'GET';
    body = undefined;
    headers = withoutHeaders(headers, BODY_HEADERS);
  }
  if (target.origin !== origin) headers = withoutHeaders(headers, [...ALWAYS_SENSITIVE, ...(options.sensitiveHeaders ?? [])]);
  const next: HttpRequest = { ...request, method, url: target.href, headers };
  if (body === undefined) delete next.body;
  return next;
}

/** Adds the jar's cookies to what the caller sent (the caller's own Cookie header first). */
function withCookies(request: HttpRequest, jar: CookieJar | undefined): HttpRequest {
  const fromJar = jar?.header(request.url);
  if (!fromJar) return request;
  const own = Object.entries(request.headers ?? {}).find(([name]) => name.toLowerCase() === 'cookie')?.[1];
  return { ...request, headers: { ...withoutHeaders(request.headers, ['cookie']), cookie: own ? `${own}; ${fromJar}` : fromJar } };
}

/** Sends `request` and follows its redirects; rejects with the HttpFailure of the hop that failed. */
export async function followRedirects(client: HttpClient, request: HttpRequest, options: FollowRedirectsOptions = {}): Promise<RedirectChain> {
  const maxHops = options.maxHops ?? 10;
  const origin = new URL(request.url).origin;
  const hops: RedirectHop[] = [];
  const seen: string[] = [];
  let current = request;
  for (;;) {
    seen.push(`${current.method.toUpperCase()} ${current.url}`);
    const response = await client.request(withCookies(current, options.cookieJar));
    options.cookieJar?.store(current.url, response.headers['set-cookie']);
    const next = nextRequest(current, response, options, origin);
    const location = REDIRECT_STATUSES.has(response.status) ? header(response, 'location') : undefined;
    hops.push({ url: current.url, status: response.status, ...(location === undefined ? {} : { location }), timings: response.timings });
    if (!next) return { final: response, hops, stoppedAtLimit: false };
    const key = `${next.method.toUpperCase()} ${next.url}`;
    const firstVisit = seen.indexOf(key);
    if (firstVisit !== -1) {
      const loop = [...seen.slice(firstVisit), key].map((entry) => entry.slice(entry.indexOf(' ') + 1));
      return { final: response, hops, loop, stoppedAtLimit: false };
    }
    if (hops.length > maxHops) return { final: response, hops, stoppedAtLimit: true };
    current = next;
  }
}
