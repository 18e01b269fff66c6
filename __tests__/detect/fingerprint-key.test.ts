import { BASELINE_VERSION, type Baseline } from '../../src/detect/baseline.js';
import { ConfigError } from '../../src/errors.js';
import {
  assertBaselineKey,
  FINGERPRINT_KEY_VARIABLE,
  fingerprintKeyFrom,
  fingerprintKeyId,
  SLOW_FINGERPRINTS_NOTE_FROM,
  slowFingerprintsNote,
  usableBaseline
} from '../../src/detect/fingerprint-key.js';
import { genericRule, scannerWith } from './engine-fixtures.js';

/** 44 characters, as `openssl rand -base64 32` prints. */
// Assembled at run time, like the fake secrets: no key-shaped literal for our own tree scan to flag.
const KEY = ['mQ3v8Zt1Lk0pX7cR', '2wN9yB4sH6dF5gJ1aE8uT3oI0c='].join('');
const OTHER_KEY = ['Yp2Wq7Lx9Rk4Tz1V', 'n8Bm3Hc6Jd5Fg0Ks7Ae2Ur9Io4E='].join('');

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('fingerprintKeyFrom', () => {
  test('unset or empty: no key', () => {
    expect(fingerprintKeyFrom({})).toBeUndefined();
    expect(fingerprintKeyFrom({ [FINGERPRINT_KEY_VARIABLE]: '  ' })).toBeUndefined();
  });

  test('a random key of 32 characters or more, trimmed', () => {
    expect(fingerprintKeyFrom({ [FINGERPRINT_KEY_VARIABLE]: `${KEY}\n` })).toBe(KEY);
  });

  test.each([
    ['too short', KEY.slice(0, 20), `${FINGERPRINT_KEY_VARIABLE} is 20 characters long; expected at least 32 random characters`],
    ['not random', 'ab'.repeat(20), `${FINGERPRINT_KEY_VARIABLE} does not look random`]
  ])('%s: a ConfigError that says how to make one, never the value', (_name, value, start) => {
    const message = messageOf(() => fingerprintKeyFrom({ [FINGERPRINT_KEY_VARIABLE]: value }));
    expect(message.startsWith(start)).toBe(true);
    expect(message).toContain('openssl rand -base64 32');
    expect(message).not.toContain(value);
  });
});

describe('fingerprintKeyId', () => {
  test('16 hex characters, one per key, holding nothing of the key', () => {
    const id = fingerprintKeyId(KEY);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintKeyId(KEY)).toBe(id);
    expect(fingerprintKeyId(OTHER_KEY)).not.toBe(id);
    expect(KEY).not.toContain(id);
  });
});

describe('assertBaselineKey', () => {
  const file = '.launch-ready/secrets-baseline.json';

  test('the same key, or none on both sides: nothing to say', () => {
    expect(() => assertBaselineKey({}, undefined, file)).not.toThrow();
    expect(() => assertBaselineKey({ keyId: fingerprintKeyId(KEY) }, KEY, file)).not.toThrow();
  });

  test.each([
    ['a keyed baseline, no key', { keyId: fingerprintKeyId(KEY) }, undefined, `${file}: the secrets baseline was written with a fingerprint key (key id ${fingerprintKeyId(KEY)}) and ${FINGERPRINT_KEY_VARIABLE} is not set`],
    ['a baseline without key, a key', {}, KEY, `${file}: the secrets baseline was written without a fingerprint key and ${FINGERPRINT_KEY_VARIABLE} is set`],
    ['another key', { keyId: fingerprintKeyId(KEY) }, OTHER_KEY, `${file}: ${FINGERPRINT_KEY_VARIABLE} is not the key the secrets baseline was written with (key id ${fingerprintKeyId(KEY)}, this key's ${fingerprintKeyId(OTHER_KEY)})`]
  ])('%s: a ConfigError at the baseline with the fix, never the key', (_name, baseline, key, start) => {
    const message = messageOf(() => assertBaselineKey(baseline, key, file));
    expect(message.startsWith(start)).toBe(true);
    expect(message).toContain('launch-ready secrets baseline');
    expect(message).not.toContain(KEY);
    expect(message).not.toContain(OTHER_KEY);
  });
});

describe('usableBaseline', () => {
  const file = '.launch-ready/secrets-baseline.json';
  const keyed: Baseline = { version: BASELINE_VERSION, salt: 's', keyId: fingerprintKeyId(KEY), entries: [] };

  test('a change scanned without the key of a keyed baseline goes on without it, with a note that never holds a key', () => {
    const { baseline, note } = usableBaseline(keyed, undefined, 'change', file);
    expect(baseline).toBeUndefined();
    expect(note).toMatchObject({
      ruleId: 'baseline-needs-key',
      severity: 'info',
      location: { kind: 'file', path: file, line: 1 },
      message: `${file} was written with a fingerprint key (key id ${fingerprintKeyId(KEY)}) and ${FINGERPRINT_KEY_VARIABLE} is not set here (a pull request from a fork gets no secrets): every secret on the lines this change adds is reported as new, known or not.`
    });
    expect(JSON.stringify(note)).not.toContain(KEY);
  });

  test('the key that wrote it, or a baseline without a key and none: applied', () => {
    expect(usableBaseline(keyed, KEY, 'change', file)).toEqual({ baseline: keyed });
    expect(usableBaseline({ ...keyed, keyId: undefined }, undefined, 'full', file)).toEqual({ baseline: { ...keyed, keyId: undefined } });
  });

  test.each([
    ['a full scan without the key', keyed, undefined, 'full'],
    ['a change with another key', keyed, OTHER_KEY, 'change'],
    ['a change with a key, the baseline without', { ...keyed, keyId: undefined }, KEY, 'change']
  ] as const)('%s: the ConfigError of assertBaselineKey', (_name, baseline, key, extent) => {
    expect(() => usableBaseline(baseline, key, extent, file)).toThrow(ConfigError);
  });
});

describe('the note on slow fingerprints', () => {
  test(`from ${SLOW_FINGERPRINTS_NOTE_FROM} stretched values: an info finding that points at the key`, () => {
    expect(slowFingerprintsNote(SLOW_FINGERPRINTS_NOTE_FROM)).toEqual(
      expect.objectContaining({
        ruleId: 'fingerprints-stretched',
        severity: 'info',
        message: expect.stringMatching(new RegExp(`^${SLOW_FINGERPRINTS_NOTE_FROM} values a person may have chosen .* baseline, about 2 s of CPU`)),
        remediation: expect.stringContaining(FINGERPRINT_KEY_VARIABLE)
      })
    );
    expect(slowFingerprintsNote(SLOW_FINGERPRINTS_NOTE_FROM - 1)).toBeUndefined();
  });

  test('a scan stretches nothing by itself: only what the baseline asks for, and nothing under a key', async () => {
    const text = Array.from({ length: 5 }, (_, index) => `client_secret = "Pw${index}x9Qz4Lm7Vt2Kc8"`).join('\n');
    const deferring = scannerWith({ rules: [genericRule], deferStretching: true });
    const published = await deferring.settleFingerprints(deferring.scan({ path: 'a.py', text, origin: 'present' }));
    expect(deferring.stretchedCount()).toBe(0);
    await deferring.valueFingerprints(published.slice(0, 2));
    expect(deferring.stretchedCount()).toBe(2);
    const keyed = scannerWith({ rules: [genericRule], fingerprintKey: KEY, deferStretching: true });
    await keyed.valueFingerprints(await keyed.settleFingerprints(keyed.scan({ path: 'a.py', text, origin: 'present' })));
    expect(keyed.stretchedCount()).toBe(0);
  });
});
