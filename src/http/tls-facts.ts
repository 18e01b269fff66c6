/**
 * What a TLS connection's certificate says, and whether to trust it. The client connects with
 * `rejectUnauthorized: false` so it can report *why* a certificate is refused (expired, self-signed,
 * wrong host) instead of a bare socket error; this module makes the decision OpenSSL would have made.
 */
import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import { isIP } from 'node:net';
import type { TlsFacts } from './http-types.js';

/** `DNS:a.example, IP Address:127.0.0.1, DNS:b.example` → `['a.example', 'b.example']`. */
function dnsNames(subjectaltname: string | undefined): string[] {
  if (!subjectaltname) return [];
  return subjectaltname
    .split(', ')
    .filter((entry) => entry.startsWith('DNS:'))
    .map((entry) => entry.slice('DNS:'.length));
}

/** OpenSSL's `Jan  2 03:04:05 2030 GMT` → ISO 8601, or undefined when it does not parse. */
function isoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** A subject or issuer field may repeat (an array) in node:tls. */
function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads the facts from a connected TLS socket. `host` is the URL's host name: with
 * `rejectUnauthorized: false` node:tls skips the host name check (RFC 6125 via
 * `tls.checkServerIdentity`), so it is done here and reported as ERR_TLS_CERT_ALTNAME_INVALID.
 */
export function readTlsFacts(socket: TLSSocket, host: string): TlsFacts {
  const certificate = socket.getPeerCertificate() as PeerCertificate | Record<string, never>;
  const hasCertificate = 'subject' in certificate && certificate.subject !== undefined;
  let authorizationError: string | undefined;
  if (!socket.authorized) {
    const error = socket.authorizationError as unknown;
    authorizationError = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error ?? 'UNABLE_TO_VERIFY');
  } else if (!hasCertificate) {
    authorizationError = 'NO_PEER_CERTIFICATE';
  } else {
    // checkServerIdentity wants the bare host: no brackets around an IPv6 address.
    const bare = host.startsWith('[') ? host.slice(1, -1) : host;
    const mismatch = checkServerIdentity(isIP(bare) ? bare : bare.toLowerCase(), certificate as PeerCertificate);
    if (mismatch) authorizationError = (mismatch as Error & { code?: string }).code ?? 'ERR_TLS_CERT_ALTNAME_INVALID';
  }
  const names = hasCertificate ? dnsNames(certificate.subjectaltname) : [];
  const commonName = hasCertificate ? firstValue(certificate.subject.CN) : undefined;
  return {
    authorized: authorizationError === undefined,
    ...(authorizationError === undefined ? {} : { authorizationError }),
    protocol: socket.getProtocol() ?? undefined,
    names: names.length > 0 || !commonName ? names : [commonName],
    validFrom: hasCertificate ? isoDate(certificate.valid_from) : undefined,
    validTo: hasCertificate ? isoDate(certificate.valid_to) : undefined,
    issuer: hasCertificate ? firstValue(certificate.issuer?.CN) : undefined
  };
}
