/**
 * Waiting for a deploy and the certificate in front of it, against real local servers: a server
 * that is ready only after a while, one that never comes up (the check ends by its deadline with a
 * critical finding), and the certificates a CA the test made signed (expired, expiring, wrong host,
 * self-signed).
 */
import { createServer } from 'node:net';
import { systemClock } from '../../../src/clock.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Context } from '../../../src/context/context.js';
import { createHttpClient } from '../../../src/http/create-http-client.js';
import type { HttpClient } from '../../../src/http/http-types.js';
import { silentLogger } from '../../../src/logger.js';
import type { Finding } from '../../../src/report/finding.js';
import { run } from '../../../src/run.js';
import { createTestCertificates, type KeyPair, type TestCertificates } from '../../helpers/test-certs.js';
import { startHttpServer, startHttpsServer, type TestServer } from '../../helpers/test-servers.js';

let certs: TestCertificates;
let http: HttpClient;
const servers: TestServer[] = [];
const context: Context = { eventName: 'local', kind: 'local', workspace: '/nowhere', hasToken: false };

beforeAll(async () => {
  certs = await createTestCertificates();
  http = createHttpClient({ ca: certs.ca });
});
afterAll(async () => {
  await http.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function smoke(yaml: string): Promise<{ findings: Finding[]; metrics: Record<string, number>; status: string; reason?: string }> {
  const report = await run({ config: parseConfig(yaml, 'launch-ready.yml'), context, checks: ['smoke'], deps: { logger: silentLogger, clock: systemClock(), env: {}, http } });
  return report.results.find((result) => result.check === 'smoke')!;
}

/** A port nothing listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

test('waitFor polls until the deploy answers 2xx, then tests; the metrics say how long it waited', async () => {
  let polls = 0;
  const app = await startHttpServer((req, res) => {
    if (req.url === '/health') polls += 1;
    res.writeHead(req.url === '/health' && polls < 3 ? 503 : 200);
    res.end('ok');
  });
  servers.push(app);
  const result = await smoke(`smoke: { baseUrl: ${app.url}, waitFor: { path: /health, timeout: 30s }, routes: [{ path: / }], edge: { hsts: false } }`);
  expect(result.findings).toEqual([]);
  expect(polls).toBe(3);
  expect(result.metrics.waitedMs).toBeGreaterThan(0);
});

test('a URL that never comes up: one critical finding by the waitFor deadline, no route tried, no hang', async () => {
  const port = await closedPort();
  const result = await smoke(`smoke: { baseUrl: "http://127.0.0.1:${port}", waitFor: { path: /health, timeout: 1s }, routes: [{ path: / }, { path: /login }] }`);
  expect(result.findings.map((finding) => `${finding.severity} ${finding.ruleId}`)).toEqual(['critical smoke-not-ready']);
  expect(result.findings[0]!.message).toMatch(/^GET \/health never answered 2xx: \d+ attempts over \d+ s, the last got refused\. No route was tested\.$/);
});

test('without waitFor, an unreachable URL is a critical finding per route naming the network error', async () => {
  const port = await closedPort();
  const result = await smoke(`smoke: { baseUrl: "http://127.0.0.1:${port}", retries: 0, routes: [{ path: /api/health }] }`);
  expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'smoke-unreachable', severity: 'critical', message: expect.stringMatching(/^GET \/api\/health got no answer: .*refused/i) })]);
});

test("the check's deadline ends it with findings, whatever the server does", async () => {
  const hung = await startHttpServer(() => {});
  servers.push(hung);
  const result = await smoke(`smoke: { baseUrl: ${hung.url}, timeout: 2s, requestTimeout: 30s, routes: [{ path: /a }, { path: /b }] }`);
  expect(result.status).toBe('failed');
  expect(result.findings.map((finding) => finding.ruleId)).toEqual(['smoke-unreachable', 'smoke-unreachable']);
  expect(result.findings[0]!.message).toMatch(/timeout|timed out|no answer/i);
});

describe('certificates', () => {
  async function https(pair: () => KeyPair): Promise<TestServer> {
    const server = await startHttpsServer(pair(), (_req, res) => {
      res.writeHead(200, { 'strict-transport-security': 'max-age=31536000', 'content-type': 'text/plain' });
      res.end('ok');
    });
    servers.push(server);
    return server;
  }

  test.each([
    ['expired', () => certs.expired, 'critical smoke-tls-untrusted', /it expired on \d{4}-\d\d-\d\d/],
    ['for another host', () => certs.wrongHost, 'critical smoke-tls-untrusted', /it does not cover this host name \(it covers other\.example\)/],
    ['self-signed', () => certs.selfSigned, 'critical smoke-tls-untrusted', /it is self-signed/],
    ['expiring in 2 days', () => certs.expiringSoon, 'critical smoke-tls-expiring', /expires in [12] days?/]
  ])('a certificate %s', async (_name, pair, rule, message) => {
    const server = await https(pair);
    const result = await smoke(`smoke: { baseUrl: ${server.localhostUrl}, retries: 0, routes: [{ path: / }] }`);
    expect(result.findings.map((finding) => `${finding.severity} ${finding.ruleId}`)).toEqual([rule]);
    expect(result.findings[0]!.message).toMatch(message);
    if (rule === 'critical smoke-tls-untrusted') expect(server.requests).toEqual([]);
  });

  test('a valid certificate has nothing to say', async () => {
    const server = await https(() => certs.valid);
    expect((await smoke(`smoke: { baseUrl: ${server.localhostUrl}, routes: [{ path: / }] }`)).findings).toEqual([]);
  });
});
