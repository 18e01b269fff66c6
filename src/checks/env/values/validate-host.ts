/**
 * Host names and IP addresses, as a `host` variable or an email domain holds them: no scheme, port
 * or path. Names follow RFC 1123 §2.1 (labels of letters, digits and hyphens, at most 63 characters,
 * 253 in all), plus `_`, which DNS itself allows (RFC 2181 §11) and Docker Compose service names
 * use. Internationalized names are checked in their ASCII (punycode) form.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';
import { invalid, valid, type ValueVerdict } from './value-verdict.js';

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
/** ASCII other than letters, digits, `_`, `.` and `-`; non-ASCII is left to IDNA (UTS #46). */
const FORBIDDEN_ASCII = /[^A-Za-z0-9_.\-\u0080-\uffff]/;
const MAX_NAME_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

/** A hostname, IPv4 address or IPv6 address (bare or in brackets); normalized to lowercase ASCII. */
export function validateHost(raw: string): ValueVerdict {
  if (raw.includes('://')) return invalid('expected a hostname or IP address, not a URL');
  const bracketed = /^\[(.*)\]$/.exec(raw);
  const ipv6 = bracketed ? bracketed[1] ?? '' : raw;
  if (isIPv6(ipv6)) return valid(ipv6.toLowerCase());
  if (bracketed) return invalid('not a valid IPv6 address');
  if (raw.includes(':')) return invalid('expected a hostname or IP address without a port');
  if (/[/?#]/.test(raw)) return invalid('expected a hostname or IP address without a path');
  if (isIPv4(raw)) return valid(raw);
  // All-numeric names are IPv4 attempts: no top-level domain is numeric (RFC 3696 §2).
  if (/^[0-9.]+$/.test(raw)) return invalid('not a valid IPv4 address');
  const problem = hostnameProblem(raw);
  return problem === undefined ? valid(domainToASCII(raw).replace(/\.$/, '')) : invalid(problem);
}

/** Why `name` is not a DNS hostname, or undefined when it is one. */
export function hostnameProblem(name: string): string | undefined {
  // Checked on the raw text too: the WHATWG host parser would quietly decode `%41` to `A`.
  const ascii = FORBIDDEN_ASCII.test(name) ? '' : domainToASCII(name);
  if (ascii === '') return 'not a valid hostname: contains characters a hostname cannot have';
  // One trailing dot is the DNS root (an absolute name), not an empty label.
  const bare = ascii.endsWith('.') ? ascii.slice(0, -1) : ascii;
  if (bare.length > MAX_NAME_LENGTH) return `not a valid hostname: longer than ${MAX_NAME_LENGTH} characters`;
  for (const label of bare.split('.')) {
    if (label === '') return 'not a valid hostname: a label is empty';
    if (label.length > MAX_LABEL_LENGTH) return `not a valid hostname: a label is longer than ${MAX_LABEL_LENGTH} characters`;
    if (label.startsWith('-') || label.endsWith('-')) return 'not a valid hostname: a label starts or ends with a hyphen';
    if (!LABEL.test(label)) return 'not a valid hostname: contains characters a hostname cannot have';
  }
  return undefined;
}
