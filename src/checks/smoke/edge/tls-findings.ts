/**
 * What the certificate of an HTTPS answer says: days to expiry (high under 14, critical under 3)
 * and the protocol (TLS 1.2 or newer). An untrusted or expired certificate never gets this far:
 * the client refuses it before sending the request (see untrustedFinding).
 */
import { daysUntilExpiry, describeExpiry, expirySeverity } from '../../../http/certificate-expiry.js';
import { describeCertificateError } from '../../../http/describe-certificate-error.js';
import type { TlsFacts } from '../../../http/http-types.js';
import type { Finding } from '../../../report/finding.js';
import { smokeFinding, SMOKE_RULES } from '../smoke-rules.js';

const MODERN_PROTOCOLS: ReadonlySet<string> = new Set(['TLSv1.2', 'TLSv1.3']);

export function tlsFindings(tls: TlsFacts, origin: string, now: Date): Finding[] {
  const host = new URL(origin).hostname;
  const findings: Finding[] = [];
  if (tls.validTo) {
    const days = daysUntilExpiry(tls.validTo, now);
    const severity = expirySeverity(days);
    if (severity) {
      findings.push(
        smokeFinding({
          rule: SMOKE_RULES.tlsExpiring,
          severity,
          message: `The certificate of ${host} ${describeExpiry(days, tls.validTo)}.`,
          method: 'GET',
          url: origin,
          key: [host],
          remediation: 'Renew the certificate now and check why automatic renewal did not (DNS or HTTP challenge failing, a certificate pinned at the CDN).'
        })
      );
    }
  }
  if (tls.protocol && !MODERN_PROTOCOLS.has(tls.protocol)) {
    findings.push(
      smokeFinding({
        rule: SMOKE_RULES.tlsOldProtocol,
        message: `${host} negotiated ${tls.protocol}; browsers and payment providers require TLS 1.2 or newer.`,
        method: 'GET',
        url: origin,
        key: [host],
        remediation: 'Disable TLS 1.0 and 1.1 at the server or CDN.'
      })
    );
  }
  return findings;
}

/** The certificate was refused: the request (and its headers) was never sent. */
export function untrustedFinding(input: { origin: string; code?: string; tls?: TlsFacts; method: string; path: string }): Finding {
  const host = new URL(input.origin).hostname;
  const why = describeCertificateError(input.code, input.tls);
  return smokeFinding({
    rule: SMOKE_RULES.tlsUntrusted,
    message: `The certificate of ${host} is not trusted: ${why}. Browsers show a full-page warning instead of the app.`,
    method: input.method,
    url: input.origin,
    key: [host],
    remediation: 'Serve a certificate from a public CA that covers this host name and is in date, with its intermediate certificates.'
  });
}
