/**
 * Fingerprints: stable ids of "this secret, found by this rule", for baselines and de-duplication.
 * They leave out the path and line, so they survive renames and line moves.
 *
 * Threat model. Fingerprints are published: in SARIF uploaded to code scanning, in JSON reports,
 * in the committed baseline file. Whoever reads one must not be able to recover the secret. The
 * salt is no secret (it sits in the baseline file, or is a fixed project string), so an attacker
 * can replay any keyed hash; what protects a guessable secret is the cost of each guess:
 * - every value is hashed under a key derived from the salt with scrypt (RFC 7914), once per run,
 *   so precomputed tables for one repository are useless for another baseline;
 * - values that could be chosen by a person (generic passwords, database URLs, custom rules,
 *   env values, anything under 128 bits by its own entropy) go through scrypt again per value
 *   (N=2^12, r=8: about 4 MiB and 5–12 ms per guess), so brute-forcing an 8-character password
 *   costs centuries of CPU instead of days of HMAC;
 * - values from rules for provider-issued tokens (random bodies of 128 bits or more by
 *   construction) use HMAC-SHA256 under the run key: nobody can enumerate 2^128 candidates, and the
 *   scan stays fast when a corpus holds thousands of them.
 * Slow results are memoised per run, keyed by the fast HMAC (not by the plaintext).
 */
import { createHash, createHmac, scryptSync } from 'node:crypto';
import type { SecretRule } from './contracts.js';
import { shannonEntropy } from './entropy.js';

/** Used without a baseline; a baseline stores its own random salt. */
export const DEFAULT_FINGERPRINT_SALT = 'launch-ready/secrets/fingerprint/v1';

/** 64 bits: plenty to tell a repository's findings apart, and less to work with for an attacker. */
const FINGERPRINT_HEX_LENGTH = 16;
const RUN_KEY_PARAMS = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const PER_VALUE_PARAMS = { N: 2 ** 12, r: 8, p: 1, maxmem: 16 * 1024 * 1024 };

/** Categories whose rules match tokens the provider generates, never text a person chose. */
const PROVIDER_ISSUED: ReadonlySet<string> = new Set(['cloud', 'source-host', 'payments', 'comms', 'ai', 'registry', 'saas', 'key']);
const MIN_RANDOM_BITS = 128;
const MEMO_LIMIT = 10_000;

const runKeys = new Map<string, Buffer>();

export interface Fingerprinter {
  /** The fingerprint of a secret found by `rule` (or of an env value, with `rule` undefined). */
  ofSecret(ruleId: string, value: string, rule?: SecretRule): string;
}

export function createFingerprinter(salt: string = DEFAULT_FINGERPRINT_SALT): Fingerprinter {
  // Derived on first use: a run with nothing to fingerprint (most env checks) skips the ~60 ms scrypt.
  let runKey: Buffer | undefined;
  const slow = new Map<string, string>();
  return {
    ofSecret(ruleId, value, rule) {
      const key = (runKey ??= runKeyFor(salt));
      const input = `${ruleId}\0${normaliseSecret(value)}`;
      const fast = createHmac('sha256', key).update(input, 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_LENGTH);
      if (rule && takesFastPath(rule, value)) return fast;
      let stretched = slow.get(fast);
      if (stretched === undefined) {
        stretched = scryptSync(input, key, FINGERPRINT_HEX_LENGTH / 2, PER_VALUE_PARAMS).toString('hex');
        if (slow.size >= MEMO_LIMIT) slow.clear();
        slow.set(fast, stretched);
      }
      return stretched;
    }
  };
}

/**
 * The same secret written differently is one secret: surrounding quotes and whitespace go, and a
 * PEM block loses its line breaks, whether real or escaped as `\n` inside a JSON string.
 */
export function normaliseSecret(value: string): string {
  return value.trim().replace(/^["'`]+|["'`]+$/g, '').replace(/\\r|\\n|\s+/g, '');
}

/** Provider-issued and at least 128 bits by its own entropy: HMAC only (see the threat model above). */
export function takesFastPath(rule: SecretRule, value: string): boolean {
  return rule.category !== undefined && PROVIDER_ISSUED.has(rule.category) && value.length * shannonEntropy(value) >= MIN_RANDOM_BITS;
}

function runKeyFor(salt: string): Buffer {
  let key = runKeys.get(salt);
  if (!key) {
    key = scryptSync(salt, 'launch-ready secrets fingerprint key', 32, RUN_KEY_PARAMS);
    runKeys.set(salt, key);
  }
  return key;
}

/** Fingerprint of a finding that holds no secret (an unused suppression, an expired entry). */
export function fingerprintOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0'), 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_LENGTH);
}
