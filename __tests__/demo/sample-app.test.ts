/**
 * The demo's preview deploy against the demo's own launch-ready.yml: each planted fault is one
 * smoke finding, what works says nothing, and the contact flow completes. Over HTTPS with the
 * demo's certificate (what `launch-ready demo` does) and over plain HTTP (its fallback) alike.
 */
import { systemClock } from '../../src/clock.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { Context } from '../../src/context/context.js';
import { createDemoCertificate } from '../../src/demo/demo-certificate.js';
import { startSampleApp, type SampleApp } from '../../src/demo/sample-app.js';
import { BASE_FILES } from '../../src/demo/sample-project.js';
import { createHttpClient } from '../../src/http/create-http-client.js';
import { silentLogger } from '../../src/logger.js';
import type { CheckResult } from '../../src/report/finding.js';
import { run } from '../../src/run.js';

const EXPECTED = [
  'critical smoke-redirect-loop GET /old-pricing',
  'critical smoke-route-failed GET /account',
  'critical smoke-route-failed GET /api/health',
  'high smoke-private-cacheable GET /login'
];

async function smokeOf(app: SampleApp, ca?: string): Promise<CheckResult> {
  const http = createHttpClient(ca ? { ca } : {});
  try {
    const config = parseConfig(BASE_FILES['launch-ready.yml']!, 'launch-ready.yml');
    const context: Context = { eventName: 'local', kind: 'local', workspace: '/nowhere', requested: { baseUrl: app.url }, hasToken: false };
    const report = await run({ config, context, checks: ['smoke'], deps: { logger: silentLogger, clock: systemClock(), env: {}, http } });
    return report.results.find((result) => result.check === 'smoke')!;
  } finally {
    await http.close();
  }
}

const lines = (smoke: CheckResult) =>
  smoke.findings.map((finding) => `${finding.severity} ${finding.ruleId} ${finding.location?.kind === 'url' ? `${finding.location.method} ${new URL(finding.location.url).pathname}` : ''}`).sort();

describe.each([
  ['HTTPS with the demo certificate', true],
  ['plain HTTP (no certificate)', false]
])('%s', (_title, secure) => {
  let app: SampleApp;
  let smoke: CheckResult;
  beforeAll(async () => {
    const certificate = secure ? createDemoCertificate() : undefined;
    app = await startSampleApp(certificate);
    smoke = await smokeOf(app, certificate?.cert);
  });
  afterAll(() => app.close());

  test('each planted fault is one finding; the healthy routes, the edge and the certificate raise nothing', () => {
    expect(app.url).toMatch(secure ? /^https:\/\/127\.0\.0\.1:\d+$/ : /^http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines(smoke)).toEqual(EXPECTED);
    expect(smoke.metrics).toMatchObject({ routes: 6, routesFailed: 3, flows: 1, flowsFailed: 0 });
  });

  test('the contact flow carries the session cookie and the CSRF token to its POST', () => {
    const flows = smoke.tables!.find((table) => table.title === 'Flows')!;
    expect(flows.rows.map((row) => [row[0], row[1], row[2], row[4]])).toEqual([
      ['contact form', '1. GET /contact', '200', '✅'],
      ['', '2. POST /api/inquiries', '201', '✅']
    ]);
  });
});

test('the POST without the session is refused: the flow passes only because the check carried both', async () => {
  const app = await startSampleApp();
  try {
    const answer = await fetch(`${app.url}/api/inquiries`, { method: 'POST', body: JSON.stringify({ csrf: 'guess' }), headers: { 'content-type': 'application/json' } });
    expect(answer.status).toBe(403);
  } finally {
    await app.close();
  }
});

test('close() ends keep-alive connections a client still holds, instead of waiting for them', async () => {
  const certificate = createDemoCertificate();
  const app = await startSampleApp(certificate);
  const http = createHttpClient({ ca: certificate.cert });
  try {
    expect((await http.request({ method: 'GET', url: `${app.url}/`, timeoutMs: 5000 })).status).toBe(200);
    const started = Date.now();
    await app.close();
    expect(Date.now() - started).toBeLessThan(1000);
  } finally {
    await http.close();
  }
});
