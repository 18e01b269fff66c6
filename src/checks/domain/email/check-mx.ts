/**
 * A domain that receives mail: MX records exist, are not the null MX (RFC 7505 `0 .`, "accepts
 * no mail"), and every exchange resolves to an address.
 */
import type { DnsResolver } from '../../../dns/dns-types.js';
import { describeDnsFailure } from '../../../dns/dns-types.js';
import { resolveHost } from '../../../dns/resolve-host.js';
import type { Finding } from '../../../report/finding.js';
import { DOMAIN_RULES, domainFinding } from '../domain-rules.js';

export interface MxResult {
  findings: Finding[];
  /** For the table: `10 mx1.example.com, 20 mx2.example.com`, `missing`. */
  summary: string;
}

export async function checkMx(resolver: DnsResolver, domain: string, signal?: AbortSignal): Promise<MxResult> {
  const at = { kind: 'MX', where: domain };
  const answer = await resolver.lookup(domain, 'MX', signal);
  if (!answer.ok && answer.failure.kind !== 'nxdomain' && answer.failure.kind !== 'nodata') {
    const message = `The MX lookup of ${domain} ${describeDnsFailure(answer.failure)}: mail routing could not be checked.`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.lookupFailed, message, ...at, remediation: 'Check the zone at its DNS provider, or domain.nameservers.' })], summary: answer.failure.kind };
  }
  const records = (answer.ok ? answer.records : []).filter((record) => record.exchange !== '' && record.exchange !== '.');
  if (records.length === 0) {
    const message = `${domain} is declared to receive mail but has no MX record${answer.ok && answer.records.length > 0 ? ' (only the null MX, which refuses all mail)' : ''}: replies and sign-up confirmations to @${domain} bounce.`;
    return { findings: [domainFinding({ rule: DOMAIN_RULES.mxMissing, message, ...at, remediation: `Publish the MX records your mail provider gives, e.g. ${domain}. MX 10 <your provider's mail host>.` })], summary: 'missing' };
  }
  const sorted = [...records].sort((a, b) => a.priority - b.priority);
  const resolved = await Promise.all(sorted.map((record) => resolveHost(resolver, record.exchange, signal)));
  const findings = resolved.flatMap((host): Finding[] =>
    host.failure || host.loop || host.tooLong
      ? [
          domainFinding({
            rule: DOMAIN_RULES.mxUnresolved,
            message: `The MX host ${host.host} of ${domain} has no address: ${host.failure ? `${host.failure.at} ${describeDnsFailure(host.failure)}` : 'its CNAME chain loops'}. Mail sent to it is delayed, then bounces.`,
            ...at,
            key: [host.host],
            remediation: `Point the MX of ${domain} at a host with A/AAAA records (MX targets must not be CNAMEs, RFC 5321 §5.1), or remove this MX record.`
          })
        ]
      : []
  );
  return { findings, summary: sorted.map((record) => `${record.priority} ${record.exchange}`).join(', ') };
}
