/**
 * Certificate expiry per host, ahead of time (`monitor.certExpiryDays`): one GET to each host's
 * https origin reads the TLS facts the HTTP layer records, whether or not the certificate is
 * trusted. A host that cannot be reached is reported as such; its uptime is the routes' business.
 */
import type { HttpClient, HttpResponse, TlsFacts } from '../../http/http-types.js';
import { HttpFailure } from '../../http/http-types.js';

const DAY_MS = 86_400_000;
const REQUEST_TIMEOUT_MS = 10_000;

export interface CertificateProbe {
  host: string;
  /** ISO 8601, when the certificate says. */
  expiresAt?: string;
  daysLeft?: number;
  /** OpenSSL's code when not trusted (CERT_HAS_EXPIRED, …), or the failure kind when unreachable. */
  problem?: string;
}

export async function probeCertificates(hosts: readonly string[], deps: { http: HttpClient; now: Date; signal: AbortSignal }): Promise<CertificateProbe[]> {
  return Promise.all(hosts.map((host) => probeOne(host, deps)));
}

async function probeOne(host: string, deps: { http: HttpClient; now: Date; signal: AbortSignal }): Promise<CertificateProbe> {
  let tls: TlsFacts | undefined;
  try {
    const answer: HttpResponse = await deps.http.request({ method: 'GET', url: `https://${host}/`, timeoutMs: REQUEST_TIMEOUT_MS, maxBodyBytes: 1, signal: deps.signal });
    tls = answer.tls;
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    if (!error.tls) return { host, problem: error.kind };
    tls = error.tls;
  }
  if (!tls?.validTo) return { host, problem: 'no certificate' };
  const daysLeft = Math.floor((Date.parse(tls.validTo) - deps.now.getTime()) / DAY_MS);
  return { host, expiresAt: tls.validTo, daysLeft, ...(tls.authorized ? {} : { problem: tls.authorizationError ?? 'not trusted' }) };
}
