/**
 * The certificate every declared host serves: trusted and valid for the name (critical otherwise:
 * browsers show a full-page warning), and far from expiry (high under 14 days, critical under 3).
 */
import { daysUntilExpiry, describeExpiry, expirySeverity } from '../../http/certificate-expiry.js';
import { describeCertificateError } from '../../http/describe-certificate-error.js';
import type { Finding } from '../../report/finding.js';
import { DOMAIN_RULES, domainFinding } from './domain-rules.js';
import type { HostProbe } from './probe-host.js';

export interface CertificateVerdict {
  /** For the table: `expires 2027-01-05 (29 days)`, `untrusted`, `no answer (timeout)`. */
  summary: string;
  findings: Finding[];
}

export function certificateVerdict(host: string, probe: HostProbe, now: Date): CertificateVerdict {
  const at = { kind: 'GET', where: probe.url };
  if (probe.failure?.kind === 'tls') {
    const why = describeCertificateError(probe.failure.code, probe.failure.tls);
    return {
      summary: 'untrusted',
      findings: [domainFinding({ rule: DOMAIN_RULES.certUntrusted, message: `The certificate of ${host} is not trusted: ${why}. Browsers show a full-page warning instead of the site.`, ...at, remediation: `Serve a certificate from a public CA that covers ${host} and is in date, with its intermediate certificates.` })]
    };
  }
  if (probe.failure) {
    return {
      summary: `no answer (${probe.failure.kind})`,
      findings: [domainFinding({ rule: DOMAIN_RULES.hostUnreachable, message: `${host} resolves but https://${host}/ did not answer (${probe.failure.kind}${probe.failure.code ? `, ${probe.failure.code}` : ''}).`, ...at, remediation: `Serve HTTPS on ${host} (port 443), or remove it from domain.hosts if it serves no web traffic.` })]
    };
  }
  const validTo = probe.response?.tls?.validTo;
  if (!validTo) return { summary: '—', findings: [] };
  const days = daysUntilExpiry(validTo, now);
  const severity = expirySeverity(days);
  const summary = `expires ${validTo.slice(0, 10)} (${days} days)`;
  if (!severity) return { summary, findings: [] };
  return {
    summary,
    findings: [domainFinding({ rule: DOMAIN_RULES.certExpiring, severity, message: `The certificate of ${host} ${describeExpiry(days, validTo)}.`, ...at, remediation: 'Renew the certificate now and check why automatic renewal did not (DNS or HTTP challenge failing, a CAA record that excludes the CA, a certificate pinned at the CDN).' })]
  };
}
