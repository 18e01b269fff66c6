/**
 * The one DNS port the mail layer asks through: `resolve(name, rrtype)` with the answers and error
 * codes (`ENOTFOUND`, `ENODATA`, …) of node:dns's `Resolver#resolve`, which is the shape mailauth's
 * custom `resolver` takes (DKIM keys and DMARC records are TXT; SPF also asks A, AAAA, MX and PTR).
 * The domain check will back it with the shared `src/dns/` service; until then
 * `createMailDnsResolver` builds it on node:dns with the configured nameservers.
 */
import { Resolver } from 'node:dns/promises';

/** `Resolver#resolve`: TXT answers are `string[][]` (one array of strings per record), MX `{ exchange, priority }[]`. */
export type MailDnsResolver = (name: string, rrtype: string) => Promise<unknown[]>;

export interface MailDnsOptions {
  /** `1.1.1.1`, `127.0.0.1:5353` or `[::1]:53`. Default: the system's servers. */
  nameservers?: readonly string[];
  /** Per query attempt. Default 2000. */
  timeoutMs?: number;
  /** Attempts per server. Default 2. */
  tries?: number;
}

export function createMailDnsResolver(options: MailDnsOptions = {}): MailDnsResolver {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 2000, tries: options.tries ?? 2 });
  if (options.nameservers && options.nameservers.length > 0) resolver.setServers([...options.nameservers]);
  return (name, rrtype) => resolver.resolve(name, rrtype) as Promise<unknown[]>;
}
