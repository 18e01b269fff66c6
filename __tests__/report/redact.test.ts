import { redact } from '../../src/report/redact.js';
import { FAKE } from '../checks/secrets/fake-secrets.js';

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
