/** Env files: lint problems, values against the schema, and secrets in committed files. */
import { runEnvCheck, summarize } from './env-fixture.js';

const FILE_RULES = ['env-file-invalid', 'env-secret-in-file', 'env-deprecated', 'env-file-duplicate-key', 'env-file-invalid-name', 'env-file-unquoted-space', 'env-file-syntax'];

const YAML = [
  'env:',
  '  files: [".env*", "config/*.env"]',
  '  vars:',
  '    PORT: { type: port }',
  '    DEBUG: { type: bool }',
  '    API_URL: { type: https-url }',
  '    API_KEY: { secret: true }',
  '    OLD_NAME: { deprecated: { replacement: NEW_NAME } }'
].join('\n');

describe('lint and validation', () => {
  test.each([
    { name: 'a clean file', text: 'PORT=3000\nDEBUG=yes\n', expected: [] },
    { name: 'a duplicate key', text: 'PORT=3000\nPORT=3001\n', expected: ['medium env-file-duplicate-key .env.development:2'] },
    { name: 'a name shells reject', text: '1VAR=1\n', expected: ['medium env-file-invalid-name .env.development:1'] },
    { name: 'an unquoted space', text: 'GREETING=hello world\n', expected: ['low env-file-unquoted-space .env.development:1'] },
    { name: 'invalid values, at their lines', text: '# ports\nPORT=65536\nDEBUG=maybe\nAPI_URL="http://api.example.com"\n', expected: ['medium env-file-invalid .env.development:2', 'medium env-file-invalid .env.development:3', 'medium env-file-invalid .env.development:4'] },
    { name: 'a deprecated name', text: 'OLD_NAME=x\n', expected: ['medium env-deprecated .env.development:1'] },
    { name: 'export prefix and quotes are read as dotenv does', text: 'export PORT="8080"\nDEBUG=\'off\'\n', expected: [] }
  ])('$name', async ({ text, expected }) => {
    const { outcome } = await runEnvCheck({ yaml: YAML, files: { '.env.development': text } });
    expect(summarize(outcome.findings, FILE_RULES)).toEqual(expected);
  });

  test('templates are linted but never validated: their values are placeholders', async () => {
    const { outcome } = await runEnvCheck({ yaml: YAML, files: { '.env.example': 'PORT=<port>\nPORT=\nAPI_KEY=sk_live_abcdefgh12345678\n' } });
    expect(summarize(outcome.findings, FILE_RULES)).toEqual(['medium env-file-duplicate-key .env.example:2']);
  });

  test('globs match in folders; missing files are not a finding', async () => {
    const { outcome } = await runEnvCheck({ yaml: YAML.replace('".env*", ', '".env.nope", '), files: { 'config/prod.env': 'PORT=http\n' } });
    expect(summarize(outcome.findings, FILE_RULES)).toEqual(['medium env-file-invalid config/prod.env:1']);
    expect(outcome.metrics?.['filesParsed']).toBe(1);
  });

  test('${VAR} expansion: within the file, and from the job env for the validated environment\'s files only', async () => {
    const files = { '.env.production': 'HOST=api.example.com\nAPI_URL=https://${HOST}/v1\nPORT=${JOB_PORT}\n' };
    const validated = await runEnvCheck({ yaml: YAML, files, env: { JOB_PORT: '99999' }, context: { environment: 'production' } });
    expect(summarize(validated.outcome.findings, FILE_RULES)).toEqual(['medium env-file-invalid .env.production:3']);
    const other = await runEnvCheck({ yaml: YAML, files, env: { JOB_PORT: '99999' }, context: { environment: 'preview' } });
    expect(summarize(other.outcome.findings, FILE_RULES)).toEqual([]);
  });

  test('the message names the problem; a non-public value only by its shape', async () => {
    const { outcome } = await runEnvCheck({ yaml: YAML, files: { '.env.development': 'API_URL=ftp://files.example.com/x\n' } });
    const finding = outcome.findings.find((f) => f.ruleId === 'env-file-invalid');
    expect(finding).toMatchObject({
      message: expect.stringMatching(/^API_URL in \.env\.development is not a valid https-url: .+\.$/),
      location: { kind: 'file', path: '.env.development', line: 1 },
      evidence: expect.stringMatching(/^\d+ chars/)
    });
    expect(JSON.stringify(outcome)).not.toContain('files.example.com');
  });
});

describe('secrets in committed env files', () => {
  const files = {
    '.env.production': 'API_KEY=Rk8Zq2Lm9Xv4Tp7Wn3By\nPORT=443\n',
    '.env.development': 'API_KEY=changeme\n',
    '.env.preview': 'API_KEY=${PREVIEW_KEY}\n',
    '.env.example': 'API_KEY=Rk8Zq2Lm9Xv4Tp7Wn3By\n'
  };

  test('critical for a schema secret with a real value in a committed non-template file', async () => {
    const { outcome } = await runEnvCheck({ yaml: YAML, files, git: true });
    expect(summarize(outcome.findings, ['env-secret-in-file'])).toEqual(['critical env-secret-in-file .env.production:1']);
    expect(JSON.stringify(outcome)).not.toContain('Rk8Zq2Lm9Xv4Tp7Wn3By');
  });

  test('not committed (not a git work tree, or untracked): no finding', async () => {
    const { outcome } = await runEnvCheck({ yaml: YAML, files });
    expect(summarize(outcome.findings, ['env-secret-in-file'])).toEqual([]);
  });
});
