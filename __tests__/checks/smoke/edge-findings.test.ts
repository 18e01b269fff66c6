/** The edge rules on answers made by hand: redirects, TLS expiry and protocol, HSTS, mixed content, private caching, noindex. */
import { headerFindings } from '../../../src/checks/smoke/edge/header-findings.js';
import { redirectFindings } from '../../../src/checks/smoke/edge/redirect-findings.js';
import { tlsFindings, untrustedFinding } from '../../../src/checks/smoke/edge/tls-findings.js';
import type { RouteAnswer } from '../../../src/checks/smoke/route-answer.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const page = (overrides: Partial<RouteAnswer> = {}): RouteAnswer => ({
  status: 200,
  headers: { 'content-type': 'text/html', 'strict-transport-security': 'max-age=31536000' },
  bodyText: '<!doctype html><title>shop</title>',
  bodyBytes: 36,
  bodyTruncated: false,
  finalUrl: 'https://shop.test/login',
  redirects: 0,
  durationMs: 10,
  ...overrides
});
const rules = (findings: ReadonlyArray<{ ruleId: string; severity: string }>) => findings.map((finding) => `${finding.severity} ${finding.ruleId}`);
const policy = { hsts: true, caching: true, noindexHosts: [] as string[] };

describe('redirects', () => {
  const hosts = ['shop.test'];
  test('a loop names its cycle', () => {
    const [finding] = redirectFindings(
      { method: 'GET', path: '/a', hops: [{ url: 'https://shop.test/a', status: 302, location: '/b' }, { url: 'https://shop.test/b', status: 302, location: '/a' }], loop: ['https://shop.test/a', 'https://shop.test/b', 'https://shop.test/a'] },
      { maxRedirects: 3, hosts }
    );
    expect(finding).toMatchObject({ ruleId: 'smoke-redirect-loop', severity: 'critical' });
    expect(finding!.message).toContain('https://shop.test/a → https://shop.test/b → https://shop.test/a');
  });
  test('a chain over the limit, with every hop', () => {
    const hops = [1, 2, 3, 4].map((n) => ({ url: `https://shop.test/${n}`, status: 301, location: `/${n + 1}` }));
    expect(rules(redirectFindings({ method: 'GET', path: '/1', hops }, { maxRedirects: 3, hosts }))).toEqual(['medium smoke-redirect-chain']);
    expect(redirectFindings({ method: 'GET', path: '/1', hops: hops.slice(0, 3) }, { maxRedirects: 3, hosts })).toEqual([]);
  });
  test('a hop to an undeclared host, not to a declared one', () => {
    const hops = [{ url: 'https://shop.test/login', status: 302, location: 'https://evil.test/x' }];
    expect(rules(redirectFindings({ method: 'GET', path: '/login', hops }, { maxRedirects: 3, hosts }))).toEqual(['high smoke-redirect-offsite']);
    expect(redirectFindings({ method: 'GET', path: '/login', hops }, { maxRedirects: 3, hosts: [...hosts, 'evil.test'] })).toEqual([]);
  });
});

describe('TLS', () => {
  const facts = (validTo: string, protocol = 'TLSv1.3') => ({ authorized: true, protocol, names: ['shop.test'], validTo });
  test.each([
    ['2027-06-01T00:00:00Z', []],
    ['2026-12-20T00:00:00Z', ['high smoke-tls-expiring']],
    ['2026-12-09T00:00:00Z', ['critical smoke-tls-expiring']]
  ])('expiring %s', (validTo, expected) => {
    expect(rules(tlsFindings(facts(validTo), 'https://shop.test', NOW))).toEqual(expected);
  });
  test('TLS 1.1 is outdated', () => {
    expect(rules(tlsFindings(facts('2027-06-01T00:00:00Z', 'TLSv1.1'), 'https://shop.test', NOW))).toEqual(['high smoke-tls-old-protocol']);
  });
  test('an untrusted certificate says why', () => {
    const finding = untrustedFinding({ origin: 'https://shop.test', code: 'CERT_HAS_EXPIRED', tls: facts('2026-11-01T00:00:00Z'), method: 'GET', path: '/' });
    expect(finding).toMatchObject({ ruleId: 'smoke-tls-untrusted', severity: 'critical' });
    expect(finding.message).toContain('it expired on 2026-11-01');
  });
});

describe('headers and HTML', () => {
  test('a good page has nothing to say', () => {
    expect(headerFindings({ method: 'GET', path: '/', answer: page(), private: false }, policy)).toEqual([]);
  });
  test.each([
    ['no HSTS', page({ headers: { 'content-type': 'text/html' } })],
    ['short HSTS', page({ headers: { 'content-type': 'text/html', 'strict-transport-security': 'max-age=300' } })]
  ])('%s', (_name, answer) => {
    expect(rules(headerFindings({ method: 'GET', path: '/', answer, private: false }, policy))).toEqual(['medium smoke-hsts-missing']);
  });
  test('mixed content in HTML', () => {
    const answer = page({ bodyText: '<script src="http://cdn.test/a.js"></script><link rel=stylesheet href=http://cdn.test/a.css><a href="http://x.test">ok</a>' });
    const [finding] = headerFindings({ method: 'GET', path: '/', answer, private: false }, policy);
    expect(finding).toMatchObject({ ruleId: 'smoke-mixed-content' });
    expect(finding!.message).toContain('loads 2 resources over http://');
  });
  test.each([
    ['no Cache-Control', {}, ['high smoke-private-cacheable']],
    ['public', { 'cache-control': 'public, max-age=600' }, ['high smoke-private-cacheable']],
    ['s-maxage with a cookie', { 'cache-control': 'private, s-maxage=60', 'set-cookie': 'sid=1' }, ['critical smoke-private-cacheable']],
    ['private', { 'cache-control': 'private, max-age=0' }, []],
    ['no-store', { 'cache-control': 'no-store' }, []]
  ])('a private page with %s', (_name, headers, expected) => {
    const answer = page({ headers: { 'content-type': 'text/html', 'strict-transport-security': 'max-age=31536000', ...headers } });
    expect(rules(headerFindings({ method: 'GET', path: '/login', answer, private: true }, policy))).toEqual(expected);
  });
  test('a non-production host must say noindex (header or meta)', () => {
    const staging = { ...policy, noindexHosts: ['shop.test'] };
    expect(rules(headerFindings({ method: 'GET', path: '/', answer: page(), private: false }, staging))).toEqual(['medium smoke-noindex-missing']);
    const tagged = page({ headers: { 'content-type': 'text/html', 'strict-transport-security': 'max-age=31536000', 'x-robots-tag': 'noindex, nofollow' } });
    expect(headerFindings({ method: 'GET', path: '/', answer: tagged, private: false }, staging)).toEqual([]);
    const meta = page({ bodyText: '<meta name="robots" content="noindex">' });
    expect(headerFindings({ method: 'GET', path: '/', answer: meta, private: false }, staging)).toEqual([]);
  });
});
