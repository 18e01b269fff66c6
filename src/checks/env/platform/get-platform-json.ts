/**
 * One authenticated GET to a platform's REST API, shared by the Vercel and Netlify readers. Every
 * failure becomes a `PlatformReadError` that names the status and what to check; the token goes
 * out in the `Authorization` header only and is scrubbed from anything the platform echoes back.
 */
import { PlatformReadError } from './platform-read-error.js';
import { PLATFORM_LABELS, type PlatformName } from './platform-variable.js';
import { VERSION } from '../../../version.js';

/** Both APIs answer a listing in well under a second; a hung connection must not hold the job. */
const REQUEST_TIMEOUT_MS = 30_000;
const MAX_ECHOED_MESSAGE = 200;

export interface PlatformRequest {
  platform: PlatformName;
  url: URL;
  token: string;
  /** Where the token came from, for errors: `VERCEL_TOKEN`. */
  tokenSource: string;
  /** What was asked for, for errors: `project shop (team acme)`. */
  subject: string;
  /** The config keys to check when the platform does not know the subject. */
  configKeys: string;
  fetch: typeof fetch;
}

/** The parsed JSON body of a 2xx answer. */
export async function getPlatformJson(request: PlatformRequest): Promise<unknown> {
  const label = PLATFORM_LABELS[request.platform];
  const where = `${request.url.origin}${request.url.pathname}`;
  let response: Response;
  try {
    response = await request.fetch(request.url, {
      headers: { authorization: `Bearer ${request.token}`, accept: 'application/json', 'user-agent': `launch-ready/${VERSION}` },
      // A redirect would carry the request elsewhere; neither API redirects its REST routes.
      redirect: 'error',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
    });
  } catch (error) {
    const reason = (error as { name?: unknown } | null)?.name === 'TimeoutError' ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` : describeNetworkError(error);
    throw new PlatformReadError(request.platform, `could not reach ${label} at ${where}: ${scrub(reason, request.token)}; check env.platform.${request.platform}.apiUrl and the runner's network`);
  }
  const body = await response.text();
  if (!response.ok) {
    const echoed = platformMessage(body, request.token);
    const said = echoed ? ` (${label} said: "${echoed}")` : '';
    throw new PlatformReadError(request.platform, `${label} answered ${response.status} for ${request.subject} at ${where}${said}: ${adviceFor(response.status, request)}`, response.status);
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new PlatformReadError(request.platform, `${label} answered ${response.status} for ${request.subject} at ${where} with a body that is not JSON; check env.platform.${request.platform}.apiUrl`);
  }
}

/** What to check for each kind of refusal. */
function adviceFor(status: number, request: PlatformRequest): string {
  const label = PLATFORM_LABELS[request.platform];
  if (status === 401) return `the token in ${request.tokenSource} is invalid, expired or revoked; create a new ${label} access token and store it in that secret`;
  if (status === 403) return `the token in ${request.tokenSource} may not read ${request.subject}; use a token of an account with access to it (${request.configKeys})`;
  if (status === 404) return `${label} knows no ${request.subject} for this token; check ${request.configKeys}`;
  if (status === 429) return `rate limited by ${label}; run again later`;
  if (status >= 500) return `${label}'s API failed; run again later or check ${label}'s status page`;
  return `unexpected status; check ${request.configKeys} and env.platform.${request.platform}.apiUrl`;
}

/** The `message` of Vercel's `{ error: { message } }` or Netlify's `{ message }`, short and without the token. */
function platformMessage(body: string, token: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const record = parsed as { message?: unknown; error?: { message?: unknown } } | null;
  const message = record?.error?.message ?? record?.message;
  if (typeof message !== 'string' || message.trim() === '') return undefined;
  const oneLine = scrub(message, token).replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_ECHOED_MESSAGE ? `${oneLine.slice(0, MAX_ECHOED_MESSAGE)}…` : oneLine;
}

/**
 * Node's fetch says only "fetch failed"; the cause has the useful part (ECONNREFUSED, ENOTFOUND,
 * "unexpected redirect"). Duck-typed: fetch's errors may come from another realm (a VM context).
 */
function describeNetworkError(error: unknown): string {
  const { message, cause } = (error ?? {}) as { message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const text = typeof message === 'string' ? message : String(error);
  if (typeof cause?.code === 'string') return `${text} (${cause.code})`;
  if (typeof cause?.message === 'string') return `${text} (${cause.message})`;
  return text;
}

function scrub(text: string, token: string): string {
  return token === '' ? text : text.split(token).join('[token]');
}

/** A JSON object (not an array, not null): the shape of each record the platforms list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
