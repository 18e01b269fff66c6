/** One mail domain: SPF, DMARC and every DKIM selector when it sends, MX when it receives. */
import type { DnsResolver } from '../../dns/dns-types.js';
import type { Finding } from '../../report/finding.js';
import { checkDkim } from './email/check-dkim.js';
import { checkDmarc } from './email/check-dmarc.js';
import { checkMx } from './email/check-mx.js';
import { checkSpf } from './email/check-spf.js';
import type { MailRow } from './result-tables.js';

export interface MailDomainAudit {
  row: MailRow;
  findings: Finding[];
}

export async function auditMailDomain(resolver: DnsResolver, input: { domain: string; sends: boolean; receives: boolean; selectors: readonly string[]; signal: AbortSignal }): Promise<MailDomainAudit> {
  const { domain, signal } = input;
  const [spf, dmarc, dkim, mx] = await Promise.all([
    input.sends ? checkSpf(resolver, domain, signal) : undefined,
    input.sends ? checkDmarc(resolver, domain, signal) : undefined,
    input.sends ? Promise.all(input.selectors.map((selector) => checkDkim(resolver, domain, selector, signal))) : [],
    input.receives ? checkMx(resolver, domain, signal) : undefined
  ]);
  const findings = [...(spf?.findings ?? []), ...(dmarc?.findings ?? []), ...dkim.flatMap((result) => result.findings), ...(mx?.findings ?? [])];
  return {
    findings,
    row: {
      domain,
      spf: spf?.summary ?? '—',
      dmarc: dmarc?.summary ?? '—',
      dkim: dkim.length > 0 ? dkim.map((result, index) => `${input.selectors[index]}: ${result.summary}`).join(', ') : '—',
      mx: mx?.summary ?? '—',
      // Low and info findings are advice: the row still passes.
      passed: findings.every((finding) => finding.severity === 'low' || finding.severity === 'info')
    }
  };
}
