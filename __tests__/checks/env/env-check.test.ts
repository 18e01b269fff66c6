/** The env check as the pipeline sees it: registration, when it applies, metrics, drift and the platform. */
import { CHECKS } from '../../../src/checks/registry.js';
import { envCheck } from '../../../src/checks/env/index.js';
import { defaultConfig } from '../../../src/config/to-config.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Context } from '../../../src/context/context.js';
import { startPlatformApiServer, type PlatformApiServer } from './platform/platform-api-server.js';
import { runEnvCheck, summarize } from './env-fixture.js';

const context: Context = { eventName: 'local', kind: 'local', workspace: '/nowhere', hasToken: false };

test('registered once, after secrets; applies exactly when the config has an env section', () => {
  expect(CHECKS.map((check) => check.name)).toEqual(['secrets', 'env', 'smoke', 'perf', 'domain', 'monitor']);
  expect(CHECKS.find((check) => check.name === 'env')).toBe(envCheck);
  expect(envCheck.appliesTo(defaultConfig(), context)).toEqual({ applies: false, reason: expect.stringContaining('no `env:` section') });
  expect(envCheck.appliesTo(parseConfig('env: {}', 'launch-ready.yml'), context)).toEqual({ applies: true });
});

test('metrics: declared, checked (cells with a value), files parsed, references found', async () => {
  const { outcome } = await runEnvCheck({
    yaml: 'env:\n  files: [".env.example", ".env.preview"]\n  vars:\n    A: {}\n    B: { type: port }',
    files: { '.env.example': 'A=\nB=\n', '.env.preview': 'B=80\n', 'src/a.ts': 'process.env.A; process.env.B; process.env.C;\n' },
    env: { A: 'x', B: '443' },
    context: { environment: 'production' }
  });
  expect(outcome.metrics).toEqual({ variablesDeclared: 2, variablesChecked: 3, filesParsed: 2, referencesFound: 3 });
});

test('drift: references in code and .env.example keys join the findings', async () => {
  const { outcome } = await runEnvCheck({
    yaml: 'env:\n  vars:\n    USED: {}\n    UNUSED: {}',
    files: { '.env.example': 'USED=\nEXTRA=\n', 'app.py': 'import os\nos.getenv("USED")\nos.environ["MISSING"]\n' }
  });
  expect(summarize(outcome.findings, ['env-undeclared', 'env-unused', 'env-example-missing', 'env-example-undeclared'])).toEqual([
    'low env-example-missing UNUSED',
    'low env-unused UNUSED',
    'medium env-example-undeclared .env.example:2',
    'medium env-undeclared app.py:3'
  ]);
});

describe('platform', () => {
  let server: PlatformApiServer;
  beforeAll(async () => {
    server = await startPlatformApiServer({ tokens: ['good-token-123'] });
    server.vercelProjects.set('shop', { envs: [{ key: 'DATABASE_URL', target: ['production'], type: 'encrypted', value: 'postgres://x' }] });
  });
  afterAll(() => server.close());

  const yaml = (apiUrl: string) =>
    [
      'env:',
      `  platform: { vercel: { project: shop, token: "\${env.VERCEL_TOKEN}", apiUrl: "${apiUrl}" } }`,
      '  vars:',
      '    DATABASE_URL: { type: url, required: [production, preview], secret: true }'
    ].join('\n');

  test('names and targets join the drift findings and the matrix', async () => {
    const { outcome } = await runEnvCheck({ yaml: yaml(server.vercelUrl), env: { VERCEL_TOKEN: 'good-token-123' } });
    expect(summarize(outcome.findings, ['env-platform-missing', 'env-platform-unavailable'])).toEqual(['high env-platform-missing DATABASE_URL']);
    expect(outcome.tables?.[0]?.rows).toEqual([['DATABASE_URL', 'optional', 'required · ✖ not on Vercel', 'required · ✔ on Vercel']]);
  });

  test('a platform that cannot be read is a low note, and the rest of the check still runs', async () => {
    const { outcome } = await runEnvCheck({ yaml: yaml(server.vercelUrl), env: { VERCEL_TOKEN: 'wrong-token' }, context: { environment: 'production' } });
    expect(summarize(outcome.findings, ['env-platform-unavailable', 'env-missing'])).toEqual([
      'critical env-missing DATABASE_URL',
      'low env-platform-unavailable env.platform'
    ]);
    const note = outcome.findings.find((finding) => finding.ruleId === 'env-platform-unavailable');
    expect(note?.message).toMatch(/^The Vercel variables were not read, so the platform is left out of the drift picture: Vercel answered 403/);
    expect(JSON.stringify(outcome)).not.toContain('wrong-token');
  });

  test('an unset token is a note too', async () => {
    const { outcome } = await runEnvCheck({ yaml: yaml(server.vercelUrl), env: {} });
    expect(summarize(outcome.findings, ['env-platform-unavailable'])).toEqual(['low env-platform-unavailable env.platform']);
  });
});
