import { knownValuesFrom } from '../../src/config/secret-env-values.js';
import type { EnvConfig } from '../../src/config/config-types.js';
import { envDefaults } from '../../src/config/to-config.js';

const env: EnvConfig = {
  ...envDefaults(),
      files: [],
  vars: {
    DATABASE_URL: { type: 'url', secret: true },
    STRIPE_SECRET_KEY: { type: 'string', secret: true },
    EMPTY_SECRET: { type: 'string', secret: true },
    NEXT_PUBLIC_API_URL: { type: 'https-url', public: true },
    PORT: { type: 'port' }
  }
};

test('the secret-marked variables that are set, with their values', () => {
  const values = { DATABASE_URL: 'postgres://u:p4ss@db/app', EMPTY_SECRET: '', NEXT_PUBLIC_API_URL: 'https://api', PORT: '3000', OTHER: 'x' };
  expect(knownValuesFrom(env, values)).toEqual([{ name: 'DATABASE_URL', value: 'postgres://u:p4ss@db/app' }]);
});

test('no env section or no environment: nothing to search', () => {
  expect(knownValuesFrom(undefined, { DATABASE_URL: 'x' })).toEqual([]);
  expect(knownValuesFrom(env, undefined)).toEqual([]);
});
