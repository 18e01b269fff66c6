/**
 * Redirects followed hop by hop against real local servers: what each hop asked for is read from
 * what the servers received.
 */
import { createHttpClient } from '../../src/http/create-http-client.js';
import { followRedirects } from '../../src/http/follow-redirects.js';
import type { HttpClient } from '../../src/http/http-types.js';
import { startHttpServer, type TestServer } from '../helpers/test-servers.js';

const PLANTED = 'Pl4ntedBypassTokenValue-51ab';
let client: HttpClient;
const servers: TestServer[] = [];

/** A server whose routes answer `[status, location?]`, or 200 with the method and body. */
async function redirector(routes: Record<string, [number, string?]>): Promise<TestServer> {
  const server = await startHttpServer((req, res, body) => {
    const [status, location] = routes[req.url ?? ''] ?? [200];
    res.writeHead(status, location === undefined ? {} : { location });
    res.end(status === 200 ? `${req.method} ${body}` : '');
  });
  servers.push(server);
  return server;
}

beforeEach(() => {
  client = createHttpClient();
});

afterEach(async () => {
  await client.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

it('resolves a relative Location and shows every hop', async () => {
  const server = await redirector({ '/a/start': [302, '../b/next?x=1'], '/b/next?x=1': [301, '/done'] });
  const chain = await followRedirects(client, { method: 'GET', url: `${server.url}/a/start`, timeoutMs: 5000 });
  expect(chain.hops.map(({ url, status, location }) => ({ url, status, location }))).toEqual([
    { url: `${server.url}/a/start`, status: 302, location: '../b/next?x=1' },
    { url: `${server.url}/b/next?x=1`, status: 301, location: '/done' },
    { url: `${server.url}/done`, status: 200, location: undefined }
  ]);
  expect(chain.final.status).toBe(200);
  expect(chain.stoppedAtLimit).toBe(false);
  expect(chain.loop).toBeUndefined();
  expect(chain.hops[1]?.timings.reusedConnection).toBe(true);
});

it.each([
  [301, 'POST', 'GET', ''],
  [302, 'POST', 'GET', ''],
  [303, 'POST', 'GET', ''],
  [303, 'HEAD', 'HEAD', ''],
  [307, 'POST', 'POST', 'the body'],
  [308, 'PUT', 'PUT', 'the body']
])('%i turns %s into %s', async (status, method, expectedMethod, expectedBody) => {
  const server = await redirector({ '/form': [status, '/result'] });
  const chain = await followRedirects(client, {
    method,
    url: `${server.url}/form`,
    headers: { 'content-type': 'text/plain' },
    ...(method === 'HEAD' ? {} : { body: 'the body' }),
    timeoutMs: 5000
  });
  const received = server.requests[1];
  expect(received).toMatchObject({ method: expectedMethod, url: '/result', body: expectedBody });
  // Headers that describe a body go with the body; a request that keeps its method keeps them.
  expect(received?.headers['content-type']).toBe(expectedMethod === method ? 'text/plain' : undefined);
  expect(chain.final.status).toBe(200);
});

it('stops at a loop without requesting it again, and returns the cycle', async () => {
  const server = await redirector({ '/one': [302, '/two'], '/two': [302, '/three'], '/three': [302, '/two'] });
  const chain = await followRedirects(client, { method: 'GET', url: `${server.url}/one`, timeoutMs: 5000 });
  expect(chain.loop).toEqual([`${server.url}/two`, `${server.url}/three`, `${server.url}/two`]);
  expect(server.requests.map((r) => r.url)).toEqual(['/one', '/two', '/three']);
  expect(chain.final.status).toBe(302);
  expect(chain.stoppedAtLimit).toBe(false);
});

it('stops after maxHops redirects', async () => {
  const server = await redirector({ '/r0': [302, '/r1'], '/r1': [302, '/r2'], '/r2': [302, '/r3'], '/r3': [302, '/r4'] });
  const chain = await followRedirects(client, { method: 'GET', url: `${server.url}/r0`, timeoutMs: 5000 }, { maxHops: 2 });
  expect(chain.stoppedAtLimit).toBe(true);
  expect(chain.hops.map((hop) => hop.url)).toEqual([`${server.url}/r0`, `${server.url}/r1`, `${server.url}/r2`]);
  expect(chain.final.headers.location).toBe('/r3');
  expect(server.requests).toHaveLength(3);
});

it('drops credentials and sensitive headers when a redirect leaves the origin', async () => {
  const other = await redirector({});
  const first = await redirector({ '/login': [302, '/hop'], '/hop': [307, `${other.url}/landing`] });
  await followRedirects(
    client,
    {
      method: 'GET',
      url: `${first.url}/login`,
      headers: { Authorization: `Bearer ${PLANTED}`, Cookie: `s=${PLANTED}`, 'Proxy-Authorization': PLANTED, 'X-Bypass': PLANTED, 'x-kept': 'yes' },
      timeoutMs: 5000
    },
    { sensitiveHeaders: ['x-bypass'] }
  );
  // Same origin: everything still sent.
  expect(first.requests[1]?.headers).toMatchObject({ authorization: `Bearer ${PLANTED}`, cookie: `s=${PLANTED}`, 'x-bypass': PLANTED });
  // The other origin received none of it.
  const received = other.requests[0];
  expect(received?.url).toBe('/landing');
  expect(received?.headers['x-kept']).toBe('yes');
  expect(JSON.stringify(received)).not.toContain(PLANTED);
});

it('keeps a session cookie from one hop for the next with a cookie jar', async () => {
  const { createCookieJar } = await import('../../src/http/cookie-jar.js');
  const server = await startHttpServer((req, res) => {
    if (req.url === '/login') {
      res.writeHead(303, { location: '/app/home', 'set-cookie': 'session=abc; Path=/app; HttpOnly' });
      return res.end();
    }
    res.end(req.headers.cookie ?? 'no cookie');
  });
  servers.push(server);
  const cookieJar = createCookieJar();
  const chain = await followRedirects(client, { method: 'POST', url: `${server.url}/login`, body: 'user=a', timeoutMs: 5000 }, { cookieJar });
  expect(Buffer.from(chain.final.body).toString()).toBe('session=abc');
  expect(cookieJar.header(`${server.url}/elsewhere`)).toBeUndefined();
});
