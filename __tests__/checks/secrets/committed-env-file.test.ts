/** A committed `.env` file is a finding of its own; templates are not; values never appear. */
import { committedEnvFileFinding, isCommittedEnvFile, isEncryptedEnvVault } from '../../../src/checks/secrets/committed-env-file.js';
import type { Finding } from '../../../src/report/finding.js';

test.each([
  ['.env', true],
  ['.env.local', true],
  ['.env.production', true],
  ['apps/web/.env.development.local', true],
  ['deploy/production.env', true],
  ['.env.example', false],
  ['.env.sample', false],
  ['.env.template', false],
  ['.env.production.example', false],
  ['example.env', false],
  ['config/.env.defaults', false],
  ['.envrc', false],
  ['src/env.ts', false],
  ['docs/.env.md.example', false],
  ['environment.yml', false]
])('%s → %s', (path, expected) => {
  expect(isCommittedEnvFile(path)).toBe(expected);
});

const scannerFinding = { ruleId: 'stripe-live-secret-key' } as Finding;
const random = ['Qm9', 'vZ2xl', 'X2Rl', 'dl9r', 'ZXlfN', 'jM4OTA'].join('');

test.each([
  ['only settings', 'PORT=3000\nLOG_LEVEL=debug\nNODE_ENV=production\n', [], 'high'],
  ['placeholders under secret names', 'API_KEY=\nJWT_SECRET=changeme\nDB_PASSWORD=<password>\nTOKEN=${TOKEN}\n', [], 'high'],
  ['a value under a secret name', 'PORT=3000\nJWT_SECRET="s3cr3t-value-for-prod"\n', [], 'critical'],
  ['a long random value under any name', `export SESSION=${random}\n`, [], 'critical'],
  ['a scanner finding in it', 'KEY=x\n', [scannerFinding], 'critical']
] as const)('%s → %s', (_name, text, found, severity) => {
  const finding = committedEnvFileFinding({ path: 'app/.env', text, origin: 'present' }, found);
  expect(finding.severity).toBe(severity);
  expect(JSON.stringify(finding)).not.toContain('s3cr3t');
  expect(JSON.stringify(finding)).not.toContain(random);
});

test('the finding: where, how to fix, how to accept; history findings carry the commit', () => {
  const commit = { sha: 'a'.repeat(40), author: 'Ada', date: '2025-01-01T00:00:00+00:00' };
  const finding = committedEnvFileFinding({ path: '.env.production', text: 'PORT=1\n', origin: 'history', commit }, []);
  expect(finding).toEqual({
    check: 'secrets',
    ruleId: 'committed-env-file',
    severity: 'high',
    title: 'Committed env file',
    message: ".env.production is committed: env files hold a deployment's secrets, and this one is in every clone and fork.",
    location: { kind: 'file', path: '.env.production', line: 1, commit },
    fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
    remediation: expect.stringContaining('git rm --cached'),
    confidence: 'high',
    suppressWith: '- { rule: "committed-env-file", path: ".env.production", reason: "<why>" }'
  });
  // The same file in another commit is the same finding.
  expect(committedEnvFileFinding({ path: '.env.production', text: 'PORT=2\n', origin: 'present' }, []).fingerprint).toBe(finding.fingerprint);
});

describe('dotenv-vault files (#16: tests/.env.vault was rated critical)', () => {
  const cipher = (seed: string) => Buffer.from(`${seed}:${random}${random}`).toString('base64');
  const vault = [
    '#/-------------------.env.vault---------------------/',
    '#/         cloud-agnostic vaulting standard         /',
    '#/--------------------------------------------------/',
    '',
    '# development',
    `DOTENV_VAULT_DEVELOPMENT="${cipher('dev')}"`,
    'DOTENV_VAULT_DEVELOPMENT_VERSION=1',
    '',
    '# production',
    `DOTENV_VAULT_PRODUCTION="${cipher('prod')}"`,
    ''
  ].join('\n');

  test('an encrypted vault is no committed env file', () => {
    expect(isEncryptedEnvVault('tests/.env.vault', vault)).toBe(true);
  });

  test('a vault with a plaintext variable in it is judged as an env file', () => {
    expect(isEncryptedEnvVault('tests/.env.vault', `${vault}STRIPE_KEY=${random}\n`)).toBe(false);
  });

  test('only a file named .env.vault is a vault', () => {
    expect(isEncryptedEnvVault('tests/.env', vault)).toBe(false);
  });
});
