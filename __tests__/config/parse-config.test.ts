import { readFileSync } from 'node:fs';
import { ConfigError } from '../../src/errors.js';
import { ConfigFileError } from '../../src/config/config-problems.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { envDefaults } from '../../src/config/to-config.js';

const FIXTURES = new URL('../fixtures/config/', import.meta.url);
const FILE = 'launch-ready.yml';

/** The message parseConfig throws for `lines`, or fails the test when it does not throw. */
function errorFor(lines: string[]): ConfigFileError {
  try {
    parseConfig(lines.join('\n'), FILE);
  } catch (error) {
    if (error instanceof ConfigFileError) return error;
    throw error;
  }
  throw new Error('expected parseConfig to throw');
}

describe('parseConfig: valid files', () => {
  test('the example file parses to the expected Config', () => {
    const text = readFileSync(new URL('example.yml', FIXTURES), 'utf8');
    const expected: unknown = JSON.parse(readFileSync(new URL('example.expected.json', FIXTURES), 'utf8'));
    const config = parseConfig(text, FILE);
    expect(config).toStrictEqual(expected);
    // The conversions, spelled out: 5m, 500ms, 10%, 20ms.
    expect(config.smoke?.waitFor?.timeoutMs).toBe(300_000);
    expect(config.perf?.budget?.p95Ms).toBe(500);
    expect(config.perf?.regression).toEqual({ relative: 0.1, absoluteMs: 20 });
    // References stay references: checks resolve them when they need the value.
    expect(config.headers['x-vercel-protection-bypass']).toBe('${env.VERCEL_BYPASS}');
  });

  test.each([
    {
      name: 'no sections: top-level defaults only',
      yaml: 'failOn: high',
      config: {
        file: FILE,
        failOn: 'high',
        headers: {},
        timeoutMs: 600_000,
        secrets: { scan: 'diff', paths: { include: [], exclude: [] }, artifacts: [], allow: [], disableRules: [], rules: [] }
      }
    },
    {
      name: 'empty sections get their defaults',
      yaml: 'env: {}\nsmoke: {}\nperf: {}\ndomain: { email: {} }\nmonitor: {}',
      config: expect.objectContaining({
        env: { ...envDefaults(), files: ['.env.example'], vars: {} },
        smoke: { routes: [], flows: [], requestTimeoutMs: 10_000, retries: 2, timeoutMs: 300_000, edge: { redirects: true, tls: true, hsts: true, caching: true, maxRedirects: 3, hosts: [], noindexHosts: [] } },
        perf: { routes: [{ path: '/', method: 'GET' }], samples: 100, warmup: 5, concurrency: 4, maxRequests: 5_000, budgets: {}, regression: { relative: 0.1, absoluteMs: 20 }, import: [] },
        domain: { lookupTimeoutMs: 3_000, hosts: [], email: { domains: [], dkimSelectors: [], receives: [] } },
        monitor: { failuresBeforeAlert: 2, alert: { issue: true, routes: { critical: ['issue'], high: ['issue'], medium: ['issue'], low: ['issue'] } }, certExpiryDays: 14, history: 2016, latencySamples: 5, state: '.launch-ready/monitor-state.json', statusPage: '.launch-ready/status' }
      })
    },
    {
      name: 'nested defaults: waitFor timeout, rule severity and keywords, env var type',
      yaml: [
        'smoke: { waitFor: { path: /health } }',
        'secrets: { rules: [{ id: x, pattern: "(?i)x_[a-z]+" }] }',
        'env: { vars: { MODE: { type: enum, values: [1, true, fast] }, NAME: {} } }'
      ].join('\n'),
      config: expect.objectContaining({
        smoke: { waitFor: { path: '/health', timeoutMs: 60_000 }, routes: [], flows: [], requestTimeoutMs: 10_000, retries: 2, timeoutMs: 300_000, edge: { redirects: true, tls: true, hsts: true, caching: true, maxRedirects: 3, hosts: [], noindexHosts: [] } },
        secrets: expect.objectContaining({ rules: [{ id: 'x', pattern: '(?i)x_[a-z]+', keywords: [], severity: 'high' }] }),
        env: { ...envDefaults(), files: ['.env.example'], vars: { MODE: { type: 'enum', values: ['1', 'true', 'fast'] }, NAME: { type: 'string' } } }
      })
    },
    {
      name: 'every duration unit and fractional percentages',
      yaml: 'perf: { budget: { p50: 0.5s, p95: 1h, p99: 2m }, regression: { relative: 2.5%, absolute: 250ms } }',
      config: expect.objectContaining({
        perf: expect.objectContaining({
          budget: { p50Ms: 500, p95Ms: 3_600_000, p99Ms: 120_000 },
          regression: { relative: 0.025, absoluteMs: 250 }
        })
      })
    }
  ])('$name', ({ yaml, config }) => {
    expect(parseConfig(yaml, FILE)).toEqual(config);
  });
});

