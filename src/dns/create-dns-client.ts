/**
 * The run's DNS client (the `dns` port of ARCHITECTURE.md), on node:dns `Resolver` (c-ares): it asks
 * the servers it is given directly, not the system's getaddrinfo, so a check sees NXDOMAIN,
 * NODATA, SERVFAIL and REFUSED as the server said them. One resolver per set of servers, each
 * with a cache of answers (in flight or done) for the run, so an SPF walk that meets the same
 * include twice or twenty hosts under one zone ask each question once.
 */
import { Resolver } from 'node:dns/promises';
import { toDnsFailure } from './dns-failure.js';
import type { DnsAnswer, DnsClient, DnsRecordType, DnsRecordTypes, DnsResolver, DnsResolverOptions } from './dns-types.js';
import { formatNameserver, parseNameserver } from './nameserver.js';

const DEFAULT_LOOKUP_TIMEOUT_MS = 3_000;
/** c-ares doubles its per-try timeout on each retry: two tries of t and 2t fit in 3t. */
const TRIES = 2;

type Query = (resolver: Resolver, name: string) => Promise<unknown[]>;

const QUERIES: Record<DnsRecordType, Query> = {
  A: (resolver, name) => resolver.resolve4(name),
  AAAA: (resolver, name) => resolver.resolve6(name),
  CNAME: (resolver, name) => resolver.resolveCname(name),
  // A TXT record is a list of character-strings of up to 255 bytes each: one text, joined.
  TXT: async (resolver, name) => (await resolver.resolveTxt(name)).map((chunks) => chunks.join('')),
  MX: async (resolver, name) => (await resolver.resolveMx(name)).map(({ exchange, priority }) => ({ exchange, priority })),
  CAA: async (resolver, name) =>
    (await resolver.resolveCaa(name)).map((record) => {
      const { critical, ...rest } = record as unknown as Record<string, unknown> & { critical: number };
      const [tag, value] = Object.entries(rest).find(([key]) => key !== 'type') ?? ['', ''];
      return { critical: (critical & 128) !== 0, tag, value: String(value) };
    }),
  NS: (resolver, name) => resolver.resolveNs(name)
};

/** Resolves with 'timeout' or 'aborted' when c-ares has not answered by then. */
function deadline(timeoutMs: number, signal: AbortSignal | undefined): { promise: Promise<DnsAnswer<never>>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const promise = new Promise<DnsAnswer<never>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, failure: { kind: 'timeout', code: 'ETIMEOUT' } }), timeoutMs);
    onAbort = () => resolve({ ok: false, failure: { kind: 'aborted', code: 'ABORT_ERR' } });
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  return { promise, clear: () => (clearTimeout(timer), onAbort && signal?.removeEventListener('abort', onAbort)) };
}

function createResolver(options: DnsResolverOptions): DnsResolver {
  const timeoutMs = options.lookupTimeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS;
  const resolver = new Resolver({ timeout: Math.max(1, Math.floor(timeoutMs / (2 ** TRIES - 1))), tries: TRIES });
  if (options.nameservers?.length) {
    resolver.setServers(
      options.nameservers.map((text) => {
        const parsed = parseNameserver(text);
        if ('problem' in parsed) throw new Error(`nameserver ${text}: ${parsed.problem}`);
        return formatNameserver(parsed);
      })
    );
  }
  const cache = new Map<string, Promise<DnsAnswer<unknown>>>();
  let sent = 0;

  async function ask(name: string, type: DnsRecordType): Promise<DnsAnswer<unknown>> {
    sent += 1;
    try {
      return { ok: true, records: await QUERIES[type](resolver, name) };
    } catch (error) {
      return { ok: false, failure: toDnsFailure(error) };
    }
  }

  return {
    async lookup<T extends DnsRecordType>(name: string, type: T, signal?: AbortSignal): Promise<DnsAnswer<DnsRecordTypes[T]>> {
      if (signal?.aborted) return { ok: false, failure: { kind: 'aborted', code: 'ABORT_ERR' } };
      const key = `${type} ${name.toLowerCase().replace(/\.$/, '')}`;
      let answer = cache.get(key);
      if (!answer) {
        answer = ask(name, type);
        cache.set(key, answer);
      }
      // The guard outlives c-ares' own timeout only when c-ares misbehaves; it keeps the promise bounded.
      const guard = deadline(timeoutMs + 250, signal);
      try {
        return (await Promise.race([answer, guard.promise])) as DnsAnswer<DnsRecordTypes[T]>;
      } finally {
        guard.clear();
      }
    },
    queries: () => sent
  };
}

/** The run's client; resolvers are made on first use, one per set of servers and lookup deadline. */
export function createDnsClient(): DnsClient {
  const resolvers = new Map<string, DnsResolver>();
  return {
    resolver(options: DnsResolverOptions): DnsResolver {
      const key = JSON.stringify([options.nameservers ?? [], options.lookupTimeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS]);
      let resolver = resolvers.get(key);
      if (!resolver) {
        resolver = createResolver(options);
        resolvers.set(key, resolver);
      }
      return resolver;
    }
  };
}
