/**
 * The domain check against a real dnsmasq on loopback, one zone per pass and failure of issue 17:
 * hosts (CNAME chains, a dangling CNAME, a host that does not resolve, a private host in public
 * DNS, SERVFAIL) and mail domains (an SPF include chain of 11 lookups, an include loop, +all,
 * DMARC p=none, no DMARC, a missing DKIM selector, a 512-bit key, MX), and a server that never answers.
 */
import { generateKeyPairSync } from 'node:crypto';
import type { Check, CheckOutcome } from '../../../src/checks/check.js';
import { CHECKS } from '../../../src/checks/registry.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Context } from '../../../src/context/context.js';
import type { Finding } from '../../../src/report/finding.js';
import { checkDeps } from '../../helpers/check-deps.js';
import { startDnsServer, startSilentDnsServer, type DnsRecord, type DnsServer } from '../../helpers/dns-server.js';

const domainCheck = CHECKS.find((check) => check.name === 'domain') as Check;

/** A DKIM record with an RSA key of `bits`. */
function dkimRecord(bits: number): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return `v=DKIM1; k=rsa; p=${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`;
}

const chain = Array.from({ length: 11 }, (_, index): DnsRecord => ({
  type: 'TXT',
  name: `s${index + 1}.spf-chain.test`,
  value: index < 10 ? `v=spf1 include:s${index + 2}.spf-chain.test -all` : 'v=spf1 ip4:192.0.2.1 -all'
}));

const RECORDS: DnsRecord[] = [
  // Hosts
  { type: 'A', name: 'shop.test', value: '192.0.2.10' },
  { type: 'CNAME', name: 'www.shop.test', target: 'edge.shop.test' },
  { type: 'A', name: 'edge.shop.test', value: '192.0.2.11' },
  { type: 'CNAME', name: 'old.shop.test', target: 'deleted-app.herokudns.test' },
  { type: 'NXDOMAIN', name: 'herokudns.test' },
  { type: 'A', name: 'admin.shop.test', value: '198.51.100.7' },
  { type: 'A', name: 'intranet.shop.test', value: '10.0.0.5' },
  // Mail: good.test passes everything
  { type: 'TXT', name: 'good.test', value: 'v=spf1 include:s10.spf-chain.test mx -all' },
  { type: 'TXT', name: '_dmarc.good.test', value: 'v=DMARC1; p=reject; rua=mailto:dmarc@good.test,mailto:x@report.test; adkim=s' },
  { type: 'TXT', name: 's1._domainkey.good.test', value: dkimRecord(2048) },
  { type: 'MX', name: 'good.test', exchange: 'mx.good.test', priority: 10 },
  { type: 'A', name: 'mx.good.test', value: '192.0.2.25' },
  // weak.test: +all, p=none without rua, a 512-bit key
  { type: 'TXT', name: 'weak.test', value: 'v=spf1 +all' },
  { type: 'TXT', name: '_dmarc.weak.test', value: 'v=DMARC1; p=none' },
  { type: 'TXT', name: 's1._domainkey.weak.test', value: dkimRecord(512) },
  // chain.test: 11 lookups through includes, no DMARC, no DKIM key
  { type: 'TXT', name: 'chain.test', value: 'v=spf1 include:s1.spf-chain.test -all' },
  { type: 'A', name: 'chain.test', value: '192.0.2.30' },
  ...chain,
  // loop.test: an include that comes back
  { type: 'TXT', name: 'loop.test', value: 'v=spf1 include:back.loop.test -all' },
  { type: 'TXT', name: 'back.loop.test', value: 'v=spf1 include:loop.test -all' },
  { type: 'TXT', name: '_dmarc.loop.test', value: 'v=DMARC1; p=quarantine; rua=mailto:d@loop.test' },
  // nomx.test receives mail but has no MX
  { type: 'A', name: 'nomx.test', value: '192.0.2.40' }
];

let dns: DnsServer;

beforeAll(async () => {
  dns = await startDnsServer({ zones: ['test'], servfailZones: ['broken.test'], records: RECORDS });
});

afterAll(() => dns.stop());

async function runCheck(lines: string[]): Promise<CheckOutcome> {
  const config = parseConfig(lines.join('\n'), 'launch-ready.yml');
  // No HTTP client: these tests are about DNS; certificates and redirects are in domain-http.test.ts.
  return domainCheck.run(config, {} as Context, checkDeps());
}

const where = (finding: Finding): string => (finding.location?.kind === 'url' ? `${finding.location.method} ${finding.location.url}` : '');
const summary = (outcome: CheckOutcome): string[] => outcome.findings.map((finding) => `${finding.ruleId} ${finding.severity} ${where(finding)}`).sort();

