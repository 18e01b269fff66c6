import { createHash } from 'node:crypto';
import type { SecretRule } from '../../src/detect/contracts.js';
import {
  createFingerprinter,
  DEFAULT_FINGERPRINT_SALT,
  normaliseSecret,
  takesFastPath
} from '../../src/report/fingerprint.js';
import { genericRule, pemBlock, scannerWith, scanText, tokenRule, VALUES } from '../detect/engine-fixtures.js';

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

  test('person-chosen values take the slow path: same value, same fingerprint, in one run and the next', () => {
    const fingerprinter = createFingerprinter('salt-x');
    const first = fingerprinter.ofSecret(genericRule.id, 'hunter2hunter2', genericRule);
    expect(fingerprinter.ofSecret(genericRule.id, 'hunter2hunter2', genericRule)).toBe(first);
    expect(createFingerprinter('salt-x').ofSecret(genericRule.id, 'hunter2hunter2', genericRule)).toBe(first);
  });

  test.each([
    ['a provider token of 36 random characters', tokenRule, VALUES.token, true],
    ['a short provider value (under 64 bits)', tokenRule, 'tok_Q7w8E9r0', false],
    ['an AWS access key id (80 random bits, ~78 by its entropy)', { ...tokenRule, category: 'cloud' }, 'AKIAZ7QW3ERT5YUI6OPL', true],
    ['a provider value of one repeated character', tokenRule, `tok_${'a'.repeat(40)}`, false],
    ['a generic rule, however random', { ...tokenRule, category: 'generic' }, VALUES.token, false],
    ['a database URL', { ...tokenRule, category: 'database' }, VALUES.token, false],
    ['a custom rule (no category)', { ...tokenRule, category: undefined }, VALUES.token, false],
    ['a signed JWT, whatever the rule', { ...tokenRule, category: 'generic' }, `eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.${'Qm9vN2xLx3aZ_8rTfW-1yHc0dPe5uJg6sKv9iB4nOt'}`, true],
    ['an unsigned JWT (alg none, empty signature)', { ...tokenRule, category: 'generic' }, 'eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYWRtaW4ifQ.', false],
    ['a JWT with a guessable signature', { ...tokenRule, category: 'generic' }, 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYWRtaW4ifQ.abcabcabcabc', false]
  ])('fast path only for provider-issued random values: %s', (_name, rule, value, expected) => {
    expect(takesFastPath(rule as SecretRule, value)).toBe(expected);
  });

  test('deferred stretching settles to the fingerprints stretching in line gives', async () => {
    const inline = createFingerprinter('salt-d');
    const deferred = createFingerprinter('salt-d', { deferStretching: true });
    const values = ['hunter2hunter2', 'correct horse battery', 'hunter2hunter2', 'pa55word!'];
    const expected = values.map((value) => inline.ofSecret(genericRule.id, value, genericRule));
    const provisional = values.map((value) => deferred.ofSecret(genericRule.id, value, genericRule));
    const settled = await deferred.settle();
    expect(provisional.map((id) => settled.get(id))).toEqual(expected);
    expect(settled.size).toBe(3);
    // Settled values are memoised: final at once from then on. A fast-path value is final at once too.
    expect(deferred.ofSecret(genericRule.id, values[0] as string, genericRule)).toBe(expected[0]);
    expect(deferred.ofSecret(tokenRule.id, VALUES.token, tokenRule)).toBe(inline.ofSecret(tokenRule.id, VALUES.token, tokenRule));
    expect((await deferred.settle()).size).toBe(0);
  });

  test('a deferring scanner settles its findings to the fingerprints of one that does not', async () => {
    const text = `client_secret = "${VALUES.generic}"\nt = ${VALUES.token}\n`;
    const inline = scanText(text, 'a.ts', scannerWith());
    const deferring = scannerWith({ deferStretching: true });
    const settled = await deferring.settleFingerprints(scanText(text, 'a.ts', deferring));
    expect(inline.length).toBeGreaterThan(1);
    expect(settled.map((finding) => finding.fingerprint)).toEqual(inline.map((finding) => finding.fingerprint));
  });

  test('a PEM key has one fingerprint whether in a .pem file or a JSON string with \\n', () => {
    const pem = pemBlock();
    const inPem = scanText(pem, 'keys/a.pem');
    const inJson = scanText(`{"private_key": ${JSON.stringify(pem)}}`, 'sa.json');
    expect(normaliseSecret(JSON.stringify(pem).slice(1, -1))).toBe(normaliseSecret(pem));
    expect(inJson.map((f) => f.fingerprint)).toEqual(inPem.map((f) => f.fingerprint));
    expect(inPem).toHaveLength(1);
  });

  describe('under a fingerprint key', () => {
    const KEY = ['mQ3v8Zt1Lk0pX7cR', '2wN9yB4sH6dF5gJ1aE8uT3oI0c='].join('');

    test('person-chosen values are final at once: nothing is deferred to stretch', async () => {
      const keyed = createFingerprinter('salt-k', { deferStretching: true, key: KEY });
      const first = keyed.ofSecret(genericRule.id, 'hunter2hunter2', genericRule);
      expect(first).toMatch(/^[0-9a-f]{16}$/);
      expect((await keyed.settle()).size).toBe(0);
      expect(createFingerprinter('salt-k', { key: KEY }).ofSecret(genericRule.id, 'hunter2hunter2', genericRule)).toBe(first);
    });

    test('another key, another salt, or no key: other fingerprints', () => {
      const of = (salt: string, key?: string) => createFingerprinter(salt, { key }).ofSecret(genericRule.id, 'hunter2hunter2', genericRule);
      const keyed = of('salt-k', KEY);
      expect([of('salt-k', `${KEY}x`), of('salt-j', KEY), of('salt-k')]).not.toContain(keyed);
      expect(new Set([of('salt-k', `${KEY}x`), of('salt-j', KEY), of('salt-k')]).size).toBe(3);
    });

    test('provider tokens too: the key changes every fingerprint', () => {
      const unkeyed = createFingerprinter('salt-k').ofSecret(tokenRule.id, VALUES.token, tokenRule);
      expect(createFingerprinter('salt-k', { key: KEY }).ofSecret(tokenRule.id, VALUES.token, tokenRule)).not.toBe(unkeyed);
    });
  });
});
