/**
 * The demo app's certificate, DER-encoded by hand: what X.509 parsers read from it (Node's and,
 * through node:tls, OpenSSL's), and that the run's HTTP client trusts it only when told to.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { createDemoCertificate } from '../../src/demo/demo-certificate.js';
import { createHttpClient } from '../../src/http/create-http-client.js';
import { HttpFailure } from '../../src/http/http-types.js';
import { startHttpsServer } from '../helpers/test-servers.js';

const DAY_MS = 86_400_000;
const NOW = new Date('2031-05-04T12:00:00Z');

describe('the certificate', () => {
  const certificate = createDemoCertificate(NOW);
  const x509 = new X509Certificate(certificate.cert);

  test('covers localhost and 127.0.0.1, and nothing else', () => {
    expect(x509.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(x509.checkHost('example.com')).toBeUndefined();
  });

  test('is a self-signed leaf: its own key verifies it, it signs nothing else', () => {
    expect(x509.subject).toBe('CN=launch-ready demo');
    expect(x509.issuer).toBe(x509.subject);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.ca).toBe(false);
    expect(x509.checkPrivateKey(createPrivateKey(certificate.key))).toBe(true);
  });

  test('is valid from an hour before now for 90 days: no expiry warning from the smoke check (14 days)', () => {
    expect(Date.parse(x509.validFrom)).toBe(NOW.getTime() - 3_600_000);
    expect(Date.parse(x509.validTo)).toBe(NOW.getTime() + 90 * DAY_MS);
  });

  test('gets a new key and a random serial each time', () => {
    const other = new X509Certificate(createDemoCertificate(NOW).cert);
    expect(other.serialNumber).not.toBe(x509.serialNumber);
    expect(other.publicKey.equals(x509.publicKey)).toBe(false);
  });
});

test('the HTTP client trusts the app with the certificate as its `ca`, and refuses it without', async () => {
  const certificate = createDemoCertificate();
  const server = await startHttpsServer(certificate, (_req, res) => res.end('shop'));
  const trusting = createHttpClient({ ca: certificate.cert });
  const plain = createHttpClient();
  try {
    const answer = await trusting.request({ method: 'GET', url: `${server.url}/`, timeoutMs: 5000 });
    expect(answer.status).toBe(200);
    expect(answer.tls).toMatchObject({ protocol: 'TLSv1.3' });
    const refused = await plain.request({ method: 'GET', url: `${server.url}/refused`, timeoutMs: 5000 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpFailure);
    expect(refused).toMatchObject({ kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(server.requests.map((request) => request.url)).toEqual(['/']);
  } finally {
    await Promise.all([trusting.close(), plain.close()]);
    await server.close();
  }
});
