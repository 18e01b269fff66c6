import type { SecretRule } from '../../src/detect/contracts.js';
import { applyFilters } from '../../src/detect/filters/apply-filters.js';
import type { FilterInput } from '../../src/detect/filters/filter-types.js';
import { isLabelledHash } from '../../src/detect/filters/hash.js';
import { isIntegrityString } from '../../src/detect/filters/lockfile-integrity.js';
import { hasAscendingRun, isPlaceholder } from '../../src/detect/filters/placeholder.js';
import { isPublicKeyMaterial } from '../../src/detect/filters/public-key.js';
import { isMarkedFakeFixture } from '../../src/detect/filters/test-fixture.js';
import { isUuid } from '../../src/detect/filters/uuid.js';
import { FAKE } from '../checks/secrets/fake-secrets.js';
import { genericRule, join, tokenRule, uuidKeyRule, VALUES } from './engine-fixtures.js';

/** A filter input for `value` on `line` (default: the value alone) in `path`. */
function input(value: string, extra: Partial<FilterInput> = {}): FilterInput {
  const line = extra.line ?? value;
  const text = extra.text ?? line;
  return { rule: tokenRule, value, line, path: 'src/app.ts', text, start: text.indexOf(value), ...extra };
}

describe('placeholder', () => {
  test.each([
    ['the AWS docs key id', join('AKIA', 'IOSFODNN7', 'EXAMPLE')],
    ['the AWS docs secret', join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY')],
    ['the Stripe docs key', join('sk_', 'test_', '4eC39HqLyjWDarjtT1zdp7dc')],
    ['the GitHub docs token', join('ghp_', '16C7e42F292c6912E7710c838347Ae178B4a')],
    ["the 1Password white paper's Secret Key", join('A3-', 'ASWWYB-', '798JRY-LJVD4', '-23DC2-86TVM-H43EB')],
    ['"example" in any case', 'my-Example-token-value'],
    ['a mask of x', join('sk_live_', 'x'.repeat(24))],
    ['four x in a row', join('tok_', 'Q7w8xxxxT1y2U3i4')],
    ['stars', 'ab12****cd34'],
    ['an ellipsis', 'sk_live_abc...'],
    ['an angle-bracket slot', '<token>'],
    ['a slot inside a URL', 'postgres://<user>:<password>@db'],
    ['your-api-key', 'your-api-key'],
    ['YOUR_TOKEN_HERE', 'YOUR_TOKEN_HERE'],
    ['insert-…', 'insert-key-from-dashboard'],
    ['${VAR}', '${STRIPE_SECRET_KEY}'],
    ['$VAR', '$DATABASE_PASSWORD'],
    ['{{ var }}', '{{ secrets.token }}'],
    ['a GitHub Actions expression', '${{ secrets.NPM_TOKEN }}'],
    ['process.env.X', 'process.env.API_KEY'],
    ['import.meta.env', 'import.meta.env.VITE_KEY'],
    ['os.environ', "os.environ['KEY']"],
    ['changeme', 'changeme'],
    ['change_me in a value', 'db-pass-CHANGE_ME'],
    ['repeated characters', join('ghp_', '0'.repeat(36))],
    ['a 1234… sequence', 'key-1234567-abc'],
    ['an abcd… sequence', 'tok_abcdefgh9Z'],
    ['quotes around a placeholder', '"changeme"']
  ])('drops %s', (_name, value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  test.each([...Object.entries(FAKE), ...Object.entries(VALUES).filter(([, value]) => typeof value === 'string')])(
    'keeps the test value %s',
    (_name, value) => {
      expect(isPlaceholder(value as string)).toBe(false);
    }
  );

  test('ascending runs count letters and digits only, at the given length', () => {
    expect(hasAscendingRun('xx12345yy', 6)).toBe(false);
    expect(hasAscendingRun('xx123456yy', 6)).toBe(true);
    expect(hasAscendingRun('89:;<=', 6)).toBe(false);
  });
});

describe('hash', () => {
  const hex = (length: number) => '9f86d081884c7d65'.repeat(8).slice(0, length);
  test.each([
    [hex(32), 'md5: HEX', true],
    [hex(40), '"commit": "HEX"', true],
    [hex(64), 'sha256sum HEX', true],
    [hex(128), 'integrity = HEX', true],
    [`sha256:${hex(64)}`, 'image: app@HEX', true],
    [hex(64), 'api_key = HEX', false],
    [hex(40), 'SHARED_SECRET=HEX', false],
    [hex(40), 'sha: HEX', true],
    [hex(48), 'checksum HEX', false],
    [`${hex(63)}g`, 'hash HEX', false]
  ])('%s on %j → %s', (value, line, expected) => {
    expect(isLabelledHash(value, line.replace('HEX', value))).toBe(expected);
  });
});

describe('lockfile integrity', () => {
  const sri = join('sha512-', 'Q7w8E9r0T1y2U3i4O5p6A7s8D9f0G1h2'.repeat(2), '==');
  test.each([
    ['an SRI value anywhere', sri, `<script integrity="${sri}">`, 'index.html', true],
    ['the base64 a rule cut out of an SRI string', sri.slice(7), `"integrity": "${sri}"`, 'src/a.json', true],
    ['a hash line of a lockfile', 'Q7w8E9r0T1y2U3i4O5p6', `  checksum = "Q7w8E9r0T1y2U3i4O5p6"`, 'Cargo.lock', true],
    ['a pnpm resolution line', 'Q7w8E9r0T1y2U3i4O5p6', 'resolution: {integrity: x Q7w8E9r0T1y2U3i4O5p6}', 'sub/pnpm-lock.yaml', true],
    ['a token in a lockfile URL is kept', VALUES.token, `"resolved": "https://u:${VALUES.token}@registry.example.org/a.tgz"`, 'package-lock.json', false],
    ['a base64 value outside lockfiles is kept', 'Q7w8E9r0T1y2U3i4O5p6', 'key: Q7w8E9r0T1y2U3i4O5p6', 'config.yml', false]
  ])('%s', (_name, value, line, path, expected) => {
    expect(isIntegrityString({ value, line, path, text: line, start: line.indexOf(value) })).toBe(expected);
  });
});

describe('uuid', () => {
  test.each([
    ['123e4567-e89b-12d3-a456-426614174000', true],
    ['{123E4567-E89B-12D3-A456-426614174000}', true],
    ['123e4567-e89b-12d3-a456-42661417400', false],
    [VALUES.token, false]
  ])('%s → %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });

  test('a rule whose format is a UUID opts out', () => {
    const uuid = '123e4567-e89b-12d3-a456-426614174000';
    expect(applyFilters(input(uuid))).toBe('drop');
    expect(applyFilters(input(uuid, { rule: uuidKeyRule }))).toBe('keep');
  });
});

describe('public keys and certificates', () => {
  const body = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA7Q8w';
  test.each([
    ['a value inside a certificate block', ['-----BEGIN CERTIFICATE-----', body, '-----END CERTIFICATE-----'].join('\n'), body, true],
    ['a value inside a public key block', ['-----BEGIN PUBLIC KEY-----', body, '-----END PUBLIC KEY-----'].join('\n'), body, true],
    ['a value after a public block ended', ['-----BEGIN PUBLIC KEY-----', 'x', '-----END PUBLIC KEY-----', body].join('\n'), body, false],
    ['a value inside a private key block', ['-----BEGIN PRIVATE KEY-----', body, '-----END PRIVATE KEY-----'].join('\n'), body, false],
    ['an OpenSSH public key line', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5${body} me@host`, body, true],
    ['a whole certificate matched by a rule', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', true]
  ])('%s → %s', (_name, text, value, expected) => {
    const start = text.indexOf(value);
    expect(isPublicKeyMaterial(input(value, { text, start, line: text }))).toBe(expected);
  });

  test('a value assigned to a public name is dropped for generic rules only', () => {
    const line = `VAPID_PUBLIC_KEY = "${VALUES.generic}"`;
    expect(isPublicKeyMaterial(input(VALUES.generic, { rule: genericRule, line, text: line }))).toBe(true);
    expect(isPublicKeyMaterial(input(VALUES.generic, { rule: tokenRule, line, text: line }))).toBe(false);
  });
});

describe('test fixtures marked fake', () => {
  test.each([
    ['__tests__/a.ts', 'tok_fake_abc', true],
    ['src/test/java/A.java', 'dummy-key-1', true],
    ['fixtures/keys.json', 'mock_token_z', true],
    ['src/a.spec.ts', 'TEST-token', true],
    ['src/a.test.js', 'the-real-one', false],
    ['src/app.ts', 'tok_fake_abc', false],
    ['src/latest/a.ts', 'fake', false]
  ])('%s with %s → %s', (path, value, expected) => {
    expect(isMarkedFakeFixture(path, value)).toBe(expected);
  });
});

describe('applyFilters', () => {
  test('a fixture marked fake is dropped, unless its checksum proves it real', () => {
    expect(applyFilters(input('tok_fake_Q7w8E9r0', { path: '__tests__/a.test.ts' }))).toBe('drop');
    const verified: SecretRule = { ...tokenRule, verify: () => true };
    expect(applyFilters(input('tok_fake_Q7w8E9r0', { path: '__tests__/a.test.ts', rule: verified }))).toBe('lower');
  });

  test('a placeholder in a fixture is still dropped', () => {
    expect(applyFilters(input('tok_fake_xxxxxxxx', { path: '__tests__/a.test.ts' }))).toBe('drop');
  });

  test('the rule\'s own false-positive test runs after the shared ones', () => {
    const rule: SecretRule = { ...tokenRule, isFalsePositive: (secret, line) => line.includes('docs') && secret.length > 0 };
    expect(applyFilters(input(VALUES.token, { rule, line: `docs: ${VALUES.token}` }))).toBe('drop');
    expect(applyFilters(input(VALUES.token, { rule }))).toBe('keep');
  });

  test('a rule can skip a shared filter by name', () => {
    const rule: SecretRule = { ...tokenRule, skipFilters: ['placeholder'] };
    expect(applyFilters(input('changeme', { rule }))).toBe('keep');
  });
});
