/** The job's real environment: missing (critical), invalid (critical), deprecated (medium). */
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
      // Critical, as a missing one (issue 13): the default gate (fail-on critical) let `PORT=eighty` deploy.
      expected: ['critical env-invalid FEATURE_FLAG', 'critical env-invalid LOG_LEVEL', 'critical env-invalid NEXT_PUBLIC_SITE_URL', 'critical env-invalid PORT']
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

  test.each([
    { name: 'a deployment named Production (Vercel\'s spelling) is production', environment: 'Production', column: 'production (this run)' },
    { name: 'PRODUCTION', environment: 'PRODUCTION', column: 'production (this run)' }
  ])('$name: its required variables are findings, not only matrix cells (issue 13)', async ({ environment, column }) => {
    const { outcome } = await runEnvCheck({ yaml: YAML, env: { NEXT_PUBLIC_SITE_URL: VALID.NEXT_PUBLIC_SITE_URL, PORT: 'eighty' }, context: { environment } });
    expect(summarize(outcome.findings, OWN_RULES)).toEqual(['critical env-invalid PORT', 'critical env-missing DATABASE_URL']);
    expect(outcome.tables?.[0]?.columns).toEqual(['Variable', 'development', 'preview', column]);
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

describe('a secret of the wrong type in the deployed environment', () => {
  const yaml = ['env:', '  files: [".env*"]', '  vars:', '    DB_PORT: { type: port, secret: true, required: [production] }'].join('\n');
  const planted = 'Pl4ntedPortSecretNotANumber91';

  test.each<{ name: string; env: Record<string, string>; files: Record<string, string>; expected: string[] }>([
    { name: "in the job's environment", env: { DB_PORT: planted }, files: {}, expected: ['critical env-invalid DB_PORT'] },
    { name: "in the deployed environment's env file", env: {}, files: { '.env.production': `DB_PORT=${planted}\n` }, expected: ['critical env-file-invalid .env.production:1'] }
  ])('$name: critical, and the value is in no finding', async ({ env, files, expected }) => {
    const { outcome } = await runEnvCheck({ yaml, env, files, context: { environment: 'production' } });
    expect(summarize(outcome.findings, ['env-invalid', 'env-file-invalid'])).toEqual(expected);
    for (const finding of outcome.findings) expect(JSON.stringify(finding)).not.toContain(planted.slice(0, 12));
    expect(JSON.stringify(outcome)).not.toContain(planted);
  });
});
