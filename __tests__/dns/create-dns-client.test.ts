/** The DNS port against a real dnsmasq on loopback: typed answers, named failures, CNAME chains, the run's cache, deadlines. */
import { createDnsClient } from '../../src/dns/create-dns-client.js';
import { parseNameserver } from '../../src/dns/nameserver.js';
import { resolveHost } from '../../src/dns/resolve-host.js';
import { startDnsServer, startSilentDnsServer, type DnsServer } from '../helpers/dns-server.js';

let dns: DnsServer;

beforeAll(async () => {
  dns = await startDnsServer({
    zones: ['test'],
    servfailZones: ['broken.test'],
    records: [
      { type: 'A', name: 'shop.test', value: '192.0.2.10' },
      { type: 'AAAA', name: 'shop.test', value: '2001:db8::10' },
      { type: 'CNAME', name: 'www.shop.test', target: 'edge.shop.test' },
      { type: 'CNAME', name: 'edge.shop.test', target: 'shop.test' },
      { type: 'CNAME', name: 'old.shop.test', target: 'gone-app.test' },
      { type: 'NXDOMAIN', name: 'gone-app.test' },
      { type: 'CNAME', name: 'loop-a.test', target: 'loop-b.test', raw: true },
      { type: 'CNAME', name: 'loop-b.test', target: 'loop-a.test', raw: true },
      { type: 'TXT', name: 'shop.test', value: `v=spf1 ${'ip4:192.0.2.1 '.repeat(30)}-all` },
      { type: 'TXT', name: '_dmarc.shop.test', value: 'v=DMARC1; p=none; rua=mailto:a@shop.test,mailto:b@shop.test' },
      { type: 'MX', name: 'shop.test', exchange: 'mx.shop.test', priority: 10 },
      { type: 'CAA', name: 'shop.test', tag: 'issue', value: 'letsencrypt.org' }
    ]
  });
});

afterAll(() => dns.stop());

const resolver = (lookupTimeoutMs = 2_000) => createDnsClient().resolver({ nameservers: [dns.nameserver], lookupTimeoutMs });

test('answers A, AAAA, CNAME, TXT (character-strings joined), MX and CAA as typed records', async () => {
  const r = resolver();
  expect(await r.lookup('shop.test', 'A')).toEqual({ ok: true, records: ['192.0.2.10'] });
  expect(await r.lookup('shop.test', 'AAAA')).toEqual({ ok: true, records: ['2001:db8::10'] });
  expect(await r.lookup('www.shop.test', 'CNAME')).toEqual({ ok: true, records: ['edge.shop.test'] });
  const txt = await r.lookup('shop.test', 'TXT');
  expect(txt.ok && txt.records[0]).toBe(`v=spf1 ${'ip4:192.0.2.1 '.repeat(30)}-all`);
  expect(await r.lookup('_dmarc.shop.test', 'TXT')).toEqual({ ok: true, records: ['v=DMARC1; p=none; rua=mailto:a@shop.test,mailto:b@shop.test'] });
  expect(await r.lookup('shop.test', 'MX')).toEqual({ ok: true, records: [{ exchange: 'mx.shop.test', priority: 10 }] });
  expect(await r.lookup('shop.test', 'CAA')).toEqual({ ok: true, records: [{ critical: false, tag: 'issue', value: 'letsencrypt.org' }] });
});

test.each([
  { name: 'nowhere.test', type: 'A' as const, kind: 'nxdomain', code: 'ENOTFOUND' },
  { name: 'shop.test', type: 'NS' as const, kind: 'nodata', code: 'ENODATA' },
  { name: 'www.broken.test', type: 'A' as const, kind: 'servfail', code: 'ESERVFAIL' },
  { name: 'example.com', type: 'A' as const, kind: 'refused', code: 'EREFUSED' }
])('$name $type → $kind', async ({ name, type, kind, code }) => {
  expect(await resolver().lookup(name, type)).toEqual({ ok: false, failure: { kind, code } });
});

test('a server that never answers ends each lookup as a timeout at its deadline', async () => {
  const silent = await startSilentDnsServer();
  try {
    const r = createDnsClient().resolver({ nameservers: [silent.nameserver], lookupTimeoutMs: 300 });
    expect(await r.lookup('shop.test', 'TXT')).toEqual({ ok: false, failure: { kind: 'timeout', code: 'ETIMEOUT' } });
  } finally {
    await silent.stop();
  }
});

test("the caller's signal ends a lookup at once as aborted", async () => {
  const silent = await startSilentDnsServer();
  try {
    const r = createDnsClient().resolver({ nameservers: [silent.nameserver], lookupTimeoutMs: 1_000 });
    const controller = new AbortController();
    const answer = r.lookup('shop.test', 'A', controller.signal);
    controller.abort();
    expect(await answer).toEqual({ ok: false, failure: { kind: 'aborted', code: 'ABORT_ERR' } });
  } finally {
    await silent.stop();
  }
});

test('a repeated question is asked once per run, whatever its case or trailing dot', async () => {
  const client = createDnsClient();
  const r = client.resolver({ nameservers: [dns.nameserver] });
  await Promise.all([r.lookup('shop.test', 'TXT'), r.lookup('SHOP.test.', 'TXT'), r.lookup('shop.test', 'TXT')]);
  expect(r.queries()).toBe(1);
  expect(client.resolver({ nameservers: [dns.nameserver] })).toBe(r);
});

test('resolveHost follows a CNAME chain to its addresses, and names where a chain breaks or loops', async () => {
  const r = resolver();
  expect(await resolveHost(r, 'www.shop.test')).toEqual({ host: 'www.shop.test', chain: ['edge.shop.test', 'shop.test'], addresses: ['192.0.2.10', '2001:db8::10'] });
  expect(await resolveHost(r, 'old.shop.test')).toEqual({ host: 'old.shop.test', chain: ['gone-app.test'], addresses: [], failure: { kind: 'nxdomain', code: 'ENOTFOUND', at: 'gone-app.test' } });
  expect(await resolveHost(r, 'loop-a.test')).toMatchObject({ chain: ['loop-b.test', 'loop-a.test'], loop: true });
  expect(await resolveHost(r, 'nowhere.test')).toMatchObject({ chain: [], failure: { kind: 'nxdomain', at: 'nowhere.test' } });
});

test.each([
  ['1.1.1.1', { address: '1.1.1.1', port: 53 }],
  ['127.0.0.1:5353', { address: '127.0.0.1', port: 5353 }],
  ['[::1]:53', { address: '::1', port: 53 }],
  ['2606:4700:4700::1111', { address: '2606:4700:4700::1111', port: 53 }],
  ['127.0.0.1:0', { problem: 'port 0 is out of range; expected 1-65535' }],
  ['[::1]:65536', { problem: 'port 65536 is out of range; expected 1-65535' }],
  ['ns1.example.com', { problem: expect.stringMatching(/^expected an IP address/) }]
])('parseNameserver(%s)', (text, expected) => {
  expect(parseNameserver(text)).toEqual(expected);
});
