/** Rules across variables and environments: https in production, the deployed origin, separate databases. */
import { runEnvCheck, summarize } from './env-fixture.js';

const CROSS_RULES = ['env-insecure-url', 'env-base-url-mismatch', 'env-shared-database'];

describe('every *_URL is https in production', () => {
  const yaml = [
    'env:',
    '  files: [".env.production", ".env.development"]',
    '  vars:',
    '    API_URL: { type: url }',
    '    INTERNAL_URL: { type: url, allowHttp: true }',
    '    CACHE_URL: { type: url, protocols: [redis] }',
    '    LEGACY_URL: { type: url, protocols: [http, https] }'
  ].join('\n');

  test.each([
    { name: 'https passes', env: { API_URL: 'https://api.example.com' }, expected: [] },
    { name: 'http in the job env', env: { API_URL: 'http://api.example.com' }, expected: ['high env-insecure-url API_URL'] },
    { name: 'an undeclared *_URL too', env: { WEBHOOK_URL: 'http://hooks.example.com/x' }, expected: ['high env-insecure-url WEBHOOK_URL'] },
    { name: 'allowHttp exempts', env: { INTERNAL_URL: 'http://svc.internal' }, expected: [] },
    { name: 'an explicit http protocol exempts', env: { LEGACY_URL: 'http://old.example.com' }, expected: [] },
    { name: 'other schemes are not http', env: { CACHE_URL: 'redis://cache.internal:6379', PG_URL: 'postgres://db.internal/app' }, expected: [] },
    { name: 'loopback is exempt', env: { SIDECAR_URL: 'http://localhost:8080' }, expected: [] },
    { name: 'the runner\'s own variables are not the app\'s', env: { GITHUB_SERVER_URL: 'http://ghes.internal' }, expected: [] }
  ])('$name', async ({ env, expected }) => {
    const { outcome } = await runEnvCheck({ yaml, env, context: { environment: 'production' } });
    expect(summarize(outcome.findings, CROSS_RULES)).toEqual(expected);
  });

  test('values from env files: production only, located at the line', async () => {
    const { outcome } = await runEnvCheck({
      yaml,
      files: { '.env.production': '# prod\nAPI_URL=http://api.example.com\n', '.env.development': 'API_URL=http://api.example.com\n' }
    });
    expect(summarize(outcome.findings, CROSS_RULES)).toEqual(['high env-insecure-url .env.production:2']);
  });
});

describe('matchesBaseUrl', () => {
  const yaml = [
    'baseUrl: https://shop.example.com',
    'env:',
    '  vars:',
    '    NEXTAUTH_URL: { type: https-url, matchesBaseUrl: true, secret: true }',
    '    NEXT_PUBLIC_APP_URL: { type: https-url, matchesBaseUrl: true, public: true }'
  ].join('\n');

  test.each([
    { name: 'same origin, any path', env: { NEXTAUTH_URL: 'https://shop.example.com/api/auth', NEXT_PUBLIC_APP_URL: 'https://shop.example.com' }, deployUrl: undefined, expected: [] },
    {
      // resolveTarget's order: the config's baseUrl, then the inputs, then the deployment_status event.
      name: "the config's baseUrl wins over the deployment's URL",
      env: { NEXTAUTH_URL: 'https://shop-git-pr-7.vercel.app' },
      deployUrl: 'https://shop-git-pr-7.vercel.app',
      expected: ['high env-base-url-mismatch NEXTAUTH_URL']
    },
    { name: 'another origin', env: { NEXT_PUBLIC_APP_URL: 'https://staging.example.com' }, deployUrl: undefined, expected: ['high env-base-url-mismatch NEXT_PUBLIC_APP_URL'] }
  ])('$name', async ({ env, deployUrl, expected }) => {
    const { outcome } = await runEnvCheck({ yaml, env, context: { environment: 'production', ...(deployUrl ? { deployUrl } : {}) } });
    expect(summarize(outcome.findings, CROSS_RULES)).toEqual(expected);
  });

  test('the expected origin is shown; the actual one only for a public variable', async () => {
    const { outcome } = await runEnvCheck({
      yaml,
      env: { NEXTAUTH_URL: 'https://secret-admin.example.net/auth', NEXT_PUBLIC_APP_URL: 'https://staging.example.com' },
      context: { environment: 'production' }
    });
    const messages = outcome.findings.filter((f) => f.ruleId === 'env-base-url-mismatch').map((f) => f.message).sort();
    expect(messages).toEqual([
      'NEXTAUTH_URL must have the deployed origin https://shop.example.com in production; it has a different origin.',
      'NEXT_PUBLIC_APP_URL must have the deployed origin https://shop.example.com in production; it has https://staging.example.com.'
    ]);
    expect(JSON.stringify(outcome)).not.toContain('secret-admin');
  });

  test('no deployed URL known: nothing to compare', async () => {
    const { outcome } = await runEnvCheck({ yaml: yaml.replace('baseUrl: https://shop.example.com\n', ''), env: { NEXTAUTH_URL: 'https://x.example.org' }, context: { environment: 'production' } });
    expect(summarize(outcome.findings, CROSS_RULES)).toEqual([]);
  });
});

