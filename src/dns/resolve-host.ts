/**
 * Where a host name leads: its CNAME chain, followed one hop at a time so every hop is seen, and
 * the addresses at its end. Bounded (RFC 1034 §3.6.2 allows chains; resolvers cap them, ours at 8)
 * and loop-safe: a name met twice ends the walk.
 */
import type { DnsFailure, DnsResolver } from './dns-types.js';

/** Longest CNAME chain followed. */
export const MAX_CNAME_HOPS = 8;

export interface HostResolution {
  host: string;
  /** The CNAME targets in order; empty when the host has its own addresses. */
  chain: string[];
  /** A and AAAA at the end of the chain. */
  addresses: string[];
  /** Why there are no addresses: the failure, and the name it happened at (the host or a CNAME target). */
  failure?: DnsFailure & { at: string };
  /** The chain came back to a name it had passed. */
  loop?: boolean;
  /** The chain was longer than MAX_CNAME_HOPS. */
  tooLong?: boolean;
}

const bare = (name: string): string => name.toLowerCase().replace(/\.$/, '');

export async function resolveHost(resolver: DnsResolver, host: string, signal?: AbortSignal): Promise<HostResolution> {
  const chain: string[] = [];
  const seen = new Set([bare(host)]);
  let name = host;
  for (;;) {
    const cname = await resolver.lookup(name, 'CNAME', signal);
    if (cname.ok && cname.records.length > 0) {
      const target = bare(cname.records[0]!);
      chain.push(target);
      if (seen.has(target)) return { host, chain, addresses: [], loop: true };
      if (chain.length > MAX_CNAME_HOPS) return { host, chain, addresses: [], tooLong: true };
      seen.add(target);
      name = target;
      continue;
    }
    // NODATA means the name exists without a CNAME: ask for its addresses. Anything else ends here.
    if (!cname.ok && cname.failure.kind !== 'nodata') return { host, chain, addresses: [], failure: { ...cname.failure, at: name } };
    const [v4, v6] = await Promise.all([resolver.lookup(name, 'A', signal), resolver.lookup(name, 'AAAA', signal)]);
    const addresses = [...(v4.ok ? v4.records : []), ...(v6.ok ? v6.records : [])];
    if (addresses.length > 0) return { host, chain, addresses };
    // Neither family: the more telling failure (a SERVFAIL or timeout over a plain NODATA).
    const failures = [v4, v6].flatMap((answer) => (answer.ok ? [] : [answer.failure]));
    const failure = failures.find((item) => item.kind !== 'nodata') ?? failures[0] ?? { kind: 'nodata' as const, code: 'ENODATA' };
    return { host, chain, addresses: [], failure: { ...failure, at: name } };
  }
}
