// Domain check benchmark (`npm run bench:domain`), issue 17 acceptance 3: a domain with 20
// subdomains (half of them CNAME chains) and 3 sending domains (SPF with nested includes, DMARC,
// two DKIM selectors each, MX) audited against a local dnsmasq (Debian's dnsmasq-base). The check
// runs in this process from src/ (bundled by esbuild, as the smoke benchmark does for the HTTP
// client), with a new DNS client per run so no answer is cached between runs; DNS only, no HTTP
// client (certificates and redirects need real hosts). Prints figures; asserts nothing.
//
// Environment: BENCH_RUNS (default 7).
import { generateKeyPairSync } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { REPO, onPath, table, tempDir } from './tools.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const GOAL_MS = 2000;
const SUBDOMAINS = 20;
const SENDERS = ['bench.test', 'mail.bench.test', 'news.bench.test'];
const SELECTORS = ['s1', 's2'];

if (!onPath('dnsmasq')) {
  console.error('dnsmasq is missing: apt-get install dnsmasq-base');
  process.exit(1);
}

const outdir = tempDir('bench-domain');
try {
  await build({
    entryPoints: ['src/checks/registry.ts', 'src/config/parse-config.ts', 'src/dns/create-dns-client.ts', 'src/clock.ts', 'src/logger.ts', '__tests__/helpers/dns-server.ts'].map((file) => join(REPO, file)),
    outdir,
    outbase: REPO,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: "import { createRequire as __lrCreateRequire } from 'node:module'; const require = __lrCreateRequire(import.meta.url);" },
    logLevel: 'error'
  });
  const load = (file) => import(pathToFileURL(join(outdir, file)).href);
  const { CHECKS } = await load('src/checks/registry.js');
  const { parseConfig } = await load('src/config/parse-config.js');
  const { createDnsClient } = await load('src/dns/create-dns-client.js');
  const { systemClock } = await load('src/clock.js');
  const { silentLogger } = await load('src/logger.js');
  const { startDnsServer } = await load('__tests__/helpers/dns-server.js');
  const domainCheck = CHECKS.find((check) => check.name === 'domain');

  const dns = await startDnsServer({ zones: ['test'], records: zone() });
  try {
    const hosts = Array.from({ length: SUBDOMAINS }, (_, index) => `app${index + 1}.bench.test`);
    const yaml = [
      'domain:',
      `  nameservers: ["${dns.nameserver}"]`,
      '  canonical: bench.test',
      `  hosts: [${hosts.join(', ')}]`,
      `  email: { domains: [${SENDERS.join(', ')}], dkimSelectors: [${SELECTORS.join(', ')}], receives: [bench.test] }`
    ].join('\n');
    const config = parseConfig(yaml, 'launch-ready.yml');
    const times = [];
    let last;
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      last = await domainCheck.run(config, {}, { logger: silentLogger, clock: systemClock(), signal: new globalThis.AbortController().signal, env: {}, dns: createDnsClient() });
      times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`dnsmasq on ${dns.nameserver}; node ${process.version}, ${process.platform}/${process.arch}; ${runs} runs, a new DNS client (empty cache) each\n`);
    table(['hosts', 'mail domains', 'DNS queries', 'findings', 'median', 'slowest', 'goal'], [[String(last.metrics.hosts), String(last.metrics.mailDomains), String(last.metrics.dnsQueries), String(last.findings.length), `${Math.round(median)} ms`, `${Math.round(sorted.at(-1))} ms`, `< ${GOAL_MS} ms`]]);
    console.log(`\nfigure: domain check, ${SUBDOMAINS} subdomains + apex/www, ${SENDERS.length} sending domains × ${SELECTORS.length} DKIM selectors: median ${Math.round(median)} ms (npm run bench:domain)`);
  } finally {
    await dns.stop();
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

/** The zone: apex, www, 20 hosts (every other one a CNAME to a provider name), 3 senders. */
function zone() {
  const key = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const records = [
    { type: 'A', name: 'bench.test', value: '192.0.2.1' },
    { type: 'CNAME', name: 'www.bench.test', target: 'bench.test' },
    { type: 'A', name: 'lb.provider.test', value: '192.0.2.2' },
    { type: 'CNAME', name: 'edge.provider.test', target: 'lb.provider.test' },
    { type: 'MX', name: 'bench.test', exchange: 'mx1.provider.test', priority: 10 },
    { type: 'A', name: 'mx1.provider.test', value: '192.0.2.3' },
    { type: 'TXT', name: '_spf.provider.test', value: 'v=spf1 include:_netblocks.provider.test include:_netblocks2.provider.test ~all' },
    { type: 'TXT', name: '_netblocks.provider.test', value: 'v=spf1 ip4:192.0.2.0/24 ~all' },
    { type: 'TXT', name: '_netblocks2.provider.test', value: 'v=spf1 ip6:2001:db8::/32 ~all' }
  ];
  for (let index = 1; index <= SUBDOMAINS; index += 1) {
    const name = `app${index}.bench.test`;
    records.push(index % 2 === 0 ? { type: 'CNAME', name, target: 'edge.provider.test' } : { type: 'A', name, value: `192.0.2.${100 + index}` });
  }
  for (const domain of SENDERS) {
    records.push({ type: 'TXT', name: domain, value: 'v=spf1 include:_spf.provider.test mx -all' });
    records.push({ type: 'TXT', name: `_dmarc.${domain}`, value: `v=DMARC1; p=reject; rua=mailto:dmarc@${domain}` });
    for (const selector of SELECTORS) records.push({ type: 'TXT', name: `${selector}._domainkey.${domain}`, value: `v=DKIM1; k=rsa; p=${key()}` });
  }
  return records;
}
