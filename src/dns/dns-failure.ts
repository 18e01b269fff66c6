/** c-ares error codes (node:dns `dns.NOTFOUND` …) → the failure kinds a finding names. */
import type { DnsFailure, DnsFailureKind } from './dns-types.js';

const KINDS: Readonly<Record<string, DnsFailureKind>> = {
  ENOTFOUND: 'nxdomain',
  ENODATA: 'nodata',
  ESERVFAIL: 'servfail',
  EREFUSED: 'refused',
  ETIMEOUT: 'timeout',
  ECANCELLED: 'aborted'
};

export function toDnsFailure(error: unknown): DnsFailure {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'EUNKNOWN';
  return { kind: KINDS[code] ?? 'other', code };
}
