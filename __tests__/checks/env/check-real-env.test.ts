/** The job's real environment: missing (critical), invalid (high), deprecated (medium). */
import { OWN_RULES, runEnvCheck, summarize } from './env-fixture.js';

const YAML = [
  'env:',
  '  vars:',
  '    DATABASE_URL: { type: url, protocols: [postgres], required: [production, preview], secret: true, description: Main database }',
  '    PORT: { type: port, default: 3000 }',
  '    LOG_LEVEL: { type: enum, values: [debug, info], default: info }',
  '    NEXT_PUBLIC_SITE_URL: { type: https-url, public: true, required: true }',
  '    OLD_KEY: { deprecated: { replacement: NEW_KEY, reason: renamed in v2 } }',
  '    FEATURE_FLAG: { type: bool }'
].join('\n');

const VALID = { DATABASE_URL: 'postgres://u:p@db.internal:5432/app', NEXT_PUBLIC_SITE_URL: 'https://shop.example.com' };

describe('the job environment of the validated environment', () => {
  test.each([
    { name: 'all valid', environment: 'production', env: VALID, expected: [] },
    {
      name: 'required missing in production',
      environment: 'production',
      env: { NEXT_PUBLIC_SITE_URL: VALID.NEXT_PUBLIC_SITE_URL },
      expected: ['critical env-missing DATABASE_URL']
    },
    {
      name: 'an empty value is missing (GitHub passes an unset secret as "")',
      environment: 'production',
      env: { ...VALID, DATABASE_URL: '' },
      expected: ['critical env-missing DATABASE_URL']
    },
    { name: 'required only in production and preview: fine in development', environment: 'development', env: { NEXT_PUBLIC_SITE_URL: VALID.NEXT_PUBLIC_SITE_URL }, expected: [] },
    {
      name: 'invalid values',
      environment: 'production',
      env: { ...VALID, PORT: '0', LOG_LEVEL: 'verbose', FEATURE_FLAG: 'maybe', NEXT_PUBLIC_SITE_URL: 'shop.example.com' },
      expected: ['high env-invalid FEATURE_FLAG', 'high env-invalid LOG_LEVEL', 'high env-invalid NEXT_PUBLIC_SITE_URL', 'high env-invalid PORT']
    },
    { name: 'deprecated and set', environment: 'production', env: { ...VALID, OLD_KEY: 'x' }, expected: ['medium env-deprecated OLD_KEY'] },
    {
      name: 'an environment outside env.environments is still validated',
      environment: 'staging',
      env: {},
      expected: ['critical env-missing NEXT_PUBLIC_SITE_URL']
    }
  ])('$name', async ({ environment, env, expected }) => {
    const { outcome } = await runEnvCheck({ yaml: YAML, env, context: { environment } });
    expect(summarize(outcome.findings, OWN_RULES)).toEqual(expected);
  });

  test('no environment selected: the job env is not judged, and the reason says so', async () => {
    const { outcome } = await runEnvCheck({ yaml: YAML, env: {} });
    expect(summarize(outcome.findings, OWN_RULES)).toEqual([]);
    expect(outcome.reason).toMatch(/no environment selected/);
  });

  test('a validated environment outside env.environments reads its own env file', async () => {
    const { outcome } = await runEnvCheck({
      yaml: YAML.replace('  vars:', '  files: [".env.staging"]\n  vars:'),
      files: { '.env.staging': 'NEXT_PUBLIC_SITE_URL=https://staging.example.com\n' },
      env: {},
      context: { environment: 'staging' }
    });
    expect(summarize(outcome.findings, OWN_RULES)).toEqual([]);
    expect(outcome.tables?.[0]?.columns.at(-1)).toBe('staging (this run)');
  });

  test('env.environment wins over the deployment\'s', async () => {
    const { outcome } = await runEnvCheck({ yaml: YAML.replace('env:\n', 'env:\n  environment: development\n'), env: {}, context: { environment: 'production' } });
    expect(summarize(outcome.findings, ['env-missing'])).toEqual(['critical env-missing NEXT_PUBLIC_SITE_URL']);
  });

  test('messages say what is wrong and what was expected; a public value may be shown, a secret only by shape', async () => {
    const secret = 'mysql://admin:Sup3rS3cretPassw0rd@db.internal/app';
    const { outcome } = await runEnvCheck({
      yaml: YAML,
      env: { DATABASE_URL: secret, NEXT_PUBLIC_SITE_URL: 'ftp://shop.example.com' },
      context: { environment: 'production' }
    });
    const byName = Object.fromEntries(outcome.findings.filter((f) => f.ruleId === 'env-invalid').map((f) => [f.location?.kind === 'env' ? f.location.name : '', f]));
    expect(byName['DATABASE_URL']).toMatchObject({
      message: expect.stringMatching(/^DATABASE_URL is set in production but is not a valid url: .+\.$/),
      location: { kind: 'env', name: 'DATABASE_URL', file: 'launch-ready.yml' },
      evidence: expect.stringMatching(/chars/)
    });
    expect(byName['NEXT_PUBLIC_SITE_URL']?.evidence).toBe('ftp://shop.example.com');
    expect(JSON.stringify(outcome)).not.toContain('Sup3rS3cret');
  });

  test('missing names the description and the env files that were looked at', async () => {
    const { outcome } = await runEnvCheck({
      yaml: YAML.replace('  vars:', '  files: [".env.production"]\n  vars:'),
      files: { '.env.production': 'NEXT_PUBLIC_SITE_URL=https://shop.example.com\n' },
      env: {},
      context: { environment: 'production' }
    });
    const missing = outcome.findings.filter((f) => f.ruleId === 'env-missing');
    expect(missing.map((f) => f.message)).toEqual([
      "DATABASE_URL (Main database) is required in production but is not set in the job's environment or in .env.production."
    ]);
  });

  test('deprecation names the replacement and the reason', async () => {
    const { outcome } = await runEnvCheck({ yaml: YAML, env: { ...VALID, OLD_KEY: 'x' }, context: { environment: 'production' } });
    expect(outcome.findings.find((f) => f.ruleId === 'env-deprecated')?.message).toBe(
      'OLD_KEY is deprecated (renamed in v2) but still set in production; use NEW_KEY instead.'
    );
  });
});
