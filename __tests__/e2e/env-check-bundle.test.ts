/** The bundled CLI (dist/cli.js) running the env check: `launch-ready run --checks env`. Run `npm run build` first. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';

const CLI = resolve('dist/cli.js');
const SECRET = 'Pl4ntedE2eSessionSecretQq77Zz';

function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('launch-ready run --checks env', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write(
      'launch-ready.yml',
      [
        'env:',
        '  files: [".env.example"]',
        '  vars:',
        '    DATABASE_URL: { type: url, protocols: [postgres], required: [production], secret: true }',
        '    SESSION_SECRET: { secret: true, minLength: 64, required: true }',
        '    PORT: { type: port, default: 3000 }'
      ].join('\n')
    );
    await repo.write('.env.example', 'DATABASE_URL=\nSESSION_SECRET=\nPORT=3000\n');
    await repo.write('src/server.js', 'const { DATABASE_URL, SESSION_SECRET, PORT } = process.env;\n');
    await repo.commit('app');
  });
  afterAll(() => repo.cleanup());

  test('a required variable missing in production exits 1; the JSON report has the finding and the matrix', async () => {
    const { code, stdout } = await cli(['run', '--checks', 'env', '--environment', 'production', '--format', 'json'], repo.dir, { SESSION_SECRET: SECRET });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const env = report.results.find((result: { check: string }) => result.check === 'env');
    expect(env.findings.map((finding: { ruleId: string; severity: string }) => `${finding.severity} ${finding.ruleId}`)).toEqual([
      'critical env-missing',
      'critical env-invalid'
    ]);
    expect(env.tables[0].columns).toEqual(['Variable', 'development', 'preview', 'production (this run)']);
    expect(stdout).not.toContain(SECRET);
  });

  test('all set and valid exits 0; the text output shows the matrix and never the value', async () => {
    const longSecret = `${SECRET}${'x9'.repeat(20)}`;
    const { code, stdout, stderr } = await cli(['run', '--checks', 'env', '--environment', 'production'], repo.dir, {
      DATABASE_URL: 'postgres://app:pw@db.internal/app',
      SESSION_SECRET: longSecret
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Variables × environments');
    expect(stdout).toContain('DATABASE_URL');
    expect(stdout + stderr).not.toContain(SECRET);
  });
});
