/**
 * A real DNS server for tests: Debian's dnsmasq on 127.0.0.1 on a free high port, answering only
 * from the records the test gives (no /etc/hosts, no upstream, no config file). Names under a
 * declared zone that have no record answer NXDOMAIN (`--local`), as an authoritative server would.
 *
 *   const dns = await startDnsServer({ records: [{ type: 'A', name: 'shop.test', value: '192.0.2.1' }] });
 *   // config: domain.nameservers: [dns.nameserver]
 *   await dns.stop();
 *
 * Two extra peers for the failures dnsmasq does not make by itself: `servfailZones` are forwarded to a
 * small UDP server that answers every query SERVFAIL (RFC 1035 §4.1.1 RCODE 2), and
 * `startSilentDnsServer()` reads queries and never answers (a dead or filtered server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { Resolver } from 'node:dns/promises';

export type DnsRecord =
  | { type: 'A' | 'AAAA'; name: string; value: string }
  /**
   * `raw`: served as a generic record (`--dns-rr`), answered to CNAME questions only; dnsmasq's own
   * `--cname` refuses a loop, which a test of loop detection needs.
   */
  | { type: 'CNAME'; name: string; target: string; raw?: boolean }
  /** One TXT record; strings over 255 bytes are split into character-strings as DNS requires. */
  | { type: 'TXT'; name: string; value: string }
  | { type: 'MX'; name: string; exchange: string; priority: number }
  | { type: 'CAA'; name: string; flags?: number; tag: string; value: string }
  /** The name and every name under it answer NXDOMAIN (a deleted app, a storage bucket gone). */
  | { type: 'NXDOMAIN'; name: string };

export interface DnsServerOptions {
  records: readonly DnsRecord[];
  /** Zones whose names answer NXDOMAIN when they have no record. Default: every top-level label used. */
  zones?: readonly string[];
  /** Zones whose every query answers SERVFAIL. */
  servfailZones?: readonly string[];
}

export interface DnsServer {
  port: number;
  /** `127.0.0.1:PORT`, as `domain.nameservers` takes it. */
  nameserver: string;
  stop(): Promise<void>;
}

/** A name in DNS wire format (RFC 1035 §3.1): length-prefixed labels and the root's 0. */
function wireName(name: string): Buffer {
  const labels = name.replace(/\.$/, '').split('.');
  return Buffer.concat([...labels.map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)])), Buffer.from([0])]);
}

/** dnsmasq arguments for one record. */
function recordArgs(record: DnsRecord): string[] {
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return [`--host-record=${record.name},${record.value}`];
    case 'CNAME':
      return record.raw ? [`--dns-rr=${record.name},5,${wireName(record.target).toString('hex')}`] : [`--cname=${record.name},${record.target}`];
    case 'TXT': {
      // As a generic record: dnsmasq's --txt-record splits at commas (a DMARC rua list has them).
      const chunks = Buffer.from(record.value).toString('latin1').match(/[\s\S]{1,255}/g) ?? [''];
      const data = Buffer.concat(chunks.map((chunk) => Buffer.concat([Buffer.from([chunk.length]), Buffer.from(chunk, 'latin1')])));
      return [`--dns-rr=${record.name},16,${data.toString('hex')}`];
    }
    case 'MX':
      return [`--mx-host=${record.name},${record.exchange},${record.priority}`];
    case 'CAA': {
      // RFC 8659 §4.1: flags (1 byte), tag length (1 byte), tag, value.
      const data = Buffer.concat([Buffer.from([record.flags ?? 0, record.tag.length]), Buffer.from(record.tag), Buffer.from(record.value)]);
      return [`--dns-rr=${record.name},257,${data.toString('hex')}`];
    }
    case 'NXDOMAIN':
      return [`--address=/${record.name}/`];
  }
}

function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/** A UDP server on 127.0.0.1 that answers each query with `answer(query)`, or never when it returns undefined. */
async function startUdpServer(answer: (query: Buffer) => Buffer | undefined): Promise<{ socket: Socket; port: number }> {
  const socket = createSocket('udp4');
  socket.on('message', (query, peer) => {
    const reply = answer(query);
    if (reply) socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { socket, port: (socket.address() as AddressInfo).port };
}

/** The header and question of `query`, turned into a SERVFAIL response with no records. */
function servfail(query: Buffer): Buffer | undefined {
  if (query.length < 12) return undefined;
  let end = 12;
  while (end < query.length && query[end] !== 0) end += query[end]! + 1;
  end += 5; // the root label, QTYPE and QCLASS
  const reply = Buffer.from(query.subarray(0, end));
  reply[2] = 0x80 | (query[2]! & 0x79); // QR, the query's opcode and RD
  reply[3] = 0x80 | 2; // RA, RCODE 2
  reply.fill(0, 6, 12); // no answer, authority or additional records
  return reply;
}

/** Waits until dnsmasq answers (it binds a moment after it starts). */
async function waitUntilAnswering(nameserver: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const resolver = new Resolver({ timeout: 200, tries: 1 });
  resolver.setServers([nameserver]);
  // A deadline in time, not a count of tries: before dnsmasq binds, a query is refused at once
  // (ICMP port unreachable), so a hundred tries can pass in milliseconds on a busy machine.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dnsmasq exited with ${child.exitCode}: ${stderr()}`);
    try {
      await resolver.resolveTxt('launch-ready-ready.probe');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ETIMEOUT' && (error as { code?: string }).code !== 'ECONNREFUSED') return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`dnsmasq did not answer on ${nameserver} within 30 s: ${stderr()}`);
}

export async function startDnsServer(options: DnsServerOptions): Promise<DnsServer> {
  const servfailServer = options.servfailZones?.length ? await startUdpServer(servfail) : undefined;
  const zones = options.zones ?? [...new Set(options.records.map((record) => record.name.split('.').at(-1)!))];
  const port = await freeUdpPort();
  const args = [
    '--no-daemon', `--port=${port}`, '--listen-address=127.0.0.1', '--bind-interfaces',
    '--no-resolv', '--no-hosts', '--conf-file=/dev/null', '--pid-file=', '--user=', '--local-ttl=60',
    ...zones.map((zone) => `--local=/${zone}/`),
    ...(options.servfailZones ?? []).map((zone) => `--server=/${zone}/127.0.0.1#${servfailServer!.port}`),
    ...options.records.flatMap(recordArgs)
  ];
  const child = spawn('dnsmasq', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const nameserver = `127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    servfailServer?.socket.close();
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  };
  try {
    await waitUntilAnswering(nameserver, child, () => errors);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, nameserver, stop };
}

/** A UDP socket on 127.0.0.1 that reads every query and never answers. */
export async function startSilentDnsServer(): Promise<DnsServer> {
  const server = await startUdpServer(() => undefined);
  return { port: server.port, nameserver: `127.0.0.1:${server.port}`, stop: () => new Promise((resolve) => server.socket.close(() => resolve())) };
}