describe('hosts', () => {
  let outcome: CheckOutcome;
  beforeAll(async () => {
    outcome = await runCheck([
      'domain:',
      `  nameservers: ["${dns.nameserver}"]`,
      '  canonical: shop.test',
      '  hosts:',
      '    - old.shop.test',
      '    - missing.shop.test',
      '    - www.broken.test',
      '    - { name: admin.shop.test, private: true }',
      '    - { name: intranet.shop.test, private: true }'
    ]);
  });

  test('each broken host is one finding, located at its name; the apex, www (via a CNAME chain) and a private host on a private address pass', () => {
    expect(summary(outcome)).toEqual([
      'domain-dangling-cname critical CNAME old.shop.test',
      'domain-host-unresolved high A missing.shop.test',
      'domain-lookup-failed high A www.broken.test',
      'domain-private-exposed high A admin.shop.test'
    ]);
  });

  test('findings say what broke and how to fix it', () => {
    const dangling = outcome.findings.find((finding) => finding.ruleId === 'domain-dangling-cname')!;
    expect(dangling.message).toBe('old.shop.test is a CNAME to deleted-app.herokudns.test, which does not exist (NXDOMAIN): whoever creates deleted-app.herokudns.test at its provider serves old.shop.test.');
    expect(dangling.remediation).toMatch(/^Delete the CNAME record of old\.shop\.test/);
    expect(outcome.findings.find((finding) => finding.ruleId === 'domain-lookup-failed')!.message).toMatch(/SERVFAIL/);
    expect(outcome.findings.find((finding) => finding.ruleId === 'domain-private-exposed')!.message).toMatch(/198\.51\.100\.7/);
  });

  test('the hosts table shows where each host leads', () => {
    const rows = outcome.tables![0]!.rows;
    expect(rows).toContainEqual(['www.shop.test', '→ edge.shop.test 192.0.2.11', '—', '✅']);
    expect(rows).toContainEqual(['old.shop.test', '→ deleted-app.herokudns.test deleted-app.herokudns.test does not exist (NXDOMAIN)', '—', '❌']);
    expect(outcome.metrics).toMatchObject({ hosts: 7, hostsFailed: 4 });
  });
});

describe('mail domains', () => {
  let outcome: CheckOutcome;
  beforeAll(async () => {
    outcome = await runCheck([
      'domain:',
      `  nameservers: ["${dns.nameserver}"]`,
      '  email:',
      '    domains: [good.test, weak.test, chain.test, loop.test]',
      '    dkimSelectors: [s1]',
      '    receives: [good.test, nomx.test]'
    ]);
  });

  const of = (domain: string): string[] => summary(outcome).filter((line) => line.endsWith(` ${domain}`) || line.includes(`.${domain}`) || line.includes(` ${domain} `));

  test('a domain with SPF, DMARC p=reject, a 2048-bit key and a resolving MX passes', () => {
    expect(of('good.test')).toEqual([]);
    expect(outcome.tables!.find((table) => table.title === 'Email authentication')!.rows).toContainEqual([
      'good.test',
      '-all, 3 lookups',
      'p=reject, DKIM strict, SPF relaxed alignment',
      's1: rsa 2048',
      '10 mx.good.test',
      '✅'
    ]);
  });

  test('+all is critical, p=none is medium, no rua is advice, a 512-bit key is high', () => {
    expect(of('weak.test')).toEqual([
      'domain-dkim-weak-key high TXT s1._domainkey.weak.test',
      'domain-dmarc-no-rua low TXT _dmarc.weak.test',
      'domain-dmarc-p-none medium TXT _dmarc.weak.test',
      'domain-spf-permissive critical TXT weak.test'
    ]);
    const permissive = outcome.findings.find((finding) => finding.ruleId === 'domain-spf-permissive')!;
    expect(permissive.remediation).toContain('v=spf1 -all');
    expect(outcome.findings.find((finding) => finding.ruleId === 'domain-dkim-weak-key')!.message).toMatch(/is 512-bit RSA/);
    expect(outcome.findings.find((finding) => finding.ruleId === 'domain-dmarc-p-none')!.remediation).toMatch(/p=quarantine, then p=reject/);
  });

  test('an include chain of 11 lookups is over the limit of 10; no DMARC and a missing selector are high', () => {
    expect(of('chain.test')).toEqual(['domain-dkim-missing high TXT s1._domainkey.chain.test', 'domain-dmarc-missing high TXT _dmarc.chain.test', 'domain-spf-too-many-lookups high TXT chain.test']);
    const tooMany = outcome.findings.find((finding) => finding.ruleId === 'domain-spf-too-many-lookups')!;
    expect(tooMany.message).toMatch(/needs 11 DNS lookups/);
    expect(outcome.findings.find((finding) => finding.ruleId === 'domain-dmarc-missing')!.remediation).toContain('_dmarc.chain.test. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@chain.test"');
  });

  test('an include loop is found and named', () => {
    expect(of('loop.test')).toEqual(['domain-dkim-missing high TXT s1._domainkey.loop.test', 'domain-spf-loop high TXT loop.test']);
    expect(outcome.findings.find((finding) => finding.ruleId === 'domain-spf-loop')!.message).toContain('loop.test → back.loop.test → loop.test');
  });

  test('a domain that receives mail without MX is high', () => {
    expect(of('nomx.test')).toEqual(['domain-mx-missing high MX nomx.test']);
  });

  test('the SPF walk asks each question once (the chain is shared by good.test and chain.test)', () => {
    // 11 chain TXT + per domain TXT/_dmarc/DKIM, + MX and A of the MX host: far below one query per include met.
    expect(outcome.metrics!.dnsQueries).toBeLessThan(45);
  });
});

test('a server that never answers: every lookup ends at its deadline as a timeout, the check returns', async () => {
  const silent = await startSilentDnsServer();
  try {
    const config = parseConfig(['domain:', `  nameservers: ["${silent.nameserver}"]`, '  lookupTimeout: 200ms', '  hosts: [shop.test]', '  email: { domains: [shop.test] }'].join('\n'), 'launch-ready.yml');
    const outcome = await domainCheck.run(config, {} as Context, checkDeps());
    expect(summary(outcome)).toEqual(['domain-lookup-failed high A shop.test', 'domain-lookup-failed high TXT _dmarc.shop.test', 'domain-lookup-failed high TXT shop.test']);
    expect(outcome.findings.every((finding) => /timeout/.test(finding.message))).toBe(true);
  } finally {
    await silent.stop();
  }
});
