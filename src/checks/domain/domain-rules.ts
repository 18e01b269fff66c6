/**
 * The domain check's rules and the one way its findings are built. A finding points at the record
 * it is about (`TXT _dmarc.example.com`) or the URL it requested (`GET https://example.com/`), and
 * is keyed by rule and that name, never by a record's value, so it stays the same finding while
 * the record is being fixed.
 */
import type { Finding, Severity } from '../../report/finding.js';
import { ruleFinding, type Rule } from '../../report/rule-finding.js';

export const DOMAIN_RULES = {
  hostUnresolved: { id: 'domain-host-unresolved', severity: 'high', title: 'Host does not resolve' },
  lookupFailed: { id: 'domain-lookup-failed', severity: 'high', title: 'DNS lookup failed' },
  danglingCname: { id: 'domain-dangling-cname', severity: 'critical', title: 'Dangling CNAME (subdomain takeover risk)' },
  cnameLoop: { id: 'domain-cname-loop', severity: 'high', title: 'CNAME loop or chain too long' },
  privateExposed: { id: 'domain-private-exposed', severity: 'high', title: 'Private or staging host resolves publicly' },
  canonicalDown: { id: 'domain-canonical-down', severity: 'critical', title: 'Canonical host does not serve' },
  bothServe: { id: 'domain-both-serve', severity: 'high', title: 'Apex and www both serve' },
  redirectIndirect: { id: 'domain-redirect-indirect', severity: 'medium', title: 'Not one HTTPS redirect to the canonical host' },
  edgeBypassed: { id: 'domain-edge-bypassed', severity: 'high', title: 'Host bypasses the edge' },
  certExpiring: { id: 'domain-cert-expiring', severity: 'high', title: 'TLS certificate expires soon' },
  certUntrusted: { id: 'domain-cert-untrusted', severity: 'critical', title: 'TLS certificate not trusted' },
  hostUnreachable: { id: 'domain-host-unreachable', severity: 'high', title: 'Host does not answer HTTPS' },
  spfMissing: { id: 'domain-spf-missing', severity: 'high', title: 'No SPF record' },
  spfMultiple: { id: 'domain-spf-multiple', severity: 'high', title: 'More than one SPF record' },
  spfSyntax: { id: 'domain-spf-syntax', severity: 'high', title: 'SPF record does not parse' },
  spfPermissive: { id: 'domain-spf-permissive', severity: 'critical', title: 'SPF lets anyone send' },
  spfTooManyLookups: { id: 'domain-spf-too-many-lookups', severity: 'high', title: 'SPF needs more than 10 DNS lookups' },
  spfLoop: { id: 'domain-spf-loop', severity: 'high', title: 'SPF include loop' },
  spfVoidLookups: { id: 'domain-spf-void-lookups', severity: 'high', title: 'SPF has more than 2 void lookups' },
  spfBrokenInclude: { id: 'domain-spf-broken-include', severity: 'high', title: 'SPF include has no SPF record' },
  dmarcMissing: { id: 'domain-dmarc-missing', severity: 'high', title: 'No DMARC record' },
  dmarcInvalid: { id: 'domain-dmarc-invalid', severity: 'high', title: 'DMARC record does not parse' },
  dmarcMonitorOnly: { id: 'domain-dmarc-p-none', severity: 'medium', title: 'DMARC policy is none' },
  dmarcNoReports: { id: 'domain-dmarc-no-rua', severity: 'low', title: 'DMARC sends no aggregate reports' },
  dkimMissing: { id: 'domain-dkim-missing', severity: 'high', title: 'DKIM selector has no key' },
  dkimInvalid: { id: 'domain-dkim-invalid', severity: 'high', title: 'DKIM record does not parse' },
  dkimWeakKey: { id: 'domain-dkim-weak-key', severity: 'high', title: 'DKIM key too short' },
  dkimShortKey: { id: 'domain-dkim-1024-bit-key', severity: 'low', title: 'DKIM key under 2048 bits' },
  mxMissing: { id: 'domain-mx-missing', severity: 'high', title: 'Domain that receives mail has no MX' },
  mxUnresolved: { id: 'domain-mx-unresolved', severity: 'high', title: 'MX host does not resolve' },
  caaMissing: { id: 'domain-caa-missing', severity: 'info', title: 'No CAA record' },
  caaMismatch: { id: 'domain-caa-mismatch', severity: 'low', title: 'CAA does not list the CA in use' }
} as const satisfies Record<string, Rule>;

export interface DomainFindingInput {
  rule: Rule;
  severity?: Severity;
  message: string;
  /** The record type (`TXT`) or HTTP method (`GET`) shown before `where`. */
  kind: string;
  /** The record's name (`_dmarc.example.com`) or the URL requested. */
  where: string;
  remediation: string;
  /** Distinguishes findings of one rule at one name (a selector, an include). Default: none. */
  key?: readonly string[];
}

export function domainFinding(input: DomainFindingInput): Finding {
  const { kind, where, key, ...rest } = input;
  return ruleFinding({ ...rest, check: 'domain', location: { kind: 'url', url: where, method: kind }, key: [where.toLowerCase(), ...(key ?? [])] });
}
