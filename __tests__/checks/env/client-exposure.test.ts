/** Secrets behind a client-bundle prefix: by their name, their schema, or their value. */
import { FAKE } from '../secrets/fake-secrets.js';
import { runEnvCheck, summarize } from './env-fixture.js';

const EXPOSURE = ['env-secret-public-prefix', 'env-public-value-looks-secret'];

describe('by name and schema', () => {
  test.each([
    { name: 'marked secret', vars: '    NEXT_PUBLIC_STRIPE_KEY: { secret: true }', expected: ['critical env-secret-public-prefix NEXT_PUBLIC_STRIPE_KEY'] },
    { name: 'named like a secret', vars: '    VITE_API_SECRET: {}', expected: ['critical env-secret-public-prefix VITE_API_SECRET'] },
    { name: 'declared public wins over the name', vars: '    NEXT_PUBLIC_AUTH_TOKEN: { public: true }', expected: [] },
    { name: 'publishable keys are named so', vars: '    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: {}', expected: [] },
    { name: 'no prefix, no exposure', vars: '    STRIPE_SECRET_KEY: { secret: true }', expected: [] },
    { name: 'a custom prefix', vars: '    APP_PUBLIC_DB_PASSWORD: {}\n  clientPrefixes: [APP_PUBLIC_]', expected: ['critical env-secret-public-prefix APP_PUBLIC_DB_PASSWORD'] }
  ])('$name', async ({ vars, expected }) => {
    const { outcome } = await runEnvCheck({ yaml: `env:\n  vars:\n${vars}` });
    expect(summarize(outcome.findings, EXPOSURE)).toEqual(expected);
  });

  test('names from env files, the code and the job env count too, located where they are', async () => {
    const { outcome } = await runEnvCheck({
      yaml: 'env:\n  files: [".env.example"]\n  vars: {}',
      files: {
        '.env.example': 'REACT_APP_PRIVATE_KEY=\n',
        'src/pay.ts': 'export const key = process.env.NEXT_PUBLIC_STRIPE_SECRET;\n'
      },
      env: { EXPO_PUBLIC_PASSWORD: 'x' },
      context: { environment: 'production' }
    });
    expect(summarize(outcome.findings, EXPOSURE)).toEqual([
      'critical env-secret-public-prefix .env.example:1',
      'critical env-secret-public-prefix EXPO_PUBLIC_PASSWORD',
      'critical env-secret-public-prefix src/pay.ts:1'
    ]);
  });
});

describe('by value', () => {
  const yaml = 'env:\n  files: [".env.production", ".env.example"]\n  vars:\n    NEXT_PUBLIC_PAY: { public: true }\n    NEXT_PUBLIC_TRACKER: {}';

  test.each([
    { name: 'a provider secret, even in a variable declared public', env: { NEXT_PUBLIC_PAY: FAKE.stripeLive }, expected: ['critical env-public-value-looks-secret NEXT_PUBLIC_PAY'] },
    { name: 'a GitHub token in an undeclared prefixed var', env: { VITE_GH: FAKE.githubClassic }, expected: ['critical env-public-value-looks-secret VITE_GH'] },
    { name: 'long and random', env: { NEXT_PUBLIC_TRACKER: 'q8Zr2LmX9vT4kP7wN3bY6hJ1' }, expected: ['critical env-public-value-looks-secret NEXT_PUBLIC_TRACKER'] },
    { name: 'long and random but declared public', env: { NEXT_PUBLIC_PAY: 'q8Zr2LmX9vT4kP7wN3bY6hJ1' }, expected: [] },
    { name: 'a Firebase browser key is public by design', env: { NEXT_PUBLIC_FIREBASE_API_KEY: FAKE.googleApiKey }, expected: [] },
    { name: 'a URL and a word are not secrets', env: { NEXT_PUBLIC_TRACKER: 'https://t.example.com/collect', VITE_MODE: 'production' }, expected: [] },
    { name: 'a placeholder is not a secret', env: { NEXT_PUBLIC_TRACKER: 'your-api-key-here' }, expected: [] }
  ])('$name', async ({ env, expected }) => {
    const { outcome } = await runEnvCheck({ yaml, env, context: { environment: 'production' } });
    expect(summarize(outcome.findings, ['env-public-value-looks-secret'])).toEqual(expected);
  });

  test('values in env files are located at the line; templates are names only', async () => {
    const { outcome } = await runEnvCheck({
      yaml,
      files: { '.env.production': `# keys\nNEXT_PUBLIC_PAY=${FAKE.stripeLive}\n`, '.env.example': `NEXT_PUBLIC_TRACKER=${FAKE.githubClassic}\n` }
    });
    expect(summarize(outcome.findings, ['env-public-value-looks-secret'])).toEqual(['critical env-public-value-looks-secret .env.production:2']);
  });

  test('the finding names the kind of secret and shows only its shape', async () => {
    const { outcome } = await runEnvCheck({ yaml, env: { NEXT_PUBLIC_PAY: FAKE.stripeLive }, context: { environment: 'production' } });
    const finding = outcome.findings.find((f) => f.ruleId === 'env-public-value-looks-secret');
    expect(finding?.message).toMatch(/^NEXT_PUBLIC_PAY \(in the job's environment\) holds what looks like a Stripe .+, and its prefix ships it to every visitor's browser\.$/);
    expect(finding?.evidence).toMatch(/chars/);
    expect(JSON.stringify(outcome)).not.toContain(FAKE.stripeLive);
  });
});
