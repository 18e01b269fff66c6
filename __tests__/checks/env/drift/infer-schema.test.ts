/** `env init`'s guesses: types, flags, which values may be copied as examples, and the merge with code. */
import type { EnvReference } from '../../../../src/checks/env/drift/find-references.js';
import { guessType, inferSchema, safeExample } from '../../../../src/checks/env/drift/infer-schema.js';
import type { ExampleVariable } from '../../../../src/checks/env/drift/parse-env-example.js';
import { envDefaults } from '../../../../src/config/to-config.js';

const { clientPrefixes } = envDefaults();
const variable = (name: string, value = '', comment?: string): ExampleVariable => ({ name, file: '.env.example', line: 1, value, ...(comment ? { comment } : {}) });
const ref = (name: string, file: string, line: number): EnvReference => ({ name, file, line, column: 1, form: 'process.env.X' });

test.each([
  ['PORT', '3000', { type: 'port' }],
  ['ADMIN_PORT', '', { type: 'port' }],
  ['API_URL', 'https://api.example.com', { type: 'https-url' }],
  ['CALLBACK_URL', 'http://localhost:3000/cb', { type: 'url' }],
  ['DATABASE_URL', 'postgres://localhost/app', { type: 'url', protocols: ['postgres'] }],
  ['REDIS_URL', 'REDIS://cache:6379', { type: 'url', protocols: ['redis'] }],
  ['WEBHOOK_URL', '', { type: 'url' }],
  ['RETRIES', '3', { type: 'integer' }],
  ['OFFSET', '-1', { type: 'integer' }],
  ['RATIO', '0.25', { type: 'number' }],
  ['FEATURE_X', 'false', { type: 'boolean' }],
  ['FEATURE_Y', 'TRUE', { type: 'boolean' }],
  ['LOG_LEVEL', 'info', { type: 'string' }],
  ['PORT', 'auto', { type: 'string' }]
])('guessType(%s, %j)', (name, value, expected) => {
  expect(guessType(name, value)).toEqual(expected);
});

test.each([
  ['an obvious placeholder', 'your-api-key', true, 'your-api-key'],
  ['a masked test key', 'sk_test_xxxxxxxxxxxxxxxx', true, 'sk_test_xxxxxxxxxxxxxxxx'],
  ['a local URL with a dummy password', 'postgres://postgres:postgres@localhost:5432/app', true, 'postgres://postgres:postgres@localhost:5432/app'],
  ['an example host', 'https://api.example.com/v1', false, 'https://api.example.com/v1'],
  ['a number for a variable that is not secret', '3000', false, '3000'],
  ['a boolean for a variable that is not secret', 'false', false, 'false'],
  ['a number for a secret (a PIN)', '4921', true, undefined],
  ['a local URL with a real-looking password', 'postgres://app:Zq9vR2mXw7@localhost/app', true, undefined],
  ['a production host', 'postgres://app@db.internal.acme.io/app', true, undefined],
  ['a plain word', 'info', false, undefined],
  ['an address', 'team@acme-shop.io', false, undefined],
  ['a random-looking string', 'q8Fz2LmR7tXw4Yp', true, undefined],
  ['an expansion', '${OTHER}', false, undefined],
  ['empty', '', false, undefined]
])('safeExample: %s', (_, value, secret, expected) => {
  expect(safeExample(value, secret)).toBe(expected);
});

test('flags: a client prefix is public; secret-looking names and URLs with a password are secret', () => {
  const inferred = inferSchema({
    variables: [
      variable('NEXT_PUBLIC_STRIPE_KEY', 'pk_test_xxxxxxxx'),
      variable('STRIPE_SECRET_KEY'),
      variable('GITHUB_APP_PRIVATE_KEY'),
      variable('SESSION_PASSWORD'),
      variable('STRIPE_PUBLISHABLE_KEY'),
      variable('SENTRY_DSN'),
      variable('DATABASE_URL', 'postgres://app:pw@db.example.com/app'),
      variable('NEXTAUTH_URL', 'http://localhost:3000')
    ],
    references: [],
    clientPrefixes
  });
  expect(Object.fromEntries(inferred.map(({ name, spec }) => [name, { secret: spec.secret, public: spec.public }]))).toEqual({
    NEXT_PUBLIC_STRIPE_KEY: { secret: undefined, public: true },
    STRIPE_SECRET_KEY: { secret: true, public: undefined },
    GITHUB_APP_PRIVATE_KEY: { secret: true, public: undefined },
    SESSION_PASSWORD: { secret: true, public: undefined },
    STRIPE_PUBLISHABLE_KEY: { secret: undefined, public: undefined },
    SENTRY_DSN: { secret: undefined, public: undefined },
    DATABASE_URL: { secret: true, public: undefined },
    NEXTAUTH_URL: { secret: undefined, public: undefined }
  });
});

test('.env.example keys first in file order, then names only code reads; platform names from code are left out', () => {
  const inferred = inferSchema({
    variables: [variable('B_FIRST', '', 'What B is'), variable('A_SECOND'), variable('B_FIRST', 'again')],
    references: [ref('Z_CODE', 'src/z.ts', 4), ref('A_SECOND', 'src/a.ts', 2), ref('A_SECOND', 'src/b.ts', 9), ref('NODE_ENV', 'src/a.ts', 1), ref('C_CODE', 'src/c.ts', 7)],
    clientPrefixes
  });
  expect(inferred).toEqual([
    { name: 'B_FIRST', spec: { type: 'string', description: 'What B is' } },
    { name: 'A_SECOND', spec: { type: 'string' }, referencedAt: { first: 'src/a.ts:2', more: 1 } },
    { name: 'C_CODE', spec: { type: 'string' }, referencedAt: { first: 'src/c.ts:7', more: 0 } },
    { name: 'Z_CODE', spec: { type: 'string' }, referencedAt: { first: 'src/z.ts:4', more: 0 } }
  ]);
});
