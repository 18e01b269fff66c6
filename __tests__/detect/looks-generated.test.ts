/** What reads as a name and what looks generated (issue #16's real-code false positives and planted tokens). */
import { isMadeOfName, looksClearlyGenerated, readsAsWords } from '../../src/detect/looks-generated.js';
import { createFaker } from './rules/fake-values.js';

const f = createFaker(4242);

describe('readsAsWords', () => {
  test.each([
    's3_disable_express_session_auth',
    '__WEBPACK_MODULE_REFERENCE__',
    'rfc8693#section-2.1',
    '!!o.objectMode',
    'oauth2ClientSecretName',
    'URLPatternComponentResult',
    'update-clown-squid-bedpost'
  ])('%s reads as words', (value) => {
    expect(readsAsWords(value)).toBe(true);
  });

  test.each([
    ['base62', f.base62(32)],
    ['base64url', f.base64url(40)],
    ['hex', f.hex(40)],
    ['base36 with words between digits', 'k3jdue8wnaie0qpal2mzxe'],
    ['a password with symbols', 'Wq7!nt3r-Gx4rd#n+40'],
    ['digits and one letter', 'n-130']
  ])('a %s value does not', (_kind, value) => {
    expect(readsAsWords(value)).toBe(false);
  });

  test('random tokens almost never read as words (under 1 in 1,000)', () => {
    const values = Array.from({ length: 3000 }, (_, index) => (index % 2 ? f.base62(32) : f.base64url(32)));
    expect(values.filter(readsAsWords).length).toBeLessThan(3);
  });
});

describe('isMadeOfName', () => {
  test.each([
    ['s3_session_auth', 'X_SESSION_AUTH_S3_NAME', true],
    ['sessionToken', 'SESSION_TOKEN', true],
    [f.base62(24), 'SESSION_TOKEN', false],
    ['disable_express', 'SESSION_TOKEN', false]
  ] as const)('%s in %s → %s', (value, name, expected) => {
    expect(isMadeOfName(value, name)).toBe(expected);
  });
});

describe('looksClearlyGenerated', () => {
  test.each([
    ['a Coveralls repo token (base62, 33)', f.base62(33), true],
    ['a 40-hex key', f.hex(40), true],
    ['a short hex id', f.hex(16), false],
    ['letters only', 'correcthorsebatterystaple', false],
    ['a word and a year', 'Summer2024Holidays', false]
  ] as const)('%s → %s', (_kind, value, expected) => {
    expect(looksClearlyGenerated(value)).toBe(expected);
  });
});
