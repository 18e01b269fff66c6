/** Expectations on an answer: each failure says what was expected and what came back, and never quotes a body or a credential. */
import type { RouteExpect } from '../../../src/config/config-types.js';
import { judgeAnswer } from '../../../src/checks/smoke/judge-answer.js';
import { resolvePointer } from '../../../src/checks/smoke/json-pointer.js';
import type { RouteAnswer } from '../../../src/checks/smoke/route-answer.js';
import { statusMatches } from '../../../src/checks/smoke/status-matches.js';

const SESSION = 'sess_Pl4ntedSessionValue0099';

function answer(overrides: Partial<RouteAnswer> = {}): RouteAnswer {
  return {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'set-cookie': [`sid=${SESSION}; HttpOnly`], 'cache-control': 'no-store' },
    bodyText: JSON.stringify({ status: 'ok', items: [1, 2], user: { id: 7 }, token: SESSION }),
    bodyBytes: 90,
    bodyTruncated: false,
    finalUrl: 'https://shop.test/dashboard',
    redirects: 1,
    durationMs: 120,
    ...overrides
  };
}

test.each([
  [200, 200, true],
  [200, '2xx', true],
  [302, ['2xx', 302], true],
  [404, [200, '3xx'], false],
  [500, '5xx', true]
] as const)('status %s against %j: %s', (status, expected, matches) => {
  expect(statusMatches(status, expected as never)).toBe(matches);
});

test.each([
  ['', true, { a: 1 }],
  ['/a~1b/0', true, 'x'],
  ['/m~0n', true, 2],
  ['/missing', false, undefined],
  ['/list/5', false, undefined]
] as const)('JSON pointer %j', (pointer, found, value) => {
  const at = resolvePointer({ 'a/b': ['x'], 'm~n': 2, list: [1] }, pointer === '' ? '' : pointer);
  expect(at.found).toBe(found);
  if (found && pointer !== '') expect((at as { value: unknown }).value).toEqual(value);
});

test.each<[string, RouteExpect | undefined, Partial<RouteAnswer>, string[]]>([
  ['no expectation: any 2xx passes', undefined, {}, []],
  ['no expectation: a 500 fails', undefined, { status: 500 }, ['status: expected 2xx, got 500']],
  ['a status list', { status: [200, 302] }, { status: 404 }, ['status: expected 200 or 302, got 404']],
  ['body contains', { bodyContains: 'Sign up' }, {}, ['body: expected to contain "Sign up", got the body (90 bytes) does not']],
  ['body not contains', { bodyNotContains: 'ok' }, {}, ['body: expected not to contain "ok", got the body (90 bytes) does']],
  ['body matches', { bodyMatches: '^<!doctype' }, {}, ['body: expected to match /^<!doctype/, got the body (90 bytes) does not']],
  ['JSON equals', { json: { '/status': 'ok', '/user/id': 8 } }, {}, ['JSON /user/id: expected 8, got 7']],
  ['JSON missing', { json: { '/health': 'ok' } }, {}, ['JSON /health: expected "ok", got nothing there']],
  ['JSON types', { jsonTypes: { '/items': 'array', '/user': 'string', '/gone': 'any' } }, {}, ['JSON /user: expected a string, got a object', 'JSON /gone: expected a value, got nothing there']],
  ['not JSON', { json: { '/status': 'ok' } }, { bodyText: '<html>', headers: { 'content-type': 'text/html' } }, ['JSON body: expected a JSON body, got a body that is not JSON (text/html, 90 bytes)']],
  ['header equals, present, matches', { headers: { 'Cache-Control': 'private', 'x-request-id': { present: true }, 'content-type': { matches: '^text/' } } }, {}, [
    'header cache-control: expected "private", got "no-store"',
    'header x-request-id: expected present, got absent',
    'header content-type: expected to match /^text//, got "application/json; charset=utf-8"'
  ]],
  ['content type ignores parameters', { contentType: 'application/json' }, {}, []],
  ['content type differs', { contentType: 'text/html' }, {}, ['content type: expected text/html, got application/json']],
  ['final URL by path', { finalUrl: '/login' }, {}, ['final URL: expected /login, got https://shop.test/dashboard']],
  ['max redirects', { maxRedirects: 0 }, {}, ['redirects: expected at most 0, got 1']],
  ['max duration', { maxDurationMs: 100 }, {}, ['duration: expected at most 100 ms, got 120 ms']]
])('%s', (_name, expect_, overrides, expected) => {
  const found = judgeAnswer(expect_, answer(overrides), 3).map((mismatch) => `${mismatch.what}: expected ${mismatch.expected}, got ${mismatch.got}`);
  expect(found).toEqual(expected);
});

test('a credential header is said to be there, never shown; a body is never quoted', () => {
  const found = judgeAnswer({ headers: { 'set-cookie': 'sid=other' }, bodyContains: 'nothing', json: { '/token': 'x' } }, answer(), 3);
  const text = JSON.stringify(found);
  expect(text).toContain('present (value not shown)');
  expect(text).toContain('a string of 28 characters (not shown)');
  expect(text).not.toContain(SESSION.slice(5));
});
