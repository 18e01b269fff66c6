/**
 * TEMPORARY: a real DNS server for the inbox tests (issue #17, acceptance 2) until the domain
 * check's helper with the same API lands; the lead keeps that one. Debian's dnsmasq on 127.0.0.1
 * on a free high port, answering only from the records given (`--no-resolv --no-hosts`), and
 * authoritative (`--local`) for the top-level names of those records, so a name it does not hold
 * is NXDOMAIN rather than REFUSED, as a real zone answers.
 *
 *   const dns = await startDnsServer({ records: [{ name: 'example.test', type: 'TXT', value: 'v=spf1 -all' }] });
 *   resolver.setServers([dns.nameserver]);
 *   await dns.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
import { createServer } from 'node:net';

export interface DnsRecord {
  name: string;
  type: 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'MX';
  value: string;
  /** MX only. Default 10. */
  priority?: number;
}

export interface DnsServer {
  port: number;
  /** `127.0.0.1:PORT`, what `Resolver.setServers` takes. */
  nameserver: string;
  stop(): Promise<void>;
}

/** RFC 1035 §3.3: a <character-string> is at most 255 octets; longer TXT data is several strings. */
const TXT_STRING_LIMIT = 255;

export async function startDnsServer(options: { records: DnsRecord[] }): Promise<DnsServer> {
  for (let attempt = 0; ; attempt += 1) {
    const port = await freePort();
    const child = spawn('dnsmasq', dnsmasqArgs(port, options.records), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    if (await answers(port, child)) return { port, nameserver: `127.0.0.1:${port}`, stop: () => stopChild(child) };
    await stopChild(child);
    // Another process may take the port between `freePort` and dnsmasq's bind: try a new one.
    if (attempt >= 2) throw new Error(`dnsmasq did not start: ${stderr.trim()}`);
  }
}

function dnsmasqArgs(port: number, records: readonly DnsRecord[]): string[] {
  const zones = new Set(records.map((record) => record.name.replace(/\.$/, '').split('.').at(-1)!));
  return [
    '--no-daemon', `--port=${port}`, '--listen-address=127.0.0.1', '--bind-interfaces',
    '--no-resolv', '--no-hosts', '--conf-file=/dev/null', '--pid-file=', '--user=', '--cache-size=0',
    ...[...zones].map((zone) => `--local=/${zone}/`),
    ...records.map(recordArg)
  ];
}

function recordArg(record: DnsRecord): string {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return `--host-record=${record.name},${record.value}`;
    case 'CNAME':
      return `--cname=${record.name},${record.value}`;
    case 'MX':
      return `--mx-host=${record.name},${record.value},${record.priority ?? 10}`;
    case 'TXT':
      return `--txt-record=${record.name},${splitTxt(record.value).join(',')}`;
  }
}

function splitTxt(value: string): string[] {
  const parts: string[] = [];
  for (let start = 0; start < value.length; start += TXT_STRING_LIMIT) parts.push(value.slice(start, start + TXT_STRING_LIMIT));
  return parts.length === 0 ? [''] : parts;
}

/** A port the kernel just handed out (TCP; dnsmasq binds UDP and TCP on it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether the server answers a query within ~5 s (it is ready), false once the process has exited. */
async function answers(port: number, child: ChildProcess): Promise<boolean> {
  const resolver = new Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  for (let tries = 0; tries < 25; tries += 1) {
    if (child.exitCode !== null) return false;
    try {
      await resolver.resolveTxt('ready.probe.invalid');
      return true;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== 'ETIMEOUT' && code !== 'ECONNREFUSED') return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
