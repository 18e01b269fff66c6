/**
 * Whether an answer is what the route expects: every expectation that fails, each saying what was
 * expected and what came back. Bodies are never quoted (they can hold anything); header values of
 * credentials never shown; other values are cut short.
 */
import type { RouteExpect } from '../../config/config-types.js';
import { looksSecret } from '../../detect/looks-secret.js';
import { jsonTypeOf, resolvePointer } from './json-pointer.js';
import { headerOf, mediaTypeOf, type RouteAnswer } from './route-answer.js';
import { describeStatus, statusMatches } from './status-matches.js';

export interface Mismatch {
  /** Which expectation, e.g. `status`, `json /status`, `header cache-control`. */
  what: string;
  expected: string;
  got: string;
}

/** Headers whose values are credentials or sessions: said to be there, never shown. */
const UNSHOWN_HEADERS: ReadonlySet<string> = new Set(['set-cookie', 'cookie', 'authorization', 'proxy-authorization', 'www-authenticate']);

export function judgeAnswer(expect: RouteExpect | undefined, answer: RouteAnswer, defaultMaxRedirects: number): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const status = expect?.status ?? '2xx';
  if (!statusMatches(answer.status, status)) mismatches.push({ what: 'status', expected: describeStatus(status), got: String(answer.status) });
  if (!expect) return mismatches;
  mismatches.push(...bodyMismatches(expect, answer), ...jsonMismatches(expect, answer), ...headerMismatches(expect, answer));
  if (expect.contentType && mediaTypeOf(answer) !== expect.contentType.split(';')[0]!.trim().toLowerCase()) {
    mismatches.push({ what: 'content type', expected: expect.contentType, got: mediaTypeOf(answer) ?? 'none' });
  }
  if (expect.finalUrl && !sameDestination(answer.finalUrl, expect.finalUrl)) {
    mismatches.push({ what: 'final URL', expected: expect.finalUrl, got: shortUrl(answer.finalUrl) });
  }
  const maxRedirects = expect.maxRedirects ?? defaultMaxRedirects;
  if (expect.maxRedirects !== undefined && answer.redirects > maxRedirects) {
    mismatches.push({ what: 'redirects', expected: `at most ${maxRedirects}`, got: String(answer.redirects) });
  }
  if (expect.maxDurationMs !== undefined && answer.durationMs > expect.maxDurationMs) {
    mismatches.push({ what: 'duration', expected: `at most ${expect.maxDurationMs} ms`, got: `${Math.round(answer.durationMs)} ms` });
  }
  return mismatches;
}

function bodyMismatches(expect: RouteExpect, answer: RouteAnswer): Mismatch[] {
  const found: Mismatch[] = [];
  const read = `the body (${answer.bodyBytes} bytes${answer.bodyTruncated ? `, of which the first ${answer.bodyText.length} characters were read` : ''})`;
  if (expect.bodyContains !== undefined && !answer.bodyText.includes(expect.bodyContains)) {
    found.push({ what: 'body', expected: `to contain ${quote(expect.bodyContains)}`, got: `${read} does not` });
  }
  if (expect.bodyNotContains !== undefined && answer.bodyText.includes(expect.bodyNotContains)) {
    found.push({ what: 'body', expected: `not to contain ${quote(expect.bodyNotContains)}`, got: `${read} does` });
  }
  if (expect.bodyMatches !== undefined && !new RegExp(expect.bodyMatches).test(answer.bodyText)) {
    found.push({ what: 'body', expected: `to match /${short(expect.bodyMatches)}/`, got: `${read} does not` });
  }
  return found;
}

function jsonMismatches(expect: RouteExpect, answer: RouteAnswer): Mismatch[] {
  const checks = [...Object.keys(expect.json ?? {}), ...Object.keys(expect.jsonTypes ?? {})];
  if (checks.length === 0) return [];
  let document: unknown;
  try {
    document = JSON.parse(answer.bodyText);
  } catch {
    return [{ what: 'JSON body', expected: 'a JSON body', got: `a body that is not JSON (${mediaTypeOf(answer) ?? 'no content type'}, ${answer.bodyBytes} bytes)` }];
  }
  const found: Mismatch[] = [];
  for (const [pointer, expected] of Object.entries(expect.json ?? {})) {
    const at = resolvePointer(document, pointer);
    if (!at.found) found.push({ what: `JSON ${pointer || '(document)'}`, expected: showJson(expected), got: 'nothing there' });
    else if (!deepEqual(at.value, expected)) found.push({ what: `JSON ${pointer || '(document)'}`, expected: showJson(expected), got: showJson(at.value, lastToken(pointer)) });
  }
  for (const [pointer, type] of Object.entries(expect.jsonTypes ?? {})) {
    const at = resolvePointer(document, pointer);
    if (!at.found) found.push({ what: `JSON ${pointer || '(document)'}`, expected: type === 'any' ? 'a value' : `a ${type}`, got: 'nothing there' });
    else if (type !== 'any' && jsonTypeOf(at.value) !== type) found.push({ what: `JSON ${pointer}`, expected: `a ${type}`, got: `a ${jsonTypeOf(at.value)}` });
  }
  return found;
}

function headerMismatches(expect: RouteExpect, answer: RouteAnswer): Mismatch[] {
  const found: Mismatch[] = [];
  for (const [name, expected] of Object.entries(expect.headers ?? {})) {
    const value = headerOf(answer, name);
    const what = `header ${name.toLowerCase()}`;
    const hidden = UNSHOWN_HEADERS.has(name.toLowerCase()) || (value !== undefined && looksSecret(name, value));
    const shown = value === undefined ? 'absent' : hidden ? 'present (value not shown)' : quote(value);
    if (typeof expected === 'string') {
      if (value !== expected) found.push({ what, expected: UNSHOWN_HEADERS.has(name.toLowerCase()) ? 'a configured value' : quote(expected), got: shown });
    } else if ('present' in expected) {
      if ((value !== undefined) !== expected.present) found.push({ what, expected: expected.present ? 'present' : 'absent', got: value === undefined ? 'absent' : 'present' });
    } else if (value === undefined || !new RegExp(expected.matches).test(value)) {
      found.push({ what, expected: `to match /${short(expected.matches)}/`, got: shown });
    }
  }
  return found;
}

/** `/dashboard` matches any origin's /dashboard; an absolute URL must match origin and path. */
function sameDestination(finalUrl: string, expected: string): boolean {
  const final = new URL(finalUrl);
  if (expected.startsWith('/')) return final.pathname === new URL(expected, final).pathname;
  const wanted = new URL(expected);
  return final.origin === wanted.origin && final.pathname === wanted.pathname;
}

function shortUrl(url: string): string {
  const parsed = new URL(url);
  return short(`${parsed.origin}${parsed.pathname}`, 200);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Scalars as JSON, cut short; objects and arrays by their size only (they can hold anything); a
 * string under a credential's name (`/token`) or that looks like one, by its length only.
 */
function showJson(value: unknown, name = ''): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value !== null && typeof value === 'object') return `an object with ${Object.keys(value).length} keys`;
  if (typeof value === 'string' && looksSecret(name, value)) return `a string of ${value.length} characters (not shown)`;
  return short(JSON.stringify(value) ?? 'undefined');
}

function lastToken(pointer: string): string {
  return pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
}

function quote(text: string): string {
  return `"${short(text)}"`;
}

function short(text: string, limit = 80): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
