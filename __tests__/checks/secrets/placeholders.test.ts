import { isPlaceholder } from '../../../src/checks/secrets/placeholders.js';
import { FAKE } from './fake-secrets.js';

describe('isPlaceholder', () => {
  test.each([
    ['AKIA' + 'IOSFODNN7EXAMPLE', true],
    ['an example value', true],
    ['sk_live_' + 'x'.repeat(24), true],
    ['ghp_' + '0'.repeat(36), true],
    ['AKIA' + 'XXXXXXXX' + 'QWER2345', true],
    [FAKE.githubClassic, false],
    [FAKE.awsSecret, false],
    [FAKE.stripeLive, false],
    ['sk_live_' + 'x'.repeat(7) + 'Q' + 'x'.repeat(7), false]
  ])('%s → %s', (value, expected) => {
    expect(isPlaceholder(value)).toBe(expected);
  });
});
