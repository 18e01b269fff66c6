import { redact } from '../../../src/checks/secrets/redact.js';
import { fingerprintSecret } from '../../../src/checks/secrets/fingerprint.js';
import { FAKE } from './fake-secrets.js';

describe('redact', () => {
  test.each([
    [FAKE.githubClassic, 'ghp_… (40 chars)'],
    [FAKE.awsKeyId, 'AKIA… (20 chars)'],
    ['abcdefghijkl', 'abcd… (12 chars)'],
    ['abcdefghijk', 'ab… (11 chars)'],
    ['abcdefgh', 'ab… (8 chars)'],
    ['abcdefg', '… (7 chars)'],
    ['', '… (0 chars)'],
    ['😀😀😀😀😀😀😀😀😀😀😀😀', '😀😀😀😀… (12 chars)']
  ])('%j → %j', (value, expected) => {
    expect(redact(value)).toBe(expected);
  });
});

describe('fingerprintSecret', () => {
  test('is sha256(rule \\0 path \\0 sha256(value)), 16 hex characters', async () => {
    const { createHash } = await import('node:crypto');
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const expected = sha(`npm-token\0a/b.txt\0${sha(FAKE.npmToken)}`).slice(0, 16);
    expect(fingerprintSecret('npm-token', 'a/b.txt', FAKE.npmToken)).toBe(expected);
  });

  test('does not contain the value or its plain hash', () => {
    const fingerprint = fingerprintSecret('npm-token', 'a', FAKE.npmToken);
    expect(FAKE.npmToken).not.toContain(fingerprint);
    expect(fingerprint).toHaveLength(16);
  });
});
