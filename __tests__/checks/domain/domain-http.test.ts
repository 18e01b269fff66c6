/**
 * The domain check's HTTPS half against a real HTTPS server on 127.0.0.1: the canonical host and
 * its redirect, the edge (Cloudflare ranges or headers), and certificate expiry. Host names come
 * from a real dnsmasq; the HTTP client's `connectTo` sends site.test:443 to the local server while
 * keeping the Host header and the TLS server name, like curl --resolve.
 */
import type { Check, CheckOutcome } from '../../../src/checks/check.js';
import { CHECKS } from '../../../src/checks/registry.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Context } from '../../../src/context/context.js';
import { createHttpClient } from '../../../src/http/create-http-client.js';
import type { HttpClient } from '../../../src/http/http-types.js';
import { checkDeps } from '../../helpers/check-deps.js';
import { startDnsServer, type DnsServer } from '../../helpers/dns-server.js';
import { createTestCa } from '../../helpers/test-certs.js';
import { startHttpsServer, type TestServer } from '../../helpers/test-servers.js';

const domainCheck = CHECKS.find((check) => check.name === 'domain') as Check;
const DAY_MS = 86_400_000;
const HOSTS = ['site.test', 'www.site.test', 'origin.site.test', 'cdn.site.test'];

let dns: DnsServer;
let server: TestServer;
let http: HttpClient;
/** What www.site.test answers: the redirect a team should have, or the page itself. */
let wwwServes = false;

beforeAll(async () => {
  const ca = await createTestCa();
  // Five days left: a high finding on every host.
  const certificate = await ca.issue({ names: HOSTS, notAfter: new Date(Date.now() + 5.5 * DAY_MS) });
  server = await startHttpsServer(certificate, (req, res) => {
    const host = req.headers.host ?? '';
    if (host === 'www.site.test' && !wwwServes) {
      res.writeHead(301, { location: 'https://site.test/' }).end();
      return;
    }
    // cdn.site.test is outside the published ranges but answers through the edge (its headers).
    res.writeHead(200, host === 'cdn.site.test' ? { 'cf-ray': '8f1c2d3e4f5a6b7c-AMS', server: 'cloudflare' } : {}).end('ok');
  });
  dns = await startDnsServer({
    zones: ['test'],
    records: [
      // In Cloudflare's ranges (104.16.0.0/13, 2606:4700::/32).
      { type: 'A', name: 'site.test', value: '104.16.132.229' },
      { type: 'AAAA', name: 'site.test', value: '2606:4700::6810:84e5' },
      { type: 'A', name: 'www.site.test', value: '172.67.10.1' },
      // The origin, reachable directly.
      { type: 'A', name: 'origin.site.test', value: '203.0.113.50' },
      { type: 'A', name: 'cdn.site.test', value: '203.0.113.51' },
      { type: 'CAA', name: 'site.test', tag: 'issue', value: 'letsencrypt.org' }
    ]
  });
  http = createHttpClient({ ca: ca.cert, connectTo: Object.fromEntries(HOSTS.map((host) => [`${host}:443`, `127.0.0.1:${server.port}`])) });
});

afterAll(async () => {
  await http.close();
  await server.close();
  await dns.stop();
});

async function runCheck(): Promise<CheckOutcome> {
  const config = parseConfig(['domain:', `  nameservers: ["${dns.nameserver}"]`, '  canonical: site.test', '  edge: cloudflare', '  hosts: [origin.site.test, cdn.site.test]'].join('\n'), 'launch-ready.yml');
  return domainCheck.run(config, {} as Context, checkDeps({ http }));
}

const summary = (outcome: CheckOutcome): string[] =>
  outcome.findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.location?.kind === 'url' ? `${finding.location.method} ${finding.location.url}` : ''}`).sort();

test('one permanent redirect from www to the apex passes; the origin that bypasses the edge is high; every certificate near expiry is high', async () => {
  wwwServes = false;
  const outcome = await runCheck();
  expect(summary(outcome)).toEqual([
    'domain-cert-expiring high GET https://cdn.site.test/',
    'domain-cert-expiring high GET https://origin.site.test/',
    'domain-cert-expiring high GET https://site.test/',
    'domain-cert-expiring high GET https://www.site.test/',
    'domain-edge-bypassed high A origin.site.test'
  ]);
  const bypass = outcome.findings.find((finding) => finding.ruleId === 'domain-edge-bypassed')!;
  expect(bypass.message).toMatch(/^origin\.site\.test resolves to 203\.0\.113\.50, outside Cloudflare's published ranges/);
  expect(outcome.findings.find((finding) => finding.location?.kind === 'url' && finding.location.url === 'https://site.test/')!.message).toMatch(/^The certificate of site\.test expires in 5 days \(\d{4}-\d\d-\d\d\)\.$/);
  const hosts = outcome.tables!.find((table) => table.title === 'Hosts')!;
  expect(hosts.columns).toEqual(['Host', 'Resolves to', 'Certificate', 'Edge', 'Verdict']);
  expect(hosts.rows.map((row) => [row[0], row[3]])).toEqual(expect.arrayContaining([['site.test', 'ranges'], ['cdn.site.test', 'headers'], ['origin.site.test', 'bypassed']]));
  expect(outcome.tables!.find((table) => table.title === 'Canonical host')!.rows).toEqual([
    ['site.test', 'serves (200)', ''],
    ['www.site.test', 'redirects 301 → https://site.test/', '✅']
  ]);
  // The requests reached the local server under their own names (Host header and SNI kept).
  expect(new Set(server.requests.map((request) => request.headers.host))).toEqual(new Set(HOSTS));
});

test('apex and www both serving is high', async () => {
  wwwServes = true;
  const outcome = await runCheck();
  const both = outcome.findings.find((finding) => finding.ruleId === 'domain-both-serve')!;
  expect(both.message).toBe('Both site.test and www.site.test serve pages (www.site.test answered serves (200)): cookies, sessions and search ranking are split between two hosts.');
  expect(both.remediation).toMatch(/301 to https:\/\/site\.test/);
});