describe('preview must not share production\'s database', () => {
  const yaml = (separate = true) =>
    [
      'env:',
      '  files: [".env.preview", ".env.production"]',
      `  separateDatabases: ${separate}`,
      '  vars:',
      '    DATABASE_URL: { type: url, protocols: [postgres], secret: true }',
      '    REDIS_URL: { type: url, protocols: [redis] }'
    ].join('\n');

  test.each<{ name: string; files: Record<string, string>; env: Record<string, string>; separate: boolean; expected: string[] }>([
    {
      name: 'same host from the job env (production) and .env.preview',
      files: { '.env.preview': 'DATABASE_URL=postgres://u:p@DB.prod.internal:5432/preview\n' },
      env: { DATABASE_URL: 'postgres://u:q@db.prod.internal:5432/app' },
      separate: true,
      expected: ['critical env-shared-database DATABASE_URL']
    },
    {
      name: 'different hosts',
      files: { '.env.preview': 'DATABASE_URL=postgres://u:p@db.preview.internal/app\n' },
      env: { DATABASE_URL: 'postgres://u:q@db.prod.internal/app' },
      separate: true,
      expected: []
    },
    {
      name: 'both from env files',
      files: { '.env.preview': 'REDIS_URL=redis://cache.internal\n', '.env.production': 'REDIS_URL=redis://cache.internal\n' },
      env: {},
      separate: true,
      expected: ['critical env-shared-database REDIS_URL']
    },
    {
      name: 'separateDatabases: false',
      files: { '.env.preview': 'REDIS_URL=redis://cache.internal\n', '.env.production': 'REDIS_URL=redis://cache.internal\n' },
      env: {},
      separate: false,
      expected: []
    },
    { name: 'preview unknown', files: {}, env: { DATABASE_URL: 'postgres://u:q@db.prod.internal/app' }, separate: true, expected: [] }
  ])('$name', async ({ files, env, separate, expected }) => {
    const { outcome } = await runEnvCheck({ yaml: yaml(separate), files, env, context: { environment: 'production' } });
    expect(summarize(outcome.findings, CROSS_RULES)).toEqual(expected);
  });

  test('the host of a secret variable is never printed', async () => {
    const { outcome } = await runEnvCheck({
      yaml: yaml(),
      files: { '.env.preview': 'DATABASE_URL=postgres://u:p@db-7f3a.prod.internal/app\n' },
      env: { DATABASE_URL: 'postgres://u:q@db-7f3a.prod.internal/app' },
      context: { environment: 'production' }
    });
    const finding = outcome.findings.find((f) => f.ruleId === 'env-shared-database');
    expect(finding?.message).toBe('DATABASE_URL points at the same host in preview and production: a preview deploy reads and writes production data.');
    expect(JSON.stringify(outcome)).not.toContain('db-7f3a');
  });
});
