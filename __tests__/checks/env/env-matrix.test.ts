/** The variable × environment matrix: one row per variable, one column per environment, no values. */
import { MATRIX_TITLE } from '../../../src/checks/env/env-matrix.js';
import { runEnvCheck } from './env-fixture.js';

const YAML = [
  'env:',
  '  files: [".env.preview", ".env.example"]',
  '  vars:',
  '    DATABASE_URL: { type: url, protocols: [postgres], required: [production, preview], secret: true }',
  '    STRIPE_SECRET_KEY: { required: [production], secret: true, default: sk_test_dummy }',
  '    PORT: { type: port, default: 3000 }',
  '    LOG_LEVEL: { type: enum, values: [debug, info], default: info }',
  '    NEXT_PUBLIC_API_URL: { type: https-url, public: true, required: true }',
  '    OLD_FLAG: { type: bool, deprecated: true }'
].join('\n');

test('every environment in one table; the validated one from the job env, another from its env file', async () => {
  const { outcome } = await runEnvCheck({
    yaml: YAML,
    files: {
      '.env.preview': 'NEXT_PUBLIC_API_URL=http://api.example.com\nLOG_LEVEL=debug\n',
      '.env.example': 'DATABASE_URL=\n'
    },
    env: { NEXT_PUBLIC_API_URL: 'https://api.example.com', PORT: '8080', OLD_FLAG: 'yes', LOG_LEVEL: 'loud' },
    context: { environment: 'production' }
  });
  expect(outcome.tables).toEqual([
    {
      title: MATRIX_TITLE,
      columns: ['Variable', 'development', 'preview', 'production (this run)'],
      rows: [
        ['DATABASE_URL', 'optional', 'required · – not in env files', 'required · ✖ missing'],
        ['STRIPE_SECRET_KEY', 'optional · default set', 'optional · default set', 'required · default set'],
        ['PORT', 'optional · default 3000', 'optional · default 3000', 'optional · ✔'],
        ['LOG_LEVEL', 'optional · default info', 'optional · ✔', 'optional · ✖ invalid'],
        ['NEXT_PUBLIC_API_URL', 'required', 'required · ✖ invalid', 'required · ✔'],
        ['OLD_FLAG', 'optional', 'optional', 'optional · ✔ · ⚠ deprecated']
      ]
    }
  ]);
});

test('without a validated environment every column comes from files or the schema alone', async () => {
  const { outcome } = await runEnvCheck({ yaml: YAML, env: { PORT: '1' } });
  expect(outcome.tables?.[0]?.columns).toEqual(['Variable', 'development', 'preview', 'production']);
  expect(outcome.tables?.[0]?.rows[2]).toEqual(['PORT', 'optional · default 3000', 'optional · default 3000', 'optional · default 3000']);
});

test('custom environments, and a validated one outside them gets its own column', async () => {
  const { outcome } = await runEnvCheck({
    yaml: 'env:\n  environments: [dev, prod]\n  vars:\n    A: { required: [prod] }',
    env: { A: 'x' },
    context: { environment: 'qa' }
  });
  expect(outcome.tables?.[0]).toMatchObject({ columns: ['Variable', 'dev', 'prod', 'qa (this run)'], rows: [['A', 'optional', 'required', 'optional · ✔']] });
});

test('no variables, no table', async () => {
  const { outcome } = await runEnvCheck({ yaml: 'env: {}' });
  expect(outcome.tables).toEqual([]);
});
