/**
 * Fingerprints: stable ids of "this secret, found by this rule", for baselines and de-duplication.
 * They leave out the path and line, so they survive renames and line moves (all but the located
 * ones published for person-chosen values, below).
 *
 * Threat model. Fingerprints are published: in SARIF uploaded to code scanning, in JSON reports,
 * in the committed baseline file. Whoever reads one must not be able to recover the secret. The
 * salt is no secret (it sits in the baseline file, or is a fixed project string), so an attacker
 * can replay any keyed hash; what protects a guessable secret is the cost of each guess:
 * - every value is hashed under a key derived from the salt with scrypt (RFC 7914), once per run,
 *   so precomputed tables for one repository are useless for another baseline;
 * - values that could be chosen by a person (generic passwords, database URLs, custom rules,
 *   env values, provider values under 64 bits by their own entropy) go through scrypt again per value
 *   (N=2^12, r=8: about 4 MiB and 5–12 ms per guess), so brute-forcing an 8-character password
 *   costs centuries of CPU instead of days of HMAC;
 * - values from rules for provider-issued tokens use HMAC-SHA256 under the run key: their bodies
 *   are random by construction, and at 64 bits or more by their own entropy (an estimate that
 *   undercounts short tokens: a 20-character sample scores at most log2(20) bits a character) an
 *   attacker holding the salt still faces 2^64 HMACs per token; the scan stays fast when a
 *   corpus holds thousands of them;
 * - so do signed JWTs whatever the rule: the signature (an HMAC or RSA/EC signature of 128 bits or
 *   more) cannot be enumerated, however guessable the claims.
 * With a fingerprint key (`LAUNCH_READY_FINGERPRINT_KEY`, a CI secret; see fingerprint-key.ts) the
 * attacker cannot replay the hash at all: every value takes HMAC-SHA256 under a key derived from
 * that key and the salt, and nothing is stretched.
 * Without the key, a person-chosen value is stretched only where its fingerprint is compared or
 * written, and a scan in a large run (`deferStretching`) publishes a located fingerprint for it
 * instead (fingerprint-located.ts: rule, file and rank, nothing of the value). Its stretched one is
 * made on demand (`valueFingerprints`): to match it against a baseline's entries of the same rule,
 * or to write a baseline. So a repository of thousands of fixture passwords pays nothing for them
 * without a baseline, and with one, a scrypt per value the baseline could know (issue #16; see
 * checks/secrets/match-baseline.ts), each distinct value once, in the thread pool. What a published
 * stretched fingerprint costs an attacker per guess is unchanged, and baselines written before
 * keep matching: the scheme of the stretched fingerprint is the same.
 * A scan worker's fingerprinter hands its values over (`handOverStretching`) to the main thread's
 * (`adopt`), since the provisional id (the fast HMAC under the same salt and key, never published)
 * is the same in every thread.
 */
import { createHash, createHmac, createSecretKey, scryptSync, type KeyObject } from 'node:crypto';
import type { SecretRule } from '../detect/contracts.js';
import { shannonEntropy } from '../detect/entropy.js';
import type { Finding } from './finding.js';
import { locatedFingerprints } from './fingerprint-located.js';
import { createStretcher, FINGERPRINT_HEX_LENGTH, stretchSync } from './fingerprint-stretch.js';

/** Used without a baseline; a baseline stores its own random salt. */
export const DEFAULT_FINGERPRINT_SALT = 'launch-ready/secrets/fingerprint/v1';

const RUN_KEY_PARAMS = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** Categories whose rules match tokens the provider generates, never text a person chose. */
const PROVIDER_ISSUED: ReadonlySet<string> = new Set(['cloud', 'source-host', 'payments', 'comms', 'ai', 'registry', 'saas', 'key']);
const MIN_PROVIDER_BITS = 64;
const MIN_SIGNATURE_BITS = 128;
const MEMO_LIMIT = 10_000;

const runKeys = new Map<string, { bytes: Buffer; hmacKey: KeyObject }>();

export interface Fingerprinter {
  /**
   * The fingerprint of a secret found by `rule` (or of an env value, with `rule` undefined). With
   * `deferStretching` or `handOverStretching`, a value that needs scrypt gets a provisional id, which
   * must go through `publish` before anything shows or compares it.
   */
  ofSecret(ruleId: string, value: string, rule?: SecretRule): string;
  /** The run's findings with each provisional id replaced by a located fingerprint (the others as they are). */
  publish(findings: readonly Finding[]): Finding[];
  /** Whether a published fingerprint is located and its value not stretched yet: `valueFingerprints` would take a scrypt. */
  needsStretching(fingerprint: string): boolean;
  /**
   * The fingerprints a baseline holds for these published ones, in order: a located one's value
   * stretched (each distinct value once per run, in the thread pool), the others unchanged.
   */
  valueFingerprints(fingerprints: readonly string[]): Promise<string[]>;
  /** How many values went through scrypt so far (each distinct value once, while memoised). */
  stretchedCount(): number;
  /** With `handOverStretching`: the values found since the last call, as `[provisional id, input]`. */
  takeHandedOver(): Array<[string, string]>;
  /** Takes in a value another thread's fingerprinter handed over (same salt and key); needs `deferStretching`. */
  adopt(provisional: string, input: string): void;
}

