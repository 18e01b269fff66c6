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
 * Slow results are memoised per run, keyed by the fast HMAC (not by the plaintext). A large scan
 * defers them (`deferStretching`): each scrypt runs in libuv's thread pool, on another core, while
 * the scan goes on, and `settle()` says which provisional id became which fingerprint. A scan
 * worker's fingerprinter hands them over instead (`handOverStretching`): the main thread stretches
 * each distinct value once (`adopt`), whichever thread found it, since the provisional id (the fast
 * HMAC under the same salt and key) is the same in every thread.
 */
import { createHash, createHmac, createSecretKey, scrypt, scryptSync, type KeyObject } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { SecretRule } from '../detect/contracts.js';
import { shannonEntropy } from '../detect/entropy.js';

/** Used without a baseline; a baseline stores its own random salt. */
export const DEFAULT_FINGERPRINT_SALT = 'launch-ready/secrets/fingerprint/v1';

/** 64 bits: plenty to tell a repository's findings apart, and less to work with for an attacker. */
const FINGERPRINT_HEX_LENGTH = 16;
const RUN_KEY_PARAMS = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const PER_VALUE_PARAMS = { N: 2 ** 12, r: 8, p: 1, maxmem: 16 * 1024 * 1024 };

/** Categories whose rules match tokens the provider generates, never text a person chose. */
const PROVIDER_ISSUED: ReadonlySet<string> = new Set(['cloud', 'source-host', 'payments', 'comms', 'ai', 'registry', 'saas', 'key']);
const MIN_PROVIDER_BITS = 64;
const MIN_SIGNATURE_BITS = 128;
const MEMO_LIMIT = 10_000;

const runKeys = new Map<string, { bytes: Buffer; hmacKey: KeyObject }>();

export interface Fingerprinter {
  /**
   * The fingerprint of a secret found by `rule` (or of an env value, with `rule` undefined). With
   * `deferStretching`, a value that needs scrypt gets a provisional id until `settle()`.
   */
  ofSecret(ruleId: string, value: string, rule?: SecretRule): string;
  /** Waits for the deferred scrypts: provisional id → fingerprint, for each id handed out since the last call. */
  settle(): Promise<ReadonlyMap<string, string>>;
  /** How many values went through scrypt so far (each distinct value once, while memoised). */
  stretchedCount(): number;
  /** With `handOverStretching`: the values to stretch found since the last call, as `[provisional id, input]`. */
  takeHandedOver(): Array<[string, string]>;
  /** Stretches a value another thread's fingerprinter handed over (same salt and key); needs `deferStretching`. */
  adopt(provisional: string, input: string): void;
}

export interface FingerprinterOptions {
  /** Stretch in the thread pool instead of on the calling thread (see `settle`). Default false. */
  deferStretching?: boolean;
  /** Stretch nothing: hand the values over (`takeHandedOver`) to the thread that stretches them. Default false. */
  handOverStretching?: boolean;
  /** The fingerprint key (`fingerprintKeyFrom`): every value then takes the keyed HMAC, none is stretched. */
  key?: string;
}

export function createFingerprinter(salt: string = DEFAULT_FINGERPRINT_SALT, options: FingerprinterOptions = {}): Fingerprinter {
  // Derived on first use: a run with nothing to fingerprint (most env checks) skips the ~60 ms scrypt.
  let runKey: { bytes: Buffer; hmacKey: KeyObject } | undefined;
  const slow = new Map<string, string>();
  const deferred = options.deferStretching ? createStretchQueue() : undefined;
  const handedOver = options.handOverStretching ? new Map<string, string>() : undefined;
  const { key: fingerprintKey } = options;
  let stretchedCount = 0;
  const runKeyOnce = () => (runKey ??= fingerprintKey === undefined ? runKeyFor(salt) : keyedRunKey(fingerprintKey, salt));
  return {
    ofSecret(ruleId, value, rule) {
      const key = runKeyOnce();
      const input = `${ruleId}\0${normaliseSecret(value)}`;
      const fast = createHmac('sha256', key.hmacKey).update(input, 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_LENGTH);
      if (fingerprintKey !== undefined || (rule && takesFastPath(rule, value))) return fast;
      let stretched = slow.get(fast);
      if (stretched !== undefined) return stretched;
      // The fast HMAC is the provisional id: the same input never takes the fast path, so it cannot collide with a final fingerprint.
      if (handedOver) {
        handedOver.set(fast, input);
        return fast;
      }
      if (deferred) {
        if (deferred.add(fast, input, key.bytes)) stretchedCount += 1;
        return fast;
      }
      stretchedCount += 1;
      stretched = scryptSync(input, key.bytes, FINGERPRINT_HEX_LENGTH / 2, PER_VALUE_PARAMS).toString('hex');
      if (slow.size >= MEMO_LIMIT) slow.clear();
      slow.set(fast, stretched);
      return stretched;
    },
    async settle() {
      const settled = deferred ? await deferred.drain() : new Map<string, string>();
      for (const [fast, stretched] of settled) {
        if (slow.size >= MEMO_LIMIT) slow.clear();
        slow.set(fast, stretched);
      }
      return settled;
    },
    stretchedCount: () => stretchedCount,
    takeHandedOver() {
      const taken = [...(handedOver ?? [])];
      handedOver?.clear();
      return taken;
    },
    adopt(provisional, input) {
      if (!deferred) throw new Error('adopt() needs a fingerprinter with deferStretching');
      if (deferred.add(provisional, input, runKeyOnce().bytes)) stretchedCount += 1;
    }
  };
}

/**
 * Deferred scrypts, a few at a time: one per core, and at most 3, since libuv's pool has 4 threads
 * and the scan's file reads need one. (One fewer than the cores left the scan of a 200 MB corpus
 * with 700 stretched secrets waiting 7 s for them on a 2-core machine.)
 */
function createStretchQueue() {
  const limit = Math.max(1, Math.min(3, availableParallelism()));
  const results = new Map<string, Promise<string>>();
  const waiting: Array<() => void> = [];
  let running = 0;
  // A finished stretch hands its slot to the next waiting one, so `running` never exceeds `limit`.
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  const stretch = async (input: string, key: Buffer): Promise<string> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await new Promise<string>((resolve, reject) =>
        scrypt(input, key, FINGERPRINT_HEX_LENGTH / 2, PER_VALUE_PARAMS, (error, derived) => (error ? reject(error) : resolve(derived.toString('hex'))))
      );
    } finally {
      release();
    }
  };
  return {
    /** Queues the stretch of `input` under the provisional id `fast`; false when it is queued already. */
    add(fast: string, input: string, key: Buffer): boolean {
      if (results.has(fast)) return false;
      const result = stretch(input, key);
      // Awaited in drain(); until then a failure must not surface as an unhandled rejection.
      result.catch(() => {});
      results.set(fast, result);
      return true;
    },
    async drain(): Promise<Map<string, string>> {
      const entries = [...results];
      results.clear();
      return new Map(await Promise.all(entries.map(async ([fast, result]) => [fast, await result] as const)));
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
