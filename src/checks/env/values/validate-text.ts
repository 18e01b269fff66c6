/**
 * Values that are words rather than numbers or addresses: `boolean`, `enum`, `email` and `json`.
 */
import { domainToASCII } from 'node:url';
import type { EnvVarSpec } from '../../../config/config-types.js';
import { hostnameProblem } from './validate-host.js';
import { invalid, valid, type ValueVerdict } from './value-verdict.js';

/**
 * The spellings a `boolean` accepts, matched case-insensitively (`TRUE`, `Yes`, `ON`). Anything
 * else is invalid: never JavaScript truthiness, where `"false"` and `"0"` are true. The pairs are
 * the ones issue #5 documents; `dotenv` reads its own `DOTENV_*` switches with the same false words.
 */
export const BOOLEAN_SPELLINGS: Readonly<{ true: readonly string[]; false: readonly string[] }> = Object.freeze({
  true: Object.freeze(['true', '1', 'yes', 'on']),
  false: Object.freeze(['false', '0', 'no', 'off'])
});

/** A boolean in one of `BOOLEAN_SPELLINGS`; normalized to `true` or `false`. */
export function validateBoolean(raw: string): ValueVerdict {
  const lower = raw.toLowerCase();
  if (BOOLEAN_SPELLINGS.true.includes(lower)) return valid('true');
  if (BOOLEAN_SPELLINGS.false.includes(lower)) return valid('false');
  return invalid('expected a boolean: true/false, 1/0, yes/no or on/off');
}

/** One of `spec.values`, exactly (case matters: apps compare with `===`). */
export function validateEnum(raw: string, spec: Pick<EnvVarSpec, 'values'>): ValueVerdict {
  const values = spec.values ?? [];
  if (values.includes(raw)) return valid();
  // The allowed values come from the schema, so they may be shown; the value may not.
  return invalid(values.length > 0 ? `expected one of ${values.join(', ')}` : 'expected one of the declared values');
}

// RFC 5322 §3.2.3 atext, dot-separated; UTF-8 local parts as RFC 6531 allows.
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
/** RFC 5321 §4.5.3.1.1 and the errata's 254-character path limit. */
const MAX_LOCAL_LENGTH = 64;
const MAX_ADDRESS_LENGTH = 254;

/**
 * A bare address, `local@domain.tld`: the subset of RFC 5322 that mail providers accept. No display
 * names (`Ada <ada@x.io>`), quoted local parts, comments or IP-literal domains; the domain needs a
 * dot. Normalized with the domain in lowercase ASCII (the local part is case-sensitive).
 */
export function validateEmail(raw: string): ValueVerdict {
  if (/[\s<>]/.test(raw)) return invalid('not an email address: expected a bare address, without a display name or spaces');
  const parts = raw.split('@');
  if (parts.length === 1) return invalid('not an email address: missing @');
  if (parts.length > 2) return invalid('not an email address: more than one @');
  const [local = '', domain = ''] = parts;
  if (local === '' || local.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(local)) {
    return invalid('not an email address: invalid part before the @');
  }
  if (!domain.includes('.') || domain.endsWith('.')) return invalid('not an email address: the domain needs a dot, like example.com');
  if (/^[0-9.]+$/.test(domain) || hostnameProblem(domain) !== undefined) return invalid('not an email address: invalid domain');
  const normalized = `${local}@${domainToASCII(domain)}`;
  if (normalized.length > MAX_ADDRESS_LENGTH) return invalid(`not an email address: longer than ${MAX_ADDRESS_LENGTH} characters`);
  return valid(normalized);
}

/** Any JSON text `JSON.parse` accepts. */
export function validateJson(raw: string): ValueVerdict {
  try {
    JSON.parse(raw);
    return valid();
  } catch {
    // V8's SyntaxError message quotes the text around the error, so it is never passed on.
    return invalid('not valid JSON');
  }
}
