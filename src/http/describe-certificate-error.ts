/** Why a certificate was refused, in words, from OpenSSL's code: shared by the checks that report it. */
import type { TlsFacts } from './http-types.js';

export function describeCertificateError(code: string | undefined, tls: TlsFacts | undefined): string {
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
