/**
 * The fingerprint key: an optional secret, set as a CI secret in `LAUNCH_READY_FINGERPRINT_KEY`,
 * under which every fingerprint is an HMAC. Whoever reads a fingerprint (SARIF, JSON, the committed
 * baseline) without the key cannot test a single guess against it, so no value needs scrypt's
 * per-guess cost (see fingerprint.ts): stronger for person-chosen secrets, and a secret-dense scan
 * no longer waits on ~10 ms of scrypt per distinct password.
 *
 * The key's value never leaves this process: messages name the variable, and a baseline records
 * only a key id (an HMAC of a constant under the key) so a scan can tell a wrong or missing key
 * from a changed secret.
 */
import { createHmac } from 'node:crypto';
import { ConfigError } from '../errors.js';
import type { Finding } from '../report/finding.js';
import type { Baseline } from './baseline.js';
import { shannonEntropy } from './entropy.js';
import { fingerprintOf } from '../report/fingerprint.js';

export const FINGERPRINT_KEY_VARIABLE = 'LAUNCH_READY_FINGERPRINT_KEY';

/** 32 characters: `openssl rand -base64 32` gives 44. */
export const MIN_FINGERPRINT_KEY_LENGTH = 32;

/** By the key's own character frequencies (length × Shannon entropy): what 32 random base64 characters clear easily. */
const MIN_FINGERPRINT_KEY_BITS = 128;

const MAKE_ONE = 'make one with `openssl rand -base64 32`';

/**
 * The key in `env`, or undefined when the variable is unset or empty.
 * @throws ConfigError (without the value) when it is too short or does not look random.
 */
export function fingerprintKeyFrom(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const key = env[FINGERPRINT_KEY_VARIABLE]?.trim();
  if (!key) return undefined;
  if (key.length < MIN_FINGERPRINT_KEY_LENGTH) {
    throw new ConfigError(`${FINGERPRINT_KEY_VARIABLE} is ${key.length} characters long; expected at least ${MIN_FINGERPRINT_KEY_LENGTH} random characters (${MAKE_ONE} and store it as a CI secret)`);
  }
  if (key.length * shannonEntropy(key) < MIN_FINGERPRINT_KEY_BITS) {
    throw new ConfigError(`${FINGERPRINT_KEY_VARIABLE} does not look random (too many repeated characters); expected a random key (${MAKE_ONE} and store it as a CI secret)`);
  }
  return key;
}

/** Names a key without revealing it: 16 hex characters of an HMAC of a constant under it. */
export function fingerprintKeyId(key: string): string {
  return createHmac('sha256', key).update('launch-ready fingerprint key id', 'utf8').digest('hex').slice(0, 16);
}

/**
 * The baseline a scan applies, checked against its key (as {@link assertBaselineKey}), with one
 * exception: a scan of a change (the lines a pull request or push adds) without the key of a keyed
 * baseline goes on without it. A pull request from a fork gets no secrets; erroring there would let
 * any secret it adds through the gate, while a baselined secret is rarely on a line a change adds.
 * Then every finding is new and the note says why. @throws ConfigError as assertBaselineKey.
 */
export function usableBaseline(baseline: Baseline, key: string | undefined, extent: 'change' | 'full', file: string): { baseline?: Baseline; note?: Finding } {
  if (extent === 'change' && baseline.keyId !== undefined && key === undefined) return { note: keylessChangeNote(file, baseline.keyId) };
  assertBaselineKey(baseline, key, file);
  return { baseline };
}

/** Why a change was scanned without its keyed baseline (see {@link usableBaseline}). */
function keylessChangeNote(baselineFile: string, keyId: string): Finding {
  return {
    check: 'secrets',
    ruleId: 'baseline-needs-key',
    severity: 'info',
    confidence: 'high',
    title: 'Baseline not applied: no fingerprint key in this run',
    message: `${baselineFile} was written with a fingerprint key (key id ${keyId}) and ${FINGERPRINT_KEY_VARIABLE} is not set here (a pull request from a fork gets no secrets): every secret on the lines this change adds is reported as new, known or not.`,
    location: { kind: 'file', path: baselineFile, line: 1 },
    fingerprint: fingerprintOf('baseline-needs-key', keyId),
    remediation: `Where ${FINGERPRINT_KEY_VARIABLE} is set (the base repository's workflows), known secrets are reported as known. A finding here that the baseline holds is a known secret on a line this change edits: a maintainer can confirm it there.`
  };
}

/**
 * A baseline's fingerprints match this run's only when both were made with the same key, or both
 * without. @throws ConfigError naming the baseline file and the fix.
 */
export function assertBaselineKey(baseline: Pick<Baseline, 'keyId'>, key: string | undefined, file: string): void {
  const runKeyId = key === undefined ? undefined : fingerprintKeyId(key);
  if (baseline.keyId === runKeyId) return;
  const rewrite = 'or rewrite the baseline with `launch-ready secrets baseline`';
  if (runKeyId === undefined) {
    throw new ConfigError(
      `the secrets baseline was written with a fingerprint key (key id ${baseline.keyId}) and ${FINGERPRINT_KEY_VARIABLE} is not set: set it to that key, ${rewrite} without it (a pull request from a fork gets no secrets)`,
      { file }
    );
  }
  if (baseline.keyId === undefined) {
    throw new ConfigError(`the secrets baseline was written without a fingerprint key and ${FINGERPRINT_KEY_VARIABLE} is set: unset it, ${rewrite} with it`, { file });
  }
  throw new ConfigError(
    `${FINGERPRINT_KEY_VARIABLE} is not the key the secrets baseline was written with (key id ${baseline.keyId}, this key's ${runKeyId}): set it to that key, ${rewrite} with this one`,
    { file }
  );
}

/** From this many stretched values (~10 ms of CPU each), a run says the key would spare them. */
export const SLOW_FINGERPRINTS_NOTE_FROM = 200;
const MS_PER_STRETCH = 10;

/**
 * An info finding when a run stretched many fingerprints, pointing at the key; undefined below the
 * threshold. Without a key a run stretches a person-chosen value only to compare it with the
 * baseline (or to write one), so this counts the baseline's cost.
 */
export function slowFingerprintsNote(stretched: number): Finding | undefined {
  if (stretched < SLOW_FINGERPRINTS_NOTE_FROM) return undefined;
  return {
    check: 'secrets',
    ruleId: 'fingerprints-stretched',
    severity: 'info',
    confidence: 'high',
    title: 'Fingerprints of guessable values took long',
    message: `${stretched} values a person may have chosen (passwords, database URLs, generic assignments) got scrypt fingerprints to be compared with the secrets baseline, about ${Math.round((stretched * MS_PER_STRETCH) / 1000)} s of CPU, so that the baseline's fingerprints cannot be brute-forced.`,
    fingerprint: fingerprintOf('fingerprints-stretched'),
    remediation: `Set ${FINGERPRINT_KEY_VARIABLE} (a CI secret; ${MAKE_ONE} and store it): every fingerprint then is an HMAC under it, faster and safer against guessing. Rewrite the baseline with the key.`
  };
}
