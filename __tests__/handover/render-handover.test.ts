/**
 * The handover's sections from a report built by the test: the domain check's outcome (when one
 * ran) fills "What is live" and "Email authentication"; without it, the document says what to add.
 * Text from outside (hosts, table cells, titles) is escaped.
 */
import { parseConfig } from '../../src/config/parse-config.js';
import { renderHandover } from '../../src/handover/render-handover.js';
import { assembleReport } from '../../src/report/assemble-report.js';
import type { CheckResult } from '../../src/report/finding.js';

const CONFIG = parseConfig(
  ['domain:', '  hosts: [shop.example.com, www.shop.example.com]', '  canonical: shop.example.com', '  email:', '    domains: [shop.example.com]', 'monitor: {}', ''].join('\n'),
  'launch-ready.yml'
);

const DOMAIN: CheckResult = {
  check: 'domain',
  status: 'passed',
  durationMs: 5,
  metrics: {},
  findings: [
    { check: 'domain', ruleId: 'domain-cert-expiring', severity: 'high', title: 'Certificate expires soon', message: 'www expires in 6 days.', fingerprint: 'f1', remediation: 'Renew it.' },
    { check: 'domain', ruleId: 'email-dmarc-missing', severity: 'medium', title: 'DMARC record missing', message: 'No _dmarc record.', fingerprint: 'f2', remediation: 'Publish a DMARC record.' }
  ],
  tables: [
    { title: 'Hosts', columns: ['Host', 'Points to', 'Edge', 'Certificate'], rows: [['shop.example.com', '76.76.21.21', 'Vercel', 'expires 2027-02-25'], ['www.shop.example.com', 'cname <b>x</b>|y', 'Vercel', 'expires 2026-12-13']] },
    { title: 'Email authentication', columns: ['Domain', 'SPF', 'DKIM', 'DMARC'], rows: [['shop.example.com', '✔', '✔ google', '✖ missing']] }
  ]
};

function handover(results: CheckResult[]): string {
  const report = assembleReport({ tool: { name: 'launch-ready', version: '0.0.0' }, run: { event: 'schedule', repository: 'acme/shop', baseUrl: 'https://shop.example.com' }, results, policy: { failOn: 'critical', failOnError: true } });
  return renderHandover({ report, config: CONFIG, generatedAt: '2026-12-07T09:30:00.000Z' });
}

test('with the domain check: hosts, canonical, DNS, edge and certificates, and email, each with its findings', () => {
  const document = handover([DOMAIN]);
  expect(document).toContain('- **Canonical domain:** <code>shop.example.com</code>');
  expect(document).toContain('- **DNS, edge and certificates:** ❌ 1 finding: Certificate expires soon (see Open findings)');
  expect(document).toContain('| www\\.shop.example.com | cname &lt;b&gt;x&lt;/b&gt;\\|y | Vercel | expires 2026\\-12\\-13 |');
  expect(document).toMatch(/## Email authentication\n\nDomains: <code>shop.example.com<\/code> · ❌ 1 finding: DMARC record missing/);
  expect(document).toContain('| shop.example.com | ✔ | ✔ google | ✖ missing |');
  expect(document).toContain('### Expired or untrusted certificate (found in this run)');
  expect(document).toContain('### Email not delivered or not authenticated (found in this run)');
  expect(document).toContain('Scheduled monitoring: on — an incident opens after 2 failing runs in a row, as a GitHub issue');
  expect(document).not.toContain('Turn on scheduled monitoring');
});

test('without it: says what is not checked and what to add, and that nothing blocks', () => {
  const document = handover([]);
  expect(document).toContain('- **DNS, edge and certificates:** not checked\\: the domain check did not run');
  expect(document).toContain('## Open findings\n\n✅ None');
  expect(document).toContain('None of these failures was found in this run');
  expect(document).toContain('Generated 2026-12-07 09:30 UTC from the schedule run: ✅ the gate passed.');
});

test('an errored check says why it could not run, and a next action is to make it run', () => {
  const document = handover([{ check: 'domain', status: 'errored', reason: 'DNS server 10.0.0.1 did not answer', findings: [], metrics: {}, durationMs: 1 }]);
  expect(document).toContain('could not be checked\\: DNS server 10.0.0.1 did not answer');
  expect(document).toContain('Make the domain check runnable: DNS server 10.0.0.1 did not answer.');
});
