import { describeShape, looksSecret, shannonEntropy, valueLooksSecret } from '../../../../src/checks/env/values/describe-shape.js';
import { nameLooksSecret } from '../../../../src/detect/looks-secret.js';

// Built at run time so the repository's own secret scan does not flag the fixtures.
const join = (...parts: string[]): string => parts.join('');
const GITHUB = join('ghp_', 'R8mKq2ZtW4xVb7NcLp9Hs3DfJy6Ga1Ue5Tq0');
const STRIPE_LIVE = join('sk_live_', '51HxQmR2eZvKYlo2C8d7Hn3Pq4Rs5Tu6');
const STRIPE_PUBLISHABLE = join('pk_live_', '51HxQmR2eZvKYlo2C8d7Hn3Pq4Rs5Tu6');
const RANDOM_62 = 'q7Xv2LmN9pR4sT8wK3zB6yH1cF5dJ0gA';
const jwt = (claims: object): string =>
  [{ alg: 'HS256', typ: 'JWT' }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

test.each([
  ['', 'empty'],
  ['a', '1 char: lowercase letters'],
  [RANDOM_62, '32 chars: letters and digits'],
  ['ALLCAPS_123', '11 chars: uppercase letters, digits and symbols'],
  ['8080', '4 chars: digits'],
  ['   ', '3 chars: whitespace only'],
  ['  padded ', '9 chars: lowercase letters; with surrounding whitespace'],
  ['Grüße 😀', '7 chars: letters, whitespace and non-ASCII characters'],
  ['line one\nline two', '17 chars: lowercase letters and whitespace; 2 lines'],
  ['bell\u0007', '5 chars: lowercase letters and control characters'],
  [GITHUB, '40 chars: letters, digits and symbols; looks like ghp_… (GitHub personal access token)'],
  [STRIPE_LIVE, '40 chars: letters, digits and symbols; looks like sk_live_… (Stripe live secret key)'],
  [join('github_pat_', '11ABCDEFG0123456789_abcdefghijklmnop'), '47 chars: letters, digits and symbols; looks like github_p… (GitHub fine-grained personal access token)'],
  ['sk-abc', '6 chars: lowercase letters and symbols'],
  ['550e8400-e29b-41d4-a716-446655440000', '36 chars: a UUID'],
  ['9f86d081884c7d659a2feaa0c55ad015', '32 chars: hexadecimal'],
  ['postgres://app:hunter2@db.internal.example.com:5432/app', '55 chars: postgres://… URL with a password, host a domain name'],
  ['redis://localhost:6379', '22 chars: redis://… URL, host localhost'],
  ['https://10.0.0.1/x', '18 chars: https://… URL, host an IP address'],
  ['amqp://rabbitmq-1', '17 chars: amqp://… URL, host a single-label name'],
  ['amqp://rabbit', '13 chars: URL, host a single-label name'],
  ['ws://a', '6 chars: URL, host a single-label name'],
  [`-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(64)}\n-----END RSA PRIVATE KEY-----`, '126 chars: uppercase letters, symbols and whitespace; looks like -----BEG… (PEM private key); 3 lines']
])('describeShape(%j)', (value, shape) => {
  expect(describeShape(value)).toBe(shape);
});

test('a shape never shows more than 8 characters of a value, or of a URL after its scheme', () => {
  const values = [GITHUB, STRIPE_LIVE, STRIPE_PUBLISHABLE, RANDOM_62, 'postgres://app:hunter2@db.example.com/app', jwt({ role: 'anon' }), 'correct horse battery staple'];
  for (const value of values) {
    const shape = describeShape(value);
    const hidden = value.replace(/^[a-z]+:\/\//, '');
    for (let start = 0; start + 9 <= hidden.length; start += 1) {
      expect({ value, leaked: shape.includes(hidden.slice(start, start + 9)) }).toEqual({ value, leaked: false });
    }
  }
});

test.each([
  ['STRIPE_SECRET_KEY', true],
  ['NEXT_PUBLIC_STRIPE_SECRET', true],
  ['DB_PASSWORD', true],
  ['DB_PASS', true],
  ['MYSQL_PWD', true],
  ['SMTP_PASSWD', true],
  ['GITHUB_TOKEN', true],
  ['JWT_PRIVATE_KEY', true],
  ['OPENAI_API_KEY', true],
  ['SENDGRID_APIKEY', true],
  ['AWS_SECRET_ACCESS_KEY', true],
  ['GOOGLE_APPLICATION_CREDENTIALS', true],
  ['BASIC_AUTH', true],
  ['OAUTH_CLIENT_SECRET', true],
  ['ENCRYPTION_KEY', true],
  ['KEY', true],
  ['nextAuthSecret', true],
  ['TOKEN_URL', false],
  ['AUTH_URL', false],
  ['NEXTAUTH_URL', false],
  ['OAUTH_TOKEN_ENDPOINT', false],
  ['AUTH0_DOMAIN', false],
  ['AUTH0_CLIENT_ID', false],
  ['AWS_ACCESS_KEY_ID', false],
  ['SECRET_NAME', false],
  ['PRIVATE_KEY_PATH', false],
  ['JWT_PUBLIC_KEY', false],
  ['STRIPE_PUBLISHABLE_KEY', false],
  ['RECAPTCHA_SITE_KEY', false],
  ['NEXT_PUBLIC_SUPABASE_ANON_KEY', false],
  ['AUTHOR_EMAIL', false],
  ['PASSENGER_COUNT', false],
  ['MONKEY', false],
  ['DATABASE_URL', false],
  ['PORT', false]
])('looksSecret(%s) by name = %s', (name, expected) => {
  expect(looksSecret(name)).toBe(expected);
});

// The one name test of the env check, `env init` and the committed-env-file severity: the words
// each of them matched before they shared it, and the names none of them should match.
test.each([
  ['SESSION_SALT', true, 'a salt'],
  ['COOKIE_SIGNING_SECRET', true, 'a signing secret'],
  ['WEBHOOK_SIGNING', true, 'a signing key by another name'],
  ['DATABASE_DSN', true, 'a connection string, which holds the password'],
  ['AZURE_CREDENTIAL', true, 'a credential'],
  ['DEPLOY_KEY', true, 'KEY as the last word'],
  ['AUTH', true, 'AUTH as a word'],
  ['NEXT_AUTH_SECRET', true, 'AUTH as a word, and a secret'],
  ['DBPWD', true, 'PWD inside a word'],
  ['SENTRY_AUTH_TOKEN', true, "Sentry's token, unlike its DSN"],
  ['api-key', true, '`-` read as `_`'],
  ['app.key', true, '`.` read as `_`'],
  ['PUBLIC_KEY_URL', false, 'KEY not as the last word; and where a public key is'],
  ['MONKEY', false, 'KEY inside a word'],
  ['KEYBOARD_LAYOUT', false, 'KEY is not the last word'],
  ['AUTHOR_NAME', false, 'AUTH before OR'],
  ['NODE_TLS_REJECT_UNAUTHORIZED', false, 'AUTH before OR'],
  ['NEXT_PUBLIC_SITE_URL', false, 'no credential word'],
  ['PASSENGER_COUNT', false, 'PASS not as a whole word'],
  ['SENTRY_DSN', false, "Sentry's DSN is public by design"],
  ['NEXT_PUBLIC_SENTRY_DSN', false, "Sentry's DSN is public by design"],
  ['STRIPE_PUBLISHABLE_KEY', false, 'a publishable key'],
  ['STRIPE_PUBLISHABLE_API_KEY', false, 'publishable, wherever the word is'],
  ['AWS_ACCESS_KEY_ID', false, 'which key, not the key'],
  ['POSTGRES_PASSWORD_FILE', false, 'where the password lives, not the password']
])('nameLooksSecret(%s) = %s: %s', (name, expected) => {
  expect(nameLooksSecret(name)).toBe(expected);
});

test.each([
  ['a provider secret prefix', STRIPE_LIVE, true],
  ['a GitHub token', GITHUB, true],
  ['a publishable key, despite its entropy', STRIPE_PUBLISHABLE, false],
  ['a Google API key', join('AIza', 'SyD4x9Qm2R7tK1vL8wN3pZ6bC0hJ5fG'), false],
  ['high-entropy random text', RANDOM_62, true],
  ['random text shorter than 20', RANDOM_62.slice(0, 19), false],
  ['low-entropy text', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', false],
  ['a UUID', '550e8400-e29b-41d4-a716-446655440000', false],
  ['prose', 'The quick brown fox jumps over the lazy dog', false],
  ['a plain URL', 'https://api.example.com/v1/products?page=2', false],
  ['a URL with a password', 'postgres://app:pw@db/app', true],
  ['a URL with a token in the path', join('https://hooks.slack.com/services/', 'T0A1B2C3D/B4E5F6G7H/', RANDOM_62.slice(0, 24)), true],
  ['a URL with a token in the query', `https://api.example.com/x?key=${RANDOM_62}`, true],
  ['a Supabase anon JWT', jwt({ iss: 'supabase', role: 'anon', iat: 1700000000 }), false],
  ['a Supabase service-role JWT', jwt({ iss: 'supabase', role: 'service_role', iat: 1700000000 }), true],
  ['a PEM private key', `-----BEGIN PRIVATE KEY-----\n${RANDOM_62}\n-----END PRIVATE KEY-----`, true],
  ['a PEM certificate', `-----BEGIN CERTIFICATE-----\n${RANDOM_62}\n-----END CERTIFICATE-----`, false]
])('valueLooksSecret: %s', (_label, value, expected) => {
  expect(valueLooksSecret(value)).toBe(expected);
  expect(looksSecret('SOME_SETTING', value)).toBe(expected);
});

test('a secret name wins whatever the value', () => {
  expect(looksSecret('API_TOKEN', 'changeme')).toBe(true);
});

test('shannonEntropy is the secrets engine measure, in bits per character', () => {
  expect(shannonEntropy('')).toBe(0);
  expect(shannonEntropy('aaaa')).toBe(0);
  expect(shannonEntropy('abcd')).toBe(2);
  expect(shannonEntropy(RANDOM_62)).toBeGreaterThanOrEqual(4);
});
