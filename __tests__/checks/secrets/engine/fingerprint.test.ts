import { createHash } from 'node:crypto';
import type { SecretRule } from '../../../../src/checks/secrets/engine/contracts.js';
import {
  createFingerprinter,
  DEFAULT_FINGERPRINT_SALT,
  normaliseSecret,
  takesFastPath
} from '../../../../src/checks/secrets/engine/fingerprint.js';
import { genericRule, pemBlock, scannerWith, scanText, tokenRule, VALUES } from './engine-fixtures.js';

describe('fingerprints', () => {
  test('16 hex characters, never the value or a plain hash of it', () => {
    const [finding] = scanText(`t = ${VALUES.token}`);
    expect(finding?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const plain = createHash('sha256').update(VALUES.token).digest('hex');
    expect(plain.startsWith(finding?.fingerprint ?? '')).toBe(false);
  });

  test('stable across runs (a new scanner, the same salt)', () => {
    const first = scanText(`t = ${VALUES.token}`, 'a.ts', scannerWith())[0]?.fingerprint;
    const second = scanText(`t = ${VALUES.token}`, 'a.ts', scannerWith())[0]?.fingerprint;
    expect(second).toBe(first);
  });

  test('survives line moves and renames; differs by value', () => {
    const original = scanText(`t = ${VALUES.token}`, 'src/a.ts')[0]?.fingerprint;
    const moved = scanText(`\n\n  // moved\n    t = ${VALUES.token}`, 'src/a.ts')[0]?.fingerprint;
    const renamed = scanText(`t = ${VALUES.token}`, 'lib/renamed.ts')[0]?.fingerprint;
    const other = scanText(`t = ${VALUES.token2}`, 'src/a.ts')[0]?.fingerprint;
    expect([moved, renamed]).toEqual([original, original]);
    expect(other).not.toBe(original);
  });

  test('keyed: another salt gives other fingerprints', () => {
    const salted = scanText(`t = ${VALUES.token}`, 'a.ts', scannerWith({ fingerprintSalt: 'baseline-salt-1' }))[0]?.fingerprint;
    expect(salted).not.toBe(scanText(`t = ${VALUES.token}`, 'a.ts')[0]?.fingerprint);
  });

  test('the rule is part of it', () => {
    const fingerprinter = createFingerprinter(DEFAULT_FINGERPRINT_SALT);
    expect(fingerprinter.ofSecret('a', VALUES.token, tokenRule)).not.toBe(fingerprinter.ofSecret('b', VALUES.token, tokenRule));
  });

  test('person-chosen values take the slow path: same value, same fingerprint, memoised', () => {
    const fingerprinter = createFingerprinter('salt-x');
    const started = performance.now();
    const first = fingerprinter.ofSecret(genericRule.id, 'hunter2hunter2', genericRule);
    const slow = performance.now() - started;
    const again = performance.now();
    expect(fingerprinter.ofSecret(genericRule.id, 'hunter2hunter2', genericRule)).toBe(first);
    expect(performance.now() - again).toBeLessThan(slow);
    expect(createFingerprinter('salt-x').ofSecret(genericRule.id, 'hunter2hunter2', genericRule)).toBe(first);
  });

  test.each([
    ['a provider token of 36 random characters', tokenRule, VALUES.token, true],
    ['a short provider value (under 128 bits)', tokenRule, 'tok_Q7w8E9r0', false],
    ['a generic rule, however random', { ...tokenRule, category: 'generic' }, VALUES.token, false],
    ['a database URL', { ...tokenRule, category: 'database' }, VALUES.token, false],
    ['a custom rule (no category)', { ...tokenRule, category: undefined }, VALUES.token, false]
  ])('fast path only for provider-issued random values: %s', (_name, rule, value, expected) => {
    expect(takesFastPath(rule as SecretRule, value)).toBe(expected);
  });

  test('a PEM key has one fingerprint whether in a .pem file or a JSON string with \\n', () => {
    const pem = pemBlock();
    const inPem = scanText(pem, 'keys/a.pem');
    const inJson = scanText(`{"private_key": ${JSON.stringify(pem)}}`, 'sa.json');
    expect(normaliseSecret(JSON.stringify(pem).slice(1, -1))).toBe(normaliseSecret(pem));
    expect(inJson.map((f) => f.fingerprint)).toEqual(inPem.map((f) => f.fingerprint));
    expect(inPem).toHaveLength(1);
  });
});
