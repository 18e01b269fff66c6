/**
 * What a declared host's resolution says: it resolves, its CNAME chain does not end at a name that
 * no longer exists (the subdomain-takeover pattern: whoever registers the deleted app or bucket
 * name serves our subdomain), and a private or staging host has no public address.
 */
import type { DomainHost } from '../../config/config-types.js';
import { describeDnsFailure } from '../../dns/dns-types.js';
import type { HostResolution } from '../../dns/resolve-host.js';
import type { Finding } from '../../report/finding.js';
import { DOMAIN_RULES, domainFinding } from './domain-rules.js';
import { isPublicAddress } from './public-address.js';

export function hostFindings(host: DomainHost, resolved: HostResolution): Finding[] {
  const name = host.name;
  const via = resolved.chain.length > 0 ? ` (via ${resolved.chain.join(' → ')})` : '';
  if (resolved.loop || resolved.tooLong) {
    return [
      domainFinding({
        rule: DOMAIN_RULES.cnameLoop,
        message: `${name} never reaches an address: its CNAME chain ${resolved.loop ? 'loops' : 'is too long'} (${[name, ...resolved.chain].join(' → ')}).`,
        kind: 'CNAME',
        where: name,
        remediation: `Point ${name} at the host that serves it directly: one CNAME to the provider's name, or A/AAAA records.`
      })
    ];
  }
  const failure = resolved.failure;
  if (failure) return [failureFinding(name, resolved, failure, via)];
  const exposed = resolved.addresses.filter(isPublicAddress);
  if ((host.private || host.staging) && exposed.length > 0) {
    const what = host.private ? 'private' : 'staging';
    return [
      domainFinding({
        rule: DOMAIN_RULES.privateExposed,
        message: `${name} is declared ${what} but resolves in public DNS to ${exposed.join(', ')}${via}: anyone can reach it.`,
        kind: 'A',
        where: name,
        remediation: `Remove ${name} from public DNS (serve it from an internal zone or VPN), or put it behind an access gate (Cloudflare Access, IP allow-list, a login) and drop the ${what} flag.`
      })
    ];
  }
  return [];
}

function failureFinding(name: string, resolved: HostResolution, failure: NonNullable<HostResolution['failure']>, via: string): Finding {
  if (failure.kind === 'nxdomain' && resolved.chain.length > 0) {
    return domainFinding({
      rule: DOMAIN_RULES.danglingCname,
      message: `${name} is a CNAME to ${failure.at}, which does not exist (NXDOMAIN): whoever creates ${failure.at} at its provider serves ${name}.`,
      kind: 'CNAME',
      where: name,
      remediation: `Delete the CNAME record of ${name} now (or recreate ${failure.at} at its provider if the app is still needed).`
    });
  }
  if (failure.kind === 'nxdomain' || failure.kind === 'nodata') {
    return domainFinding({
      rule: DOMAIN_RULES.hostUnresolved,
      message: `${name} has no address: ${failure.at} ${describeDnsFailure(failure)}${via}.`,
      kind: 'A',
      where: name,
      remediation: `Publish an A/AAAA record for ${name} (or a CNAME to the host that serves it), or remove it from domain.hosts if it is gone on purpose.`
    });
  }
  return domainFinding({
    rule: DOMAIN_RULES.lookupFailed,
    message: `The lookup of ${failure.at} ${describeDnsFailure(failure)}${via}; ${name} could not be checked.`,
    kind: 'A',
    where: name,
    remediation: 'Check the zone at its DNS provider (a SERVFAIL is often a broken DNSSEC chain or a dead delegation), or domain.nameservers / domain.lookupTimeout.'
  });
}
