/**
 * The smoke check end to end against a real HTTPS app on 127.0.0.1 with a certificate the test's
 * own CA signed: declared routes, auth, retries, redirects, flows with cookies and captures, edge
 * checks, and a planted bypass token that must appear nowhere.
 */
import type { ServerResponse } from 'node:http';
import { systemClock } from '../../../src/clock.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Context } from '../../../src/context/context.js';
import { createHttpClient } from '../../../src/http/create-http-client.js';
import type { HttpClient } from '../../../src/http/http-types.js';
import { recordingLogger } from '../../../src/logger.js';
import { renderComment } from '../../../src/report/render-comment.js';
import { renderJson } from '../../../src/report/render-json.js';
import { renderText } from '../../../src/report/render-text.js';
import type { Report } from '../../../src/report/report.js';
import { run } from '../../../src/run.js';
import { createTestCertificates, type TestCertificates } from '../../helpers/test-certs.js';
import { startHttpsServer, type TestServer } from '../../helpers/test-servers.js';

const BYPASS = 'Pl4nted-bypass-7731-Qz';
const SESSION = 'sess-Pl4nted-4410';
const CSRF = 'csrf-Pl4nted-8812';

let certs: TestCertificates;
let app: TestServer;
let http: HttpClient;
let flaky = 0;

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html', 'strict-transport-security': 'max-age=31536000', ...headers });
  res.end(body);
}

beforeAll(async () => {
  certs = await createTestCertificates();
  app = await startHttpsServer(certs.valid, (req, res, body) => {
    if (req.headers['x-bypass'] !== BYPASS) return send(res, 401, 'protected deployment');
    const cookie = req.headers.cookie ?? '';
    switch (req.url) {
      case '/':
        return send(res, 200, '<script src="/assets/app-3f9a1c2b.js"></script><link rel="stylesheet" href="/assets/site-9a8b7c6d5e.css"><h1>Shop</h1><a href="/signup">Sign up</a>');
      case '/assets/app-3f9a1c2b.js':
        return send(res, 200, 'console.log(1)', { 'content-type': 'text/javascript', 'cache-control': 'no-cache' });
      case '/assets/site-9a8b7c6d5e.css':
        return send(res, 200, 'h1{}', { 'content-type': 'text/css', 'cache-control': 'public, max-age=31536000, immutable' });
      case '/login':
        return send(res, 200, '<form>login</form>', { 'cache-control': 'public, max-age=600' });
      case '/admin':
        return send(res, 200, 'admin panel');
      case '/dashboard':
        return cookie.includes(SESSION) ? send(res, 200, 'your dashboard', { 'cache-control': 'private, no-store' }) : send(res, 302, '', { location: '/login' });
      case '/api/health':
        res.writeHead(200, { 'content-type': 'application/json', 'strict-transport-security': 'max-age=31536000' });
        return res.end(JSON.stringify({ status: 'degraded', db: 'down' }));
      case '/loop-a':
        return send(res, 302, '', { location: '/loop-b' });
      case '/loop-b':
        return send(res, 302, '', { location: '/loop-a' });
      case '/flaky':
        flaky += 1;
        return flaky === 1 ? send(res, 503, 'warming up') : send(res, 200, 'ok');
      case '/broken':
        return send(res, 500, 'Internal Server Error');
      case '/contact':
        return send(res, 200, `<form><input name="csrf" value="${CSRF}"></form>`, { 'set-cookie': `sid=${SESSION}; Path=/; HttpOnly; Secure` });
      case '/api/inquiries': {
        const sent = JSON.parse(body || '{}') as { csrf?: string };
        const ok = sent.csrf === CSRF && cookie.includes(SESSION);
        res.writeHead(ok ? 201 : 403, { 'content-type': 'application/json', 'strict-transport-security': 'max-age=31536000' });
        return res.end(JSON.stringify(ok ? { status: 'received', id: 42 } : { status: 'forbidden' }));
      }
      case '/session/login':
        return send(res, 302, '', { location: '/dashboard', 'set-cookie': `sid=${SESSION}; Path=/; HttpOnly` });
      default:
        return send(res, 404, 'not found');
    }
  });
  http = createHttpClient({ ca: certs.ca });
});

afterAll(async () => {
  await http.close();
  await app.close();
});

const YAML = (base: string) => `
headers:
  x-bypass: "\${env.BYPASS}"
smoke:
  baseUrl: ${base}
  retries: 1
  edge: { redirects: true, tls: true, hsts: true, caching: true }
  routes:
    - { path: /, expect: { status: 200, bodyContains: Sign up } }
    - { path: /login, private: true, expect: { status: 200 } }
    - { path: /admin, auth: required }
    - { path: /dashboard, auth: required }
    - { path: /api/health, expect: { json: { /status: ok } } }
    - { path: /loop-a }
    - { path: /flaky }
    - { path: /broken, severity: high }
  flows:
    - name: inquiry
      steps:
        - { path: /contact, capture: { csrf: { regex: 'name="csrf" value="([^"]+)"' } } }
        - { path: /api/inquiries, method: POST, json: { csrf: "\${csrf}", email: smoke@example.com }, expect: { status: 201, json: { /status: received } } }
    - name: sign in
      steps:
        - { path: /session/login, method: POST, expect: { status: 200, bodyContains: your dashboard } }
        - { path: /nope, expect: { status: 200 } }
`;

