/** How a request is planned: URL under the base, headers in order of precedence, env and captures filled, secrets listed. */
import { planRequest } from '../../../src/checks/smoke/plan-request.js';
import { ConfigError } from '../../../src/errors.js';

const BYPASS = 'Pl4nted-bypass-token-5531';
const context = {
  baseUrl: 'https://shop.test/app',
  headers: { 'x-vercel-protection-bypass': '${env.VERCEL_BYPASS}', 'x-team': 'top' },
  env: { VERCEL_BYPASS: BYPASS },
  captures: new Map([['csrf', 'c/1 2']]),
  requestTimeoutMs: 10_000
};

test('base path kept, route headers win, env and captures filled, their values listed as secrets', () => {
  const plan = planRequest({ path: '/orders/${csrf}', method: 'POST', headers: { 'X-Team': 'route', 'x-csrf': '${csrf}' }, json: { csrf: '${csrf}', n: 1 }, timeoutMs: 2_000 }, context);
  expect(plan).toEqual({
    method: 'POST',
    url: 'https://shop.test/app/orders/c%2F1%202',
    headers: { 'x-vercel-protection-bypass': BYPASS, 'x-team': 'route', 'x-csrf': 'c/1 2', 'content-type': 'application/json' },
    body: '{"csrf":"c/1 2","n":1}',
    timeoutMs: 2_000,
    sensitiveHeaders: ['x-vercel-protection-bypass', 'x-csrf'],
    secrets: [BYPASS, 'c/1 2', 'c/1 2', 'c/1 2']
  });
});

test('an unset env var is a ConfigError naming it, never a value', () => {
  expect(() => planRequest({ path: '/' }, { ...context, env: {} })).toThrow(ConfigError);
  expect(() => planRequest({ path: '/' }, { ...context, env: {} })).toThrow(/VERCEL_BYPASS is not set or empty/);
});