describe('parseConfig: errors', () => {
  test.each([
    {
      name: 'YAML syntax error',
      yaml: ['failOn: high', 'smoke:', '  routes: [ { path: / }', 'perf: {}'],
      message: `${FILE}:4:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`
    },
    {
      name: 'duplicate key',
      yaml: ['failOn: high', 'failOn: low'],
      message: `${FILE}:2:1: invalid YAML: Map keys must be unique`
    },
    {
      name: 'two documents',
      yaml: ['failOn: high', '---', 'failOn: low'],
      message: `${FILE}:2:1: invalid YAML: the file holds more than one document (a second ---); expected one`
    },
    {
      name: 'unknown key with a suggestion, located at the key',
      yaml: ['perf:', '  routes: [/]', '  samles: 10'],
      message: `${FILE}:3:3: unknown key "samles" in perf; did you mean "samples"?`
    },
    {
      name: 'unknown key in a list item',
      yaml: ['smoke:', '  routes:', '    - path: /', '      expct: { status: 200 }'],
      message: `${FILE}:4:7: unknown key "expct" in smoke.routes[0]; did you mean "expect"?`
    },
    {
      name: 'unknown key without a close match lists the known keys',
      yaml: ['colour: red'],
      message: `${FILE}:1:1: unknown key "colour" at the top level; expected one of failOn, baseUrl, headers, timeout, secrets, env, smoke, perf, domain, monitor`
    },
    {
      name: 'wrong type',
      yaml: ['perf:', '  samples: ten'],
      message: `${FILE}:2:12: perf.samples: expected an integer, got a string ("ten")`
    },
    {
      name: 'bad enum value with a suggestion',
      yaml: ['failOn: hgih'],
      message: `${FILE}:1:9: failOn: expected one of critical, high, medium, low, never; got "hgih" — did you mean "high"?`
    },
    {
      name: 'bad enum value without a suggestion',
      yaml: ['secrets:', '  scan: everything'],
      message: `${FILE}:2:9: secrets.scan: expected one of diff, tree, history; got "everything"`
    },
    {
      name: 'bad duration',
      yaml: ['smoke:', '  waitFor: { path: /api/health, timeout: 5 minutes }'],
      message: `${FILE}:2:42: smoke.waitFor.timeout: expected a duration like 250ms, 30s, 5m, 1h or 2d; got "5 minutes"`
    },
    {
      name: 'duration given as a number',
      yaml: ['perf:', '  budget: { p95: 500 }'],
      message: `${FILE}:2:18: perf.budget.p95: expected a duration like 250ms, 30s, 5m, 1h or 2d; got a number (500)`
    },
    {
      name: 'bad percentage',
      yaml: ['perf:', '  regression: { relative: 0.1 }'],
      message: `${FILE}:2:27: perf.regression.relative: expected a percentage like 10%; got a number (0.1)`
    },
    {
      name: 'an empty section',
      yaml: ['perf:'],
      message: `${FILE}:1:6: perf: expected a mapping, got an empty value (write {} to use the defaults)`
    },
    {
      name: 'missing required key, located at the mapping',
      yaml: ['smoke:', '  routes:', '    - expect: { status: 200 }'],
      message: `${FILE}:3:7: smoke.routes[0]: missing required key "path"`
    },
    {
      name: 'status: a list with a non-integer',
      yaml: ['smoke:', '  routes:', '    - { path: /, expect: { status: [200, ok] } }'],
      message: `${FILE}:3:42: smoke.routes[0].expect.status[1]: expected an HTTP status code (100-599) or a class like 2xx; got "ok"`
    },
    {
      name: 'status: neither an integer nor a list',
      yaml: ['smoke:', '  routes:', '    - { path: /, expect: { status: "200" } }'],
      message: `${FILE}:3:36: smoke.routes[0].expect.status: expected an HTTP status code (100-599), a class like 2xx, or a list of them; got "200"`
    },
    {
      name: 'route path without a leading slash',
      yaml: ['perf:', '  routes: [api/listings]'],
      message: `${FILE}:2:12: perf.routes[0]: expected a path starting with /, like /api/health, or { path, method, headers }; got "api/listings"`
    },
    {
      name: 'number out of range',
      yaml: ['monitor:', '  certExpiryDays: 0'],
      message: `${FILE}:2:19: monitor.certExpiryDays: expected at least 1; got 0`
    },
    {
      name: 'allow entry with only a reason',
      yaml: ['secrets:', '  allow:', '    - reason: docs'],
      message: `${FILE}:3:7: secrets.allow[0]: expected rule, path, value or valueRegex next to reason; got only reason`
    },
    {
      name: 'invalid env var name, located at the name',
      yaml: ['env:', '  vars:', '    DATABASE-URL: { type: url }'],
      message: `${FILE}:3:5: env.vars: invalid name "DATABASE-URL"; expected letters, digits and _, not starting with a digit`
    },
    {
      name: 'custom secret rule pattern that does not compile',
      yaml: ['secrets:', '  rules:', '    - id: acme', '      pattern: "acme_[a-z"'],
      message: `${FILE}:4:16: secrets.rules[0].pattern: invalid regular expression (Unterminated character class); expected JavaScript RegExp syntax without surrounding slashes`
    },
    {
      name: 'allow entry valueRegex that does not compile',
      yaml: ['secrets:', '  allow:', '    - { valueRegex: "sk_[", reason: x }'],
      message: `${FILE}:3:21: secrets.allow[0].valueRegex: invalid regular expression (Unterminated character class); expected JavaScript RegExp syntax without surrounding slashes`
    },
    {
      name: 'allow entry expiry that is not a date',
      yaml: ['secrets:', '  allow:', '    - { path: a, reason: x, expires: "next week" }'],
      message: `${FILE}:3:38: secrets.allow[0].expires: expected a date like 2025-12-31; got "next week"`
    },
    {
      name: 'allow entry expiry on a day that does not exist',
      yaml: ['secrets:', '  allow:', '    - { path: a, reason: x, expires: 2025-02-30 }'],
      message: `${FILE}:3:38: secrets.allow[0].expires: expected a date that exists, like 2025-12-31; got "2025-02-30"`
    },
    {
      name: 'allow entry with a reason and an expiry but nothing to match',
      yaml: ['secrets:', '  allow:', '    - reason: x', '      expires: 2025-01-01'],
      message: `${FILE}:3:7: secrets.allow[0]: expected rule, path, value or valueRegex next to reason; got only reason, expires`
    },
    {
      name: 'disabled rule id with a space',
      yaml: ['secrets:', '  disableRules: ["bad id"]'],
      message: `${FILE}:2:18: secrets.disableRules[0]: expected an id made of letters, digits, ., _ and -, like acme-api-token; got "bad id"`
    },
    {
      name: 'custom rule entropy above 8 bits per character',
      yaml: ['secrets:', '  rules:', '    - { id: a, pattern: a, entropy: 9 }'],
      message: `${FILE}:3:37: secrets.rules[0].entropy: expected at most 8; got 9`
    },
    {
      name: 'capture regex in a flow step that does not compile',
      yaml: ['smoke:', '  flows:', '    - name: f', '      steps:', '        - { path: /, capture: { t: { regex: "(" } } }'],
      message: `${FILE}:5:45: smoke.flows[0].steps[0].capture.t.regex: invalid regular expression (Unterminated group); expected JavaScript RegExp syntax without surrounding slashes`
    },
    {
      name: 'enum env var without values',
      yaml: ['env:', '  vars:', '    LOG_LEVEL: { type: enum }'],
      message: `${FILE}:3:18: env.vars.LOG_LEVEL: type enum needs the allowed values; expected values: [a, b, …]`
    },
    {
      name: 'env var both secret and public',
      yaml: ['env:', '  vars:', '    KEY: { secret: true, public: true }'],
      message: `${FILE}:3:26: env.vars.KEY: a variable cannot be both secret and public; expected one of them`
    },
    {
      name: 'a problem inside an alias points at the anchored value',
      yaml: ['smoke:', '  routes:', '    - &home { path: home }', '  flows:', '    - { name: f, steps: [*home] }'],
      message: [
        `${FILE}:3:21: smoke.routes[0].path: expected a path starting with /, like /api/health; got "home"`,
        `${FILE}:3:21: smoke.flows[0].steps[0].path: expected a path starting with /, like /api/health; got "home"`
      ].join('\n')
    },
    {
      name: 'a __proto__ key is just an unknown key',
      yaml: ['__proto__: { failOn: never }'],
      message: `${FILE}:1:1: unknown key "__proto__" at the top level; expected one of failOn, baseUrl, headers, timeout, secrets, env, smoke, perf, domain, monitor`
    },
    {
      name: 'long values are cut to 40 characters',
      yaml: ['failOn: criticalcriticalcriticalcriticalcriticalcritical'],
      message: `${FILE}:1:9: failOn: expected one of critical, high, medium, low, never; got "criticalcriticalcriticalcriticalcritical…"`
    }
  ])('$name', ({ yaml, message }) => {
    expect(errorFor(yaml).message).toBe(message);
  });

  test.each([
    { name: 'an empty file', yaml: [''] },
    { name: 'a file of comments', yaml: ['# failOn: high', '# smoke: {}'] }
  ])('$name says there are no settings', ({ yaml }) => {
    expect(errorFor(yaml).message).toBe(
      `${FILE}:1:1: the file has no settings (it is empty or all comments); expected a mapping of sections such as failOn, secrets or smoke (see launch-ready.schema.json)`
    );
  });

  test.each([
    { yaml: ['- failOn: high'], got: 'a list' },
    { yaml: ['just text'], got: 'a string ("just text")' }
  ])('a file that is not a mapping ($got)', ({ yaml, got }) => {
    expect(errorFor(yaml).message).toBe(
      `${FILE}:1:1: expected a mapping of sections such as failOn, secrets or smoke (see launch-ready.schema.json); got ${got}`
    );
  });

  test('every problem is listed, one per line in file order, in one ConfigError', () => {
    const error = errorFor(['perf:', '  samples: ten', '  concurency: 4', 'failOn: hgih']);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message.split('\n')).toEqual([
      `${FILE}:2:12: perf.samples: expected an integer, got a string ("ten")`,
      `${FILE}:3:3: unknown key "concurency" in perf; did you mean "concurrency"?`,
      `${FILE}:4:9: failOn: expected one of critical, high, medium, low, never; got "hgih" — did you mean "high"?`
    ]);
    expect(error.position).toEqual({ file: FILE, line: 2, column: 12 });
    expect(error.problems).toHaveLength(3);
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  test('past ten problems, the rest are counted', () => {
    const routes = Array.from({ length: 13 }, (_, index) => `    - path: route-${index}`);
    const lines = errorFor(['smoke:', '  routes:', ...routes]).message.split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[9]).toBe(`${FILE}:12:13: smoke.routes[9].path: expected a path starting with /, like /api/health; got "route-9"`);
    expect(lines[10]).toBe('… and 3 more problems');
  });

  test.each([
    {
      name: 'a header value of the wrong type',
      yaml: ['headers:', '  x-api-key: 123456789'],
      message: `${FILE}:2:14: headers["x-api-key"]: expected a string, got a number`
    },
    {
      name: "a header value written as a GitHub expression",
      yaml: ['smoke:', '  headers:', '    authorization: "Bearer ${{ secrets.TOKEN_VALUE }}"'],
      message: `${FILE}:3:20: smoke.headers.authorization: expected a header value; write \${env.NAME} for an environment variable (GitHub \${{ }} expressions are not expanded in this file)`
    },
    {
      name: 'a webhook URL without a scheme',
      yaml: ['monitor:', '  alert: { webhook: hooks.slack.com/services/T0/B0/SECRETPART }'],
      message: `${FILE}:2:21: monitor.alert.webhook: expected an http:// or https:// URL, or \${env.NAME}`
    },
    {
      name: 'an allow-list value of the wrong type',
      yaml: ['secrets:', '  allow: [{ value: 31415926535, reason: test key }]'],
      message: `${FILE}:2:20: secrets.allow[0].value: expected a string, got a number`
    },
    {
      name: 'an allow-list valueRegex of the wrong type',
      yaml: ['secrets:', '  allow: [{ valueRegex: 31415926535, reason: test key }]'],
      message: `${FILE}:2:25: secrets.allow[0].valueRegex: expected a string, got a number`
    }
  ])('never echoes sensitive values: $name', ({ yaml, message }) => {
    const text = errorFor(yaml).message;
    expect(text).toBe(message);
    expect(text).not.toMatch(/123456789|TOKEN_VALUE|SECRETPART|31415926535/);
  });
});