export interface FingerprinterOptions {
  /** Stretch a person-chosen value only when `valueFingerprints` asks, in the thread pool. Default false: in `ofSecret`. */
  deferStretching?: boolean;
  /** Stretch nothing: hand the values over (`takeHandedOver`) to the thread that publishes them. Default false. */
  handOverStretching?: boolean;
  /** The fingerprint key (`fingerprintKeyFrom`): every value then takes the keyed HMAC, none is stretched. */
  key?: string;
}

export function createFingerprinter(salt: string = DEFAULT_FINGERPRINT_SALT, options: FingerprinterOptions = {}): Fingerprinter {
  // Derived on first use: a run with nothing to fingerprint (most env checks) skips the ~60 ms scrypt.
  let runKey: { bytes: Buffer; hmacKey: KeyObject } | undefined;
  const slow = new Map<string, string>();
  /** Provisional id → input, of the values `deferStretching` has not stretched (yet). */
  const pending = options.deferStretching ? new Map<string, string>() : undefined;
  const handedOver = options.handOverStretching ? new Map<string, string>() : undefined;
  /** Located fingerprint → provisional id, for `valueFingerprints`. */
  const located = new Map<string, string>();
  const stretched = new Map<string, Promise<string>>();
  const stretch = createStretcher();
  const { key: fingerprintKey } = options;
  let stretchedCount = 0;
  const runKeyOnce = () => (runKey ??= fingerprintKey === undefined ? runKeyFor(salt) : keyedRunKey(fingerprintKey, salt));
  const stretchOnce = (provisional: string, input: string): Promise<string> => {
    let result = stretched.get(provisional);
    if (!result) {
      result = stretch(input, runKeyOnce().bytes);
      stretched.set(provisional, result);
      stretchedCount += 1;
    }
    return result;
  };
  return {
    ofSecret(ruleId, value, rule) {
      const key = runKeyOnce();
      const input = `${ruleId}\0${normaliseSecret(value)}`;
      const fast = createHmac('sha256', key.hmacKey).update(input, 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_LENGTH);
      if (fingerprintKey !== undefined || (rule && takesFastPath(rule, value))) return fast;
      // The fast HMAC is the provisional id: the same input never takes the fast path, so it cannot
      // collide with a final fingerprint. Brute-forcing it is cheap, so it is never published.
      const deferredTo = handedOver ?? pending;
      if (deferredTo) {
        deferredTo.set(fast, input);
        return fast;
      }
      let result = slow.get(fast);
      if (result !== undefined) return result;
      stretchedCount += 1;
      result = stretchSync(input, key.bytes);
      if (slow.size >= MEMO_LIMIT) slow.clear();
      slow.set(fast, result);
      return result;
    },
    publish(findings) {
      if (!pending || pending.size === 0) return [...findings];
      const ids = locatedFingerprints(findings, (fingerprint) => pending.has(fingerprint));
      return findings.map((finding, index) => {
        const id = ids[index];
        if (id === undefined) return finding;
        located.set(id, finding.fingerprint);
        return { ...finding, fingerprint: id };
      });
    },
    needsStretching(fingerprint) {
      const provisional = located.get(fingerprint);
      return provisional !== undefined && !stretched.has(provisional);
    },
    valueFingerprints(fingerprints) {
      return Promise.all(
        fingerprints.map((fingerprint) => {
          const provisional = located.get(fingerprint);
          const input = provisional === undefined ? undefined : pending?.get(provisional);
          return provisional === undefined || input === undefined ? fingerprint : stretchOnce(provisional, input);
        })
      );
    },
    stretchedCount: () => stretchedCount,
    takeHandedOver() {
      const taken = [...(handedOver ?? [])];
      handedOver?.clear();
      return taken;
    },
    adopt(provisional, input) {
      if (!pending) throw new Error('adopt() needs a fingerprinter with deferStretching');
      pending.set(provisional, input);
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

/** Provider-issued and random enough, or a signed JWT: HMAC only (see the threat model above). */
export function takesFastPath(rule: SecretRule, value: string): boolean {
  if (isSignedJwt(value)) return true;
  return rule.category !== undefined && PROVIDER_ISSUED.has(rule.category) && bitsOf(value) >= MIN_PROVIDER_BITS;
}

/** `header.payload.signature`, base64url, with a signature of 128 bits or more by its entropy. */
function isSignedJwt(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 3 && parts.every((part) => /^[A-Za-z0-9_-]+$/.test(part)) && value.startsWith('eyJ') && bitsOf(parts[2] ?? '') >= MIN_SIGNATURE_BITS;
}

function bitsOf(value: string): number {
  return value.length * shannonEntropy(value);
}

/** The run key, and the same bytes as a KeyObject: `createHmac` with a Buffer key re-imports it on every call (~7× slower). */
function runKeyFor(salt: string): { bytes: Buffer; hmacKey: KeyObject } {
  let key = runKeys.get(salt);
  if (!key) {
    const bytes = scryptSync(salt, 'launch-ready secrets fingerprint key', 32, RUN_KEY_PARAMS);
    key = { bytes, hmacKey: createSecretKey(bytes) };
    runKeys.set(salt, key);
  }
  return key;
}

/** The run key under a fingerprint key: HMAC of the salt, so a new baseline salt still gives new fingerprints. */
function keyedRunKey(key: string, salt: string): { bytes: Buffer; hmacKey: KeyObject } {
  const bytes = createHmac('sha256', key).update(`launch-ready secrets fingerprint key\0${salt}`, 'utf8').digest();
  return { bytes, hmacKey: createSecretKey(bytes) };
}

/** Fingerprint of a finding that holds no secret (an unused suppression, an expired entry). */
export function fingerprintOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0'), 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_LENGTH);
}
