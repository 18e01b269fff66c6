/**
 * HTTPS against local servers presenting each kind of certificate (made by openssl in
 * test-certs.ts). A refused certificate must fail the request *before* it is written: the
 * servers below record every request they parse, and a planted bypass token must reach none.
 */
import { createHttpClient } from '../../src/http/create-http-client.js';
import { HttpFailure, type HttpClient } from '../../src/http/http-types.js';
import { createTestCertificates, type KeyPair, type TestCertificates } from '../helpers/test-certs.js';
import { startHttpsServer, type TestServer } from '../helpers/test-servers.js';

const PLANTED = 'Pl4ntedBypassTokenValue-7c21';
const DAY_MS = 24 * 60 * 60 * 1000;

let certs: TestCertificates;
let client: HttpClient;
const servers: TestServer[] = [];

async function serve(certificate: KeyPair): Promise<TestServer> {
  const server = await startHttpsServer(certificate, (_req, res) => res.end('secret page'));
  servers.push(server);
  return server;
}

beforeAll(async () => {
  certs = await createTestCertificates();
});

beforeEach(() => {
  client = createHttpClient({ ca: certs.ca });
});

afterEach(async () => {
  await client.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('a trusted certificate', () => {
  it('answers with the TLS facts, on a new and on a reused connection', async () => {
    const server = await serve(certs.valid);
    const first = await client.request({ method: 'GET', url: `${server.localhostUrl}/`, timeoutMs: 5000 });
    const second = await client.request({ method: 'GET', url: `${server.localhostUrl}/`, timeoutMs: 5000 });
    expect(Buffer.from(first.body).toString()).toBe('secret page');
    expect(first.tls).toMatchObject({ authorized: true, names: ['localhost'], issuer: 'launch-ready test CA' });
    expect(first.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(first.tls).not.toHaveProperty('authorizationError');
    expect(first.timings.tlsMs).toEqual(expect.any(Number));
    expect(second.timings.reusedConnection).toBe(true);
    expect(second.timings).not.toHaveProperty('tlsMs');
    expect(second.tls).toEqual(first.tls);
    expect(server.connections()).toBe(1);
  });

  it('is valid for its IP address too', async () => {
    const server = await serve(certs.valid);
    const response = await client.request({ method: 'GET', url: `${server.url}/`, timeoutMs: 5000 });
    expect(response.tls?.authorized).toBe(true);
  });

  it('that ends in 2 days still answers, and says when it ends', async () => {
    const server = await serve(certs.expiringSoon);
    const response = await client.request({ method: 'GET', url: `${server.localhostUrl}/`, timeoutMs: 5000 });
    expect(response.status).toBe(200);
    const daysLeft = (Date.parse(response.tls?.validTo ?? '') - Date.now()) / DAY_MS;
    expect(daysLeft).toBeGreaterThan(1.9);
    expect(daysLeft).toBeLessThan(2.1);
    expect(Date.parse(response.tls?.validFrom ?? '')).toBeLessThan(Date.now());
  });
});

describe('a refused certificate', () => {
  it.each([
    ['expired', 'expired', 'CERT_HAS_EXPIRED', true],
    ['for another host', 'wrongHost', 'ERR_TLS_CERT_ALTNAME_INVALID', true],
    ['self-signed', 'selfSigned', 'DEPTH_ZERO_SELF_SIGNED_CERT', true],
    ['signed by a CA the client does not trust', 'valid', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', false]
  ] as const)('%s fails with its code, and the request is never sent', async (_title, which, code, trustTestCa) => {
    const server = await serve(certs[which]);
    const untrusting = trustTestCa ? client : createHttpClient();
    const error = await untrusting
      .request({
        method: 'POST',
        url: `${server.localhostUrl}/deploy?token=${PLANTED}`,
        headers: { 'x-bypass': PLANTED, authorization: `Bearer ${PLANTED}` },
        body: PLANTED,
        timeoutMs: 5000
      })
      .then(() => undefined, (thrown: unknown) => thrown);
    if (!trustTestCa) await untrusting.close();

    expect(error).toBeInstanceOf(HttpFailure);
    const failure = error as HttpFailure;
    expect(failure.kind).toBe('tls');
    expect(failure.code).toBe(code);
    expect(failure.message).toBe(`POST ${server.localhostUrl}/deploy: the server's certificate is not trusted (${code}); the request was not sent`);
    expect(failure.tls).toMatchObject({ authorized: false, authorizationError: code });
    expect(JSON.stringify({ message: failure.message, stack: failure.stack, tls: failure.tls })).not.toContain(PLANTED);
    // The TLS handshake happened; no HTTP request was ever parsed on that connection.
    expect(server.connections()).toBe(1);
    expect(server.requests).toEqual([]);
  });

  it('names the host the wrong certificate was for', async () => {
    const server = await serve(certs.wrongHost);
    const error = (await client.request({ method: 'GET', url: `${server.localhostUrl}/`, timeoutMs: 5000 }).catch((thrown: unknown) => thrown)) as HttpFailure;
    expect(error.tls?.names).toEqual(['other.example']);
  });
});
