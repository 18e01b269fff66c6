/** The smoke section: every key of the issue, its defaults, and located errors for what the schema alone cannot say. */
import { parseConfig } from '../../src/config/parse-config.js';
import { configErrorFor } from './config-error.js';

const FILE = 'launch-ready.yml';


test('every route, expectation, capture and edge key parses, durations in milliseconds', () => {
  const config = parseConfig(
    [
      'timeout: 2m',
      'smoke:',
      '  requestTimeout: 4s',
      '  retries: 1',
      '  edge: { maxRedirects: 2, hsts: false, hosts: [auth.example.com], noindexHosts: [staging.example.com] }',
      '  routes:',
      '    - path: /admin',
      '      auth: required',
      '      severity: high',
      '      timeout: 2s',
      '      expect: { status: [2xx, 302], bodyNotContains: Error, bodyMatches: "^<!doctype", contentType: text/html, finalUrl: /login, maxRedirects: 1, maxDuration: 800ms }',
      '    - path: /api/items',
      '      method: POST',
      '      body: "a=1"',
      '      expect: { jsonTypes: { /items: array, /next: any }, headers: { x-request-id: { present: true }, cache-control: { matches: "no-store" }, vary: Accept } }',
      '  flows:',
      '    - name: sign up',
      '      severity: high',
      '      steps:',
      '        - { path: /signup, capture: { token: { json: /token }, next: { header: location }, csrf: { regex: "csrf=(\\\\w+)" } } }',
      '        - { path: "/welcome/${token}", headers: { x-csrf: "${csrf}" } }'
    ].join('\n'),
    FILE
  );
  const smoke = config.smoke!;
  // A top-level timeout set in the file is the smoke deadline too (no 5m default on top of it).
  expect(smoke.timeoutMs).toBeUndefined();
  expect(smoke).toMatchObject({ requestTimeoutMs: 4_000, retries: 1, edge: { maxRedirects: 2, hsts: false, tls: true, hosts: ['auth.example.com'], noindexHosts: ['staging.example.com'] } });
  expect(smoke.routes[0]).toEqual({
    path: '/admin',
    auth: 'required',
    severity: 'high',
    timeoutMs: 2_000,
    expect: { status: ['2xx', 302], bodyNotContains: 'Error', bodyMatches: '^<!doctype', contentType: 'text/html', finalUrl: '/login', maxRedirects: 1, maxDurationMs: 800 }
  });
  expect(smoke.routes[1]!.expect).toEqual({
    jsonTypes: { '/items': 'array', '/next': 'any' },
    headers: { 'x-request-id': { present: true }, 'cache-control': { matches: 'no-store' }, vary: 'Accept' }
  });
  expect(smoke.flows[0]!.steps[0]!.capture).toEqual({ token: { json: '/token' }, next: { header: 'location' }, csrf: { regex: 'csrf=(\\w+)' } });
});

test('the smoke deadline is 5 minutes when the file sets no timeout', () => {
  expect(parseConfig('smoke: { routes: [{ path: / }] }', FILE).smoke!.timeoutMs).toBe(300_000);
  expect(parseConfig('smoke: { timeout: 90s }', FILE).smoke!.timeoutMs).toBe(90_000);
});

test.each([
  {
    name: 'an unknown assertion, with a suggestion',
    yaml: ['smoke:', '  routes:', '    - { path: /, expect: { bodyContain: Sign up } }'],
    message: /^launch-ready\.yml:3:28: unknown key "bodyContain" in smoke\.routes\[0\]\.expect; did you mean "bodyContains"\?/
  },
  {
    name: 'a bad JSON pointer',
    yaml: ['smoke:', '  routes:', '    - { path: /, expect: { json: { status: ok } } }'],
    message: /^launch-ready\.yml:3:36: .*expected a JSON pointer like \/status \(RFC 6901\)/
  },
  {
    name: 'a JSON pointer with a bad escape',
    yaml: ['smoke:', '  routes:', '    - { path: /, expect: { jsonTypes: { /a~2b: string } } }'],
    message: /^launch-ready\.yml:3:41: .*expected a JSON pointer like \/status \(RFC 6901\)/
  },
  {
    name: 'a bad regex in bodyMatches',
    yaml: ['smoke:', '  routes:', '    - { path: /, expect: { bodyMatches: "(unclosed" } }'],
    message: /^launch-ready\.yml:3:41: smoke\.routes\[0\]\.expect\.bodyMatches: invalid regular expression \(Unterminated group\)/
  },
  {
    name: 'a bad regex in a header expectation',
    yaml: ['smoke:', '  routes:', '    - { path: /, expect: { headers: { x-a: { matches: "[a-" } } } }'],
    message: /^launch-ready\.yml:3:55: smoke\.routes\[0\]\.expect\.headers\["x-a"\]\.matches: invalid regular expression/
  },
  {
    name: 'a capture used before a step defines it',
    yaml: ['smoke:', '  flows:', '    - name: checkout', '      steps:', '        - { path: "/cart/${cartId}" }', '        - { path: /cart, capture: { cartId: { json: /id } } }'],
    message: /^launch-ready\.yml:5:19: smoke\.flows\[0\]\.steps\[0\]\.path: \$\{cartId\} is used before it is captured \(no earlier step captures it\); expected a capture named cartId in an earlier step of flow "checkout"/
  },
  {
    name: 'a capture used in the step that captures it',
    yaml: ['smoke:', '  flows:', '    - name: f', '      steps:', '        - { path: /a, headers: { x-t: "${t}" }, capture: { t: { header: x-t } } }'],
    message: /steps\[0\]\.headers\["x-t"\]: \$\{t\} is used before it is captured \(this step captures it from its own answer/
  },
  {
    name: 'a capture reference outside a flow',
    yaml: ['smoke:', '  routes:', '    - { path: "/orders/${orderId}" }'],
    message: /smoke\.routes\[0\]\.path: \$\{orderId\} refers to a captured value, and only flow steps capture; expected it in a flow, or \$\{env\.orderId\}/
  },
  {
    name: 'a capture with two sources',
    yaml: ['smoke:', '  flows:', '    - name: f', '      steps:', '        - { path: /a, capture: { t: { json: /t, header: x-t } } }'],
    message: /smoke\.flows\[0\]\.steps\[0\]\.capture\.t/
  },
  {
    name: 'an unknown edge switch',
    yaml: ['smoke:', '  edge: { hstss: false }'],
    message: /unknown key "hstss" in smoke\.edge; did you mean "hsts"\?/
  }
])('$name: a located error', ({ yaml, message }) => {
  expect(configErrorFor(yaml)).toMatch(message);
});
