/** Env files: lint problems, values against the schema, and secrets in committed files. */
import { seededRandom } from '../../helpers/seeded-random.js';
import { runEnvCheck, summarize } from './env-fixture.js';

const FILE_RULES = ['env-file-binary', 'env-file-not-read', 'env-file-invalid', 'env-secret-in-file', 'env-deprecated', 'env-file-duplicate-key', 'env-file-invalid-name', 'env-file-unquoted-space', 'env-file-syntax'];

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

  test.each<{ name: string; files: Record<string, string>; env: Record<string, string>; expected: string[] }>([
    { name: 'the deployed environment\'s file, its value used: critical', files: { '.env.production': 'PORT=eighty\n' }, env: {}, expected: ['critical env-file-invalid .env.production:1'] },
    { name: 'overridden by the job\'s environment: the file\'s value does not ship', files: { '.env.production': 'PORT=eighty\n' }, env: { PORT: '8080' }, expected: ['medium env-file-invalid .env.production:1'] },
    { name: 'overridden by .env.production.local', files: { '.env.production': 'PORT=eighty\n', '.env.production.local': 'PORT=8080\n' }, env: {}, expected: ['medium env-file-invalid .env.production:1'] },
    { name: 'another environment\'s file: medium', files: { '.env.development': 'PORT=eighty\n' }, env: {}, expected: ['medium env-file-invalid .env.development:1'] },
    { name: 'a template with a real value that breaks the schema: low', files: { '.env.example': 'PORT=eighty\nDEBUG=<true-or-false>\nAPI_URL=\n' }, env: {}, expected: ['low env-example-invalid .env.example:1'] }
  ])('severity follows what ships (issue 13): $name', async ({ files, env, expected }) => {
    const { outcome } = await runEnvCheck({ yaml: YAML, files, env, context: { environment: 'production' } });
    expect(summarize(outcome.findings, [...FILE_RULES, 'env-example-invalid'])).toEqual(expected);
  });

  test('templates are linted, and only their real-looking values validated (low): placeholders are by design', async () => {
    const { outcome } = await runEnvCheck({ yaml: YAML, files: { '.env.example': 'PORT=<port>\nPORT=\nAPI_KEY=sk_live_abcdefgh12345678\nDEBUG=changeme\n' } });
    expect(summarize(outcome.findings, [...FILE_RULES, 'env-example-invalid'])).toEqual(['medium env-file-duplicate-key .env.example:2']);
  });

  test('globs match in folders; a glob that matches nothing is no finding', async () => {
    const { outcome, logs } = await runEnvCheck({ yaml: YAML.replace('".env*", ', '".env.nope*", '), files: { 'config/prod.env': 'PORT=http\n' } });
    expect(summarize(outcome.findings, [...FILE_RULES, 'env-file-not-read'])).toEqual(['medium env-file-invalid config/prod.env:1']);
    expect(outcome.metrics?.['filesParsed']).toBe(1);
    expect(logs.join('\n')).toContain('env.files: .env.nope* matches no file');
  });

  test('${VAR} expansion: within the file, and from the job env for the validated environment\'s files only', async () => {
    const files = { '.env.production': 'HOST=api.example.com\nAPI_URL=https://${HOST}/v1\nPORT=${JOB_PORT}\n' };
    const validated = await runEnvCheck({ yaml: YAML, files, env: { JOB_PORT: '99999' }, context: { environment: 'production' } });
    // The deployed environment's own file: its value ships, so critical (issue 13).
    expect(summarize(validated.outcome.findings, FILE_RULES)).toEqual(['critical env-file-invalid .env.production:3']);
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

/** `length` bytes from a seeded generator: the same "random" file on every run. */
function randomBytes(seed: number, length: number): Uint8Array {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/** The start of a real PNG: signature, IHDR chunk of a 1×1 image (NUL bytes in its lengths). */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

describe('a file that is not text (issue 13: a binary .env gave 33–196 "not a NAME=value line" findings)', () => {
  test.each([
    { name: 'random bytes without a NUL', bytes: randomBytes(13, 512).map((byte) => byte || 1), reason: /binary/ },
    { name: 'random bytes', bytes: randomBytes(7, 4096), reason: /binary/ },
    { name: 'a PNG renamed .env', bytes: PNG, reason: /binary/ },
    { name: 'UTF-16 text (PowerShell `>` writes it)', bytes: Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from('PORT=3000\n', 'utf16le'))]), reason: /UTF-16/ }
  ])('$name: one finding, and nothing read from it', async ({ bytes, reason }) => {
    const { outcome } = await runEnvCheck({ yaml: YAML, files: { '.env': bytes } });
    expect(summarize(outcome.findings, FILE_RULES)).toEqual(['medium env-file-binary .env:1']);
    const finding = outcome.findings.find((f) => f.ruleId === 'env-file-binary');
    expect(finding?.message).toMatch(reason);
    expect(finding?.message).toMatch(/was not read as an env file/);
  });

  test('text with a few Latin-1 bytes is still read as an env file', async () => {
    const latin1 = Uint8Array.from(Buffer.from('GREETING="caf\u00e9 cr\u00e8me"\nPORT=3000\n', 'latin1'));
    const { outcome } = await runEnvCheck({ yaml: YAML, files: { '.env': latin1 } });
    expect(summarize(outcome.findings, FILE_RULES)).toEqual([]);
  });
});

describe('a listed file that is not there (issue 13: it was ignored without a word)', () => {
  const listing = (files: string): string => YAML.replace('".env*", "config/*.env"', files);

  test.each<{ name: string; files: string; tree: Record<string, string>; expected: string[]; reason: RegExp | undefined }>([
    { name: 'an env file that does not exist: info (kept out of git, it is missing in CI by design)', files: '".env.production"', tree: {}, expected: ['info env-file-not-read env.files'], reason: /\.env\.production is listed in env\.files but does not exist/ },
    { name: 'a template that does not exist: low (drift against it is off)', files: '".env.template"', tree: {}, expected: ['low env-file-not-read env.files'], reason: /\.env\.template is listed in env\.files but does not exist/ },
    { name: 'a folder: low', files: '"config"', tree: { 'config/.env.production': 'PORT=1\n' }, expected: ['low env-file-not-read env.files'], reason: /config is listed in env\.files but is a folder/ },
    { name: 'a glob that matches nothing: quiet', files: '"config/*.env"', tree: {}, expected: [], reason: undefined },
    { name: 'a literal path that exists: no word', files: '".env.production"', tree: { '.env.production': 'PORT=1\n' }, expected: [], reason: undefined }
  ])('$name', async ({ files, tree, expected, reason }) => {
    const { outcome } = await runEnvCheck({ yaml: listing(files), files: tree });
    expect(summarize(outcome.findings, FILE_RULES)).toEqual(expected);
    if (reason) expect(outcome.findings.find((f) => f.ruleId === 'env-file-not-read')?.message).toMatch(reason);
  });

  test('the default env.files (.env.example, optional) missing is no finding', async () => {
    const { outcome } = await runEnvCheck({ yaml: 'env:\n  vars:\n    PORT: { type: port }' });
    expect(summarize(outcome.findings, FILE_RULES)).toEqual([]);
  });

  test('env.files: [.env.example] written out is reported when missing', async () => {
    const { outcome } = await runEnvCheck({ yaml: 'env:\n  files: [.env.example]\n  vars:\n    PORT: { type: port }' });
    expect(summarize(outcome.findings, FILE_RULES)).toEqual(['low env-file-not-read env.files']);
  });
});
