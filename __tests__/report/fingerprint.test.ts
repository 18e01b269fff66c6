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

  describe('deferred (a large scan): person-chosen values publish located fingerprints', () => {
    const text = (lines: readonly string[]) => lines.join('\n');
    const secretLine = (value: string) => `client_secret = "${value}"`;

    test('valueFingerprints gives what stretching in line gives, each distinct value stretched once', async () => {
      const lines = [secretLine(VALUES.generic), secretLine('Zq8Lm2Vt9Kc4Xw7N'), secretLine(VALUES.generic), `t = ${VALUES.token}`];
      const inline = scanText(text(lines), 'a.ts', scannerWith());
      const deferring = scannerWith({ deferStretching: true });
      const published = await deferring.settleFingerprints(scanText(text(lines), 'a.ts', deferring));
      expect(deferring.stretchedCount()).toBe(0);
      expect(published.map((finding) => deferring.needsStretching(finding))).toEqual([true, true, true, false]);
      const valued = await deferring.valueFingerprints(published);
      expect(valued.map((finding) => finding.fingerprint)).toEqual(inline.map((finding) => finding.fingerprint));
      expect(deferring.stretchedCount()).toBe(2);
      expect(published.map((finding) => deferring.needsStretching(finding))).toEqual([false, false, false, false]);
      // The provider token was final at once: published as it is.
      expect(published[3]?.fingerprint).toBe(inline[3]?.fingerprint);
    });

    test('a located fingerprint holds nothing of the value but its redacted evidence: another value of that shape in its place gets the same one', async () => {
      const publish = async (value: string) => {
        const scanner = scannerWith({ deferStretching: true, rules: [genericRule] });
        return (await scanner.settleFingerprints(scanText(secretLine(value), 'a.ts', scanner)))[0]?.fingerprint;
      };
      const first = await publish('Zq8Lm2Vt9Kc4Xw7N');
      expect(first).toMatch(/^[0-9a-f]{16}$/);
      // The same evidence (`Zq8L… (16 chars)`), another value.
      expect(await publish('Zq8LBn5Rt1Yp6Hs3')).toBe(first);
      // Neither the stretched fingerprint nor the provisional HMAC under the public salt is published.
      expect([scanText(secretLine('Zq8Lm2Vt9Kc4Xw7N'), 'a.ts', scannerWith({ rules: [genericRule] }))[0]?.fingerprint]).not.toContain(first);
      const provisional = scanText(secretLine('Zq8Lm2Vt9Kc4Xw7N'), 'a.ts', scannerWith({ rules: [genericRule], deferStretching: true }))[0]?.fingerprint;
      expect(provisional).not.toBe(first);
    });

    test('stable across runs and line moves; differs by file, rule and rank; one id per position', async () => {
      const publish = async (lines: readonly string[], path = 'src/a.ts') => {
        const scanner = scannerWith({ deferStretching: true, rules: [genericRule] });
        return (await scanner.settleFingerprints(scanText(text(lines), path, scanner))).map((finding) => finding.fingerprint);
      };
      const two = [secretLine('Zq8Lm2Vt9Kc4Xw7N'), secretLine('Zq8Lm2Vt9Kc4Xw7N')];
      const original = await publish(two);
      expect(await publish(two)).toEqual(original);
      expect(await publish(['', '// moved', ...two])).toEqual(original);
      expect(new Set(original).size).toBe(2);
      expect(await publish(two, 'src/b.ts')).not.toContain(original[0]);
      // A file read twice (a diff and an artifact): the same position, the same id, so dedupe drops the repeat.
      const scanner = scannerWith({ deferStretching: true, rules: [genericRule] });
      const twice = [...scanText(two[0] as string, 'a.ts', scanner), ...scanText(two[0] as string, 'a.ts', scanner)];
      const settled = await scanner.settleFingerprints(twice);
      expect(settled[0]?.fingerprint).toBe(settled[1]?.fingerprint);
    });
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

    test('person-chosen values are final at once: nothing is located or stretched', async () => {
      const keyed = createFingerprinter('salt-k', { deferStretching: true, key: KEY });
      const first = keyed.ofSecret(genericRule.id, 'hunter2hunter2', genericRule);
      expect(first).toMatch(/^[0-9a-f]{16}$/);
      expect(keyed.needsStretching(first)).toBe(false);
      expect(await keyed.valueFingerprints([first])).toEqual([first]);
      expect(keyed.stretchedCount()).toBe(0);
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
