/**
 * A host behind the declared edge: its addresses lie in the provider's ranges, or its answer
 * carries the provider's headers. Otherwise visitors (and attackers) reach the origin directly,
 * past the WAF, the DDoS protection and the cache: high.
 */
import type { Finding } from '../../../report/finding.js';
import { DOMAIN_RULES, domainFinding } from '../domain-rules.js';
import type { HostProbe } from '../probe-host.js';
import { inRanges, type EdgeSignature } from './edge-providers.js';

export interface EdgeVerdict {
  /** `ranges`, `headers`, or `bypassed`. */
  via: 'ranges' | 'headers' | 'bypassed';
  findings: Finding[];
}

export function edgeVerdict(signature: EdgeSignature, host: string, addresses: readonly string[], probe: HostProbe | undefined): EdgeVerdict {
  if (addresses.length > 0 && addresses.every((address) => inRanges(signature, address))) return { via: 'ranges', findings: [] };
  if (probe?.response && signature.servedBy(probe.response)) return { via: 'headers', findings: [] };
  const outside = addresses.filter((address) => !inRanges(signature, address));
  return {
    via: 'bypassed',
    findings: [
      domainFinding({
        rule: DOMAIN_RULES.edgeBypassed,
        message: `${host} resolves to ${outside.join(', ')}, outside ${signature.name}'s published ranges, and its answer carries no ${signature.name} headers: traffic reaches the origin directly, past the WAF and DDoS protection.`,
        kind: 'A',
        where: host,
        remediation: `Proxy ${host} through ${signature.name} (the orange cloud on its DNS record), then firewall the origin to accept only ${signature.name}'s ranges and rotate its address, since the old one is known.`
      })
    ]
  };
}
