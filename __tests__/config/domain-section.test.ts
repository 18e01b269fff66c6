/** The domain section: its keys and defaults, and located errors (exit 2) for what is not a host, selector or nameserver. */
import { parseConfig } from '../../src/config/parse-config.js';
import { configErrorFor } from './config-error.js';

const FILE = 'launch-ready.yml';

test('every key parses: hosts with flags, nameservers with ports, edge, email', () => {
  const config = parseConfig(
    [
      'domain:',
      '  timeout: 30s',
      '  lookupTimeout: 500ms',
      '  nameservers: [1.1.1.1, "127.0.0.1:5353", "[::1]:53", "2606:4700:4700::1111"]',
      '  canonical: www.example.com',
      '  edge: cloudflare',
      '  hosts: [api.example.com, { name: admin.example.com, private: true }, { name: staging.example.com, staging: true }]',
      '  email: { domains: [example.com], dkimSelectors: [google, s1], receives: [example.com] }'
    ].join('\n'),
    FILE
  );
  expect(config.domain).toEqual({
    timeoutMs: 30_000,
    lookupTimeoutMs: 500,
    nameservers: ['1.1.1.1', '127.0.0.1:5353', '[::1]:53', '2606:4700:4700::1111'],
    canonical: 'www.example.com',
    edge: 'cloudflare',
    hosts: [
      { name: 'api.example.com', private: false, staging: false },
      { name: 'admin.example.com', private: true, staging: false },
      { name: 'staging.example.com', private: false, staging: true }
    ],
    email: { domains: ['example.com'], dkimSelectors: ['google', 's1'], receives: ['example.com'] }
  });
});

test('defaults: a 3 s lookup deadline, no hosts, email lists empty', () => {
  expect(parseConfig('domain: { email: {} }', FILE).domain).toEqual({ lookupTimeoutMs: 3_000, hosts: [], email: { domains: [], dkimSelectors: [], receives: [] } });
});

test.each([
  {
    name: 'a host that is not a host name',
    yaml: ['domain:', '  hosts: [shop.example.com, "https://api.example.com/"]'],
    message: /^launch-ready\.yml:2:29: .*domain\.hosts\[1\].*expected a host name like shop\.example\.com/
  },
  {
    name: 'a flagged host whose name is not a host name',
    yaml: ['domain:', '  hosts:', '    - { name: "bad host", private: true }'],
    message: /^launch-ready\.yml:3:\d+: .*domain\.hosts\[0\]/
  },
  {
    name: 'a DKIM selector with a dot',
    yaml: ['domain:', '  email: { domains: [example.com], dkimSelectors: [s1._domainkey] }'],
    message: /^launch-ready\.yml:2:52: .*domain\.email\.dkimSelectors\[0\].*expected a DKIM selector like google or s1 \(one label/
  },
  {
    name: 'a nameserver port out of range',
    yaml: ['domain:', '  nameservers: ["127.0.0.1:70000"]'],
    message: /^launch-ready\.yml:2:17: domain\.nameservers\[0\]: port 70000 is out of range; expected 1-65535; got "127\.0\.0\.1:70000"/
  },
  {
    name: 'a nameserver that is not an address',
    yaml: ['domain:', '  nameservers: [ns1.example.com]'],
    message: /^launch-ready\.yml:2:17: .*domain\.nameservers\[0\].*expected an IP address with an optional port/
  },
  {
    name: 'an IPv4 address out of range',
    yaml: ['domain:', '  nameservers: ["999.1.1.1:53"]'],
    message: /^launch-ready\.yml:2:17: domain\.nameservers\[0\]: expected an IP address with an optional port/
  },
  {
    name: 'a canonical host without a domain',
    yaml: ['domain:', '  canonical: www.localhost'],
    message: /^launch-ready\.yml:2:14: domain\.canonical: expected the apex or www host of a domain/
  },
  {
    name: 'a host declared twice',
    yaml: ['domain:', '  hosts: [a.example.com, { name: A.example.com, private: true }]'],
    message: /^launch-ready\.yml:2:26: domain\.hosts\[1\]: A\.example\.com is declared twice/
  },
  {
    name: 'an edge provider we do not know',
    yaml: ['domain:', '  edge: akamia'],
    message: /^launch-ready\.yml:2:9: .*domain\.edge.*cloudflare/
  }
])('$name → a located error', ({ yaml, message }) => {
  expect(configErrorFor(yaml)).toMatch(message);
});
