/**
 * What the certificate of an HTTPS answer says: days to expiry (high under 14, critical under 3)
 * and the protocol (TLS 1.2 or newer). An untrusted or expired certificate never gets this far:
 * the client refuses it before sending the request (see untrustedFinding).
 */
import type { TlsFacts } from '../../../http/http-types.js';
import type { Finding } from '../../../report/finding.js';
import { smokeFinding, SMOKE_RULES } from '../smoke-rules.js';

const DAY_MS = 86_400_000;
/** Under this many days: high (renewal is overdue; Let's Encrypt renews at 30). */
export const EXPIRY_WARNING_DAYS = 14;
/** Under this many days: critical (customers see the browser's warning within days). */
export const EXPIRY_CRITICAL_DAYS = 3;
const MODERN_PROTOCOLS: ReadonlySet<string> = new Set(['TLSv1.2', 'TLSv1.3']);

export function tlsFindings(tls: TlsFacts, origin: string, now: Date): Finding[] {
  const host = new URL(origin).hostname;
  const findings: Finding[] = [];
  if (tls.validTo) {
    const days = Math.floor((Date.parse(tls.validTo) - now.getTime()) / DAY_MS);
    if (days < EXPIRY_WARNING_DAYS) {
      findings.push(
        smokeFinding({
          rule: SMOKE_RULES.tlsExpiring,
          severity: days < EXPIRY_CRITICAL_DAYS ? 'critical' : 'high',
          message: `The certificate of ${host} expires in ${days} day${days === 1 ? '' : 's'} (${tls.validTo.slice(0, 10)}).`,
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

function describeCertificateError(code: string | undefined, tls: TlsFacts | undefined): string {
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return `it expired${tls?.validTo ? ` on ${tls.validTo.slice(0, 10)}` : ''}`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `it does not cover this host name${tls?.names.length ? ` (it covers ${tls.names.slice(0, 5).join(', ')})` : ''}`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return 'it is self-signed';
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return 'its issuer is unknown (a missing intermediate certificate, or a private CA)';
    case 'CERT_NOT_YET_VALID':
      return 'it is not valid yet';
    default:
      return code ?? 'the handshake failed';
  }
}
