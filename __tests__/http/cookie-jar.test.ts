/**
 * The cookie jar: a flow's cookies go where RFC 6265 says and nowhere else. The jar itself sends
 * nothing, so its cases use made-up hosts; the multi-step case uses a real local server.
 */
import { createCookieJar } from '../../src/http/cookie-jar.js';
import { createHttpClient } from '../../src/http/create-http-client.js';
import { startHttpServer } from '../helpers/test-servers.js';

describe('which cookies a request gets', () => {
  const jar = createCookieJar();
  jar.store('https://app.test/login', [
    'session=s1; Path=/; HttpOnly',
    'scoped=p1; Path=/app',
    'secure=x1; Secure',
    'gone=1; Max-Age=0',
    'old=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT',
    'shared=d1; Domain=app.test',
    'foreign=f1; Domain=evil.test',
    'suffix=t1; Domain=test'
  ]);
  jar.store('https://app.test/', undefined);

  it.each([
    ['https://app.test/', 'session=s1; secure=x1; shared=d1'],
    ['https://app.test/app/page', 'scoped=p1; session=s1; secure=x1; shared=d1'],
    ['https://app.test/apple', 'session=s1; secure=x1; shared=d1'],
    ['http://app.test/app/', 'scoped=p1; session=s1; shared=d1'],
    ['https://api.app.test/', 'shared=d1'],
    ['https://evil.test/', undefined],
    ['https://other.test/', undefined]
  ])('%s gets %p', (url, expected) => {
    expect(jar.header(url)).toBe(expected);
  });

  it('ignores what it cannot parse', () => {
    const broken = createCookieJar();
    broken.store('not a url', 'a=1');
    broken.store('https://app.test/', ['=', '']);
    expect(broken.header('https://app.test/')).toBeUndefined();
    expect(broken.header('not a url')).toBeUndefined();
  });
});

it('sends the cookie set by step 1 on step 2', async () => {
  const server = await startHttpServer((req, res) => {
    if (req.url === '/login') res.setHeader('set-cookie', ['session=abc; Path=/; HttpOnly', 'csrf=t0k; Path=/account']);
    res.end(req.headers.cookie ?? '');
  });
  const client = createHttpClient();
  const jar = createCookieJar();
  try {
    const login = await client.request({ method: 'POST', url: `${server.url}/login`, body: 'user=a', timeoutMs: 5000 });
    jar.store(`${server.url}/login`, login.headers['set-cookie']);
    const cookie = jar.header(`${server.url}/account/settings`);
    await client.request({ method: 'GET', url: `${server.url}/account/settings`, headers: cookie ? { cookie } : {}, timeoutMs: 5000 });
    expect(server.requests[1]?.headers.cookie).toBe('csrf=t0k; session=abc');
  } finally {
    await client.close();
    await server.close();
  }
});
