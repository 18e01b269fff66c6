/**
 * The DNS port checks use (domain, monitor): one client per run, created by the entry point and
 * handed in through `CheckDeps.dns`. A lookup never throws and never hangs: it answers records or a
 * named failure, within its own deadline and the caller's `signal`.
 */

/** Why a lookup has no records; what a finding names. */
export type DnsFailureKind =
  /** The name does not exist (RCODE 3). */
  | 'nxdomain'
  /** The name exists, with no record of this type. */
  | 'nodata'
  /** The server could not answer (RCODE 2): a broken zone, DNSSEC failure or a dead upstream. */
  | 'servfail'
  /** The server refused to answer (RCODE 5): it is not authoritative and does not recurse for us. */
  | 'refused'
  /** No answer within the lookup's deadline. */
  | 'timeout'
  /** The caller's deadline passed first. */
  | 'aborted'
  | 'other';

export interface DnsFailure {
  kind: DnsFailureKind;
  /** c-ares' code, e.g. ENOTFOUND, ESERVFAIL. */
  code: string;
}

export type DnsAnswer<T> = { ok: true; records: T[] } | { ok: false; failure: DnsFailure };

export interface MxRecord {
  exchange: string;
  priority: number;
}

/** RFC 8659: `0 issue "letsencrypt.org"`. */
export interface CaaRecord {
  critical: boolean;
  tag: string;
  value: string;
}

/** What each record type answers. TXT records come whole: their character-strings joined (RFC 7208 §3.3). */
export interface DnsRecordTypes {
  A: string;
  AAAA: string;
  CNAME: string;
  TXT: string;
  MX: MxRecord;
  CAA: CaaRecord;
  NS: string;
}

export type DnsRecordType = keyof DnsRecordTypes;

/** Asks one set of servers; answers are cached for the run (a repeated question is asked once). */
export interface DnsResolver {
  lookup<T extends DnsRecordType>(name: string, type: T, signal?: AbortSignal): Promise<DnsAnswer<DnsRecordTypes[T]>>;
  /** Questions sent to a server so far (cache hits excluded). */
  queries(): number;
}

export interface DnsResolverOptions {
  /** `1.1.1.1`, `127.0.0.1:5353`, `[::1]:53`; default: the system's servers (/etc/resolv.conf). */
  nameservers?: readonly string[];
  /** One lookup's deadline, retries included. Default 3 000. */
  lookupTimeoutMs?: number;
}

/** One per run: a resolver per set of servers, each with its own cache. */
export interface DnsClient {
  resolver(options: DnsResolverOptions): DnsResolver;
}

/** Words for a failure, for messages: "does not exist (NXDOMAIN)". */
export function describeDnsFailure(failure: DnsFailure): string {
  switch (failure.kind) {
    case 'nxdomain':
      return 'does not exist (NXDOMAIN)';
    case 'nodata':
      return 'has no such record (NODATA)';
    case 'servfail':
      return 'could not be answered: the server said SERVFAIL';
    case 'refused':
      return 'was refused by the server (REFUSED)';
    case 'timeout':
      return 'got no answer before the lookup deadline (timeout)';
    case 'aborted':
      return "was not looked up: the check's deadline passed";
    case 'other':
      return `failed (${failure.code})`;
  }
}
