/** The domain check's hosts as monitor targets: one per host, joined with the certificate probe of the same host. */
import type { CheckResult, Finding } from '../../src/report/finding.js';
import { probesFromReport } from '../../src/monitor/probes-from-report.js';

const finding = (url: string, method: string, message: string): Finding =>
  ({ ruleId: 'domain-dangling-cname', check: 'domain', severity: 'critical', confidence: 'high', title: 'Dangling CNAME', message, fingerprint: `fp-${url}`, location: { kind: 'url', url, method } }) as Finding;

const domain: CheckResult = {
  check: 'domain',
  status: 'failed',
  durationMs: 12,
  findings: [finding('old.shop.test', 'CNAME', 'old.shop.test is a CNAME to deleted-app.herokudns.test, which does not exist (NXDOMAIN).')],
  metrics: {},
  tables: [
    {
      title: 'Hosts',
      columns: ['Host', 'Resolves to', 'Certificate', 'Verdict'],
      rows: [
        ['shop.test', '192.0.2.10', 'valid until 2027-03-01', '✅'],
        ['old.shop.test', '→ deleted-app.herokudns.test does not exist (NXDOMAIN)', '—', '❌']
      ]
    }
  ]
};

const monitor: CheckResult = {
  check: 'monitor',
  status: 'passed',
  durationMs: 30,
  findings: [],
  metrics: {},
  tables: [{ title: 'Certificates', columns: ['Host', 'Expires', 'Days', 'Verdict'], rows: [['shop.test', '2027-03-01T00:00:00.000Z', '84', '✅ valid']] }]
};

test('each host of the domain check is a host target; a failing one carries the finding as evidence and its severity', () => {
  expect(probesFromReport([domain])).toEqual([
    { target: 'host:shop.test', kind: 'host', name: 'shop.test', url: 'https://shop.test/', ok: true, severity: 'high', answer: '192.0.2.10', evidence: [] },
    {
      target: 'host:old.shop.test',
      kind: 'host',
      name: 'old.shop.test',
      url: 'https://old.shop.test/',
      ok: false,
      severity: 'critical',
      evidence: ['old.shop.test is a CNAME to deleted-app.herokudns.test, which does not exist (NXDOMAIN).']
    }
  ]);
});

test('a host the certificate probe also saw is one target: down when either saw it fail', () => {
  const probes = probesFromReport([monitor, domain]);
  expect(probes.filter((probe) => probe.target === 'host:shop.test')).toHaveLength(1);
  expect(probes.find((probe) => probe.target === 'host:shop.test')).toMatchObject({ ok: true, expiresAt: '2027-03-01T00:00:00.000Z', answer: '192.0.2.10' });
});

test('a DNS change notice: an issue body that escapes what DNS answered, and one webhook line', async () => {
  const { renderNoticeBody, renderWebhookText } = await import('../../src/monitor/render-alert.js');
  const probe = { target: 'host:shop.test', kind: 'host' as const, name: 'shop.test', ok: true, severity: 'high' as const, answer: '→ *evil*.example 203.0.113.9', evidence: [] };
  const incident = { id: 'dns-0123456789ab', target: 'host:shop.test', name: 'shop.test', severity: 'high' as const, title: 'DNS of shop.test changed', failingSince: '2030-01-01T00:00:00.000Z', openedAt: '2030-01-01T00:00:00.000Z', signature: probe.answer };
  const action = { kind: 'notice' as const, incident, probe, previous: '192.0.2.10' };
  const body = renderNoticeBody(action);
  expect(body).toContain('<!-- launch-ready:incident dns-0123456789ab -->');
  expect(body).toContain('- **Was:** 192\\.0.2.10');
  expect(body).toContain('\\*evil\\*');
  expect(renderWebhookText(action)).toBe(':mag: high: DNS of shop.test changed: was 192.0.2.10, now → *evil*.example 203.0.113.9.');
});