async function smokeReport(yaml: string): Promise<{ report: Report; logs: string[] }> {
  const logger = recordingLogger();
  const config = parseConfig(yaml, 'launch-ready.yml');
  const context: Context = { eventName: 'local', kind: 'local', workspace: '/nowhere', hasToken: false };
  const report = await run({ config, context, checks: ['smoke'], deps: { logger, clock: systemClock(), env: { BYPASS }, http } });
  return { report, logs: logger.lines };
}

describe('a deployed app with planted faults', () => {
  let report: Report;
  let logs: string[];
  beforeAll(async () => {
    ({ report, logs } = await smokeReport(YAML(app.localhostUrl)));
  });

  const smoke = () => report.results.find((result) => result.check === 'smoke')!;
  const lines = () => smoke().findings.map((finding) => `${finding.severity} ${finding.ruleId} ${finding.location?.kind === 'url' ? new URL(finding.location.url).pathname : ''}`);

  test('each fault is one finding at the right severity; what works says nothing', () => {
    expect(lines().sort()).toEqual(
      [
        'critical smoke-auth-open /admin',
        'critical smoke-route-failed /api/health',
        'critical smoke-redirect-loop /loop-a',
        'high smoke-private-cacheable /login',
        'high smoke-route-failed /broken',
        'critical smoke-flow-failed /nope',
        'medium smoke-asset-not-cached /'
      ].sort()
    );
    expect(report.gate.passed).toBe(false);
  });

  test('messages say what was expected and what came back', () => {
    const byRule = (rule: string, path: string) => smoke().findings.find((finding) => finding.ruleId === rule && finding.location?.kind === 'url' && finding.location.url.endsWith(path))!;
    expect(byRule('smoke-route-failed', '/api/health').message).toBe('GET /api/health: expected JSON /status "ok", got "degraded".');
    expect(byRule('smoke-redirect-loop', '/loop-a').message).toContain('/loop-a → ');
    expect(byRule('smoke-asset-not-cached', '/').message).toBe(
      '1 hashed static asset can be cached only briefly, so every visit downloads it again: /assets/app-3f9a1c2b.js (no-cache).'
    );
    expect(byRule('smoke-auth-open', '/admin').message).toBe('GET /admin answered 200 to a request without a login: anyone can read it.');
    expect(byRule('smoke-flow-failed', '/nope').message).toMatch(/^Flow "sign in" broke at step 2 of 2: GET \/nope: expected status 200, got 404/);
  });

  test('the flows carried the cookie and the captured token; the flaky route passed on its retry', () => {
    const posted = app.requests.find((request) => request.url === '/api/inquiries')!;
    expect(JSON.parse(posted.body)).toEqual({ csrf: CSRF, email: 'smoke@example.com' });
    expect(posted.headers.cookie).toContain(SESSION);
    expect(app.requests.filter((request) => request.url === '/flaky')).toHaveLength(2);
    const routes = smoke().tables!.find((table) => table.title === 'Routes')!;
    expect(routes.rows.find((row) => row[0] === 'GET /flaky')).toEqual(['GET /flaky', '200', expect.any(String), '✅']);
    // Failures first.
    expect(routes.rows[0]![3]).toBe('❌');
    const flows = smoke().tables!.find((table) => table.title === 'Flows')!;
    expect(flows.rows.map((row) => [row[0], row[1], row[4]])).toEqual([
      ['inquiry', '1. GET /contact', '✅'],
      ['', '2. POST /api/inquiries', '✅'],
      ['sign in', '1. POST /session/login', '✅'],
      ['', '2. GET /nope', '❌']
    ]);
  });

  test('the bypass token, the session and the captured token appear in no output', () => {
    const outputs = [renderJson(report), renderText(report, { color: false }), renderComment(report, { marker: '<!-- m -->' }), ...logs];
    for (const text of outputs) {
      expect(text).not.toContain(BYPASS);
      expect(text).not.toContain(SESSION);
      expect(text).not.toContain(CSRF);
    }
  });
});

test('no header value from the environment: the check could not run and names the variable, never a value', async () => {
  const logger = recordingLogger();
  const config = parseConfig(YAML(app.localhostUrl), 'launch-ready.yml');
  const context: Context = { eventName: 'local', kind: 'local', workspace: '/nowhere', hasToken: false };
  const report = await run({ config, context, checks: ['smoke'], deps: { logger, clock: systemClock(), env: {}, http } });
  expect(report.results.find((result) => result.check === 'smoke')).toMatchObject({ status: 'errored', reason: expect.stringContaining('environment variable BYPASS is not set or empty') });
});
