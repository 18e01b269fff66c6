/** The bundled CLI (dist/cli.js) as a user runs it: exit codes, formats, and no leaked values. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { PULL_REQUEST_FILES } from '../../src/demo/sample-project.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';

const CLI = resolve('dist/cli.js');

function cli(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** The secret-shaped values the demo plants, read back from its files. */
const demoSecrets = Object.values(PULL_REQUEST_FILES)
  .join('\n')
  .match(/ghp_\w{36}|AKIA[A-Z2-7]{16}|sk_live_\w+|(?<=AWS_SECRET_ACCESS_KEY=)\S{40}/g)!;

test('demo prints the report a PR would get, redacted, and exits 0', async () => {
  expect(demoSecrets).toHaveLength(4);
  const { code, stdout, stderr } = await cli(['demo']);
  expect(code).toBe(0);
  expect(stdout).toContain('scripts/release.sh');
  expect(stdout).toContain('<!-- launch-ready:comment -->');
  expect(stdout).toMatch(/In CI this pull request would exit 1/);
  for (const value of demoSecrets) {
    expect(stdout).not.toContain(value);
    expect(stderr).not.toContain(value);
  }
});

describe('run on a local repository', () => {
  let repo: TestRepo;
  const token = ['ghp', '_', 'Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78'].join('');
  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('ci/deploy.sh', `export GH_TOKEN=${token}\n`);
    await repo.commit('leak');
  });
  afterAll(() => repo.cleanup());

  test('findings at or above fail-on exit 1; JSON lists every finding without the value', async () => {
    const { code, stdout } = await cli(['run', '--format', 'json'], repo.dir);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings[0]).toMatchObject({ check: 'secrets', ruleId: 'github-token', severity: 'critical', location: { path: 'ci/deploy.sh', line: 1 } });
    expect(stdout).not.toContain(token);
  });

  test('fail-on never exits 0', async () => {
    expect((await cli(['run', '--fail-on', 'never'], repo.dir)).code).toBe(0);
  });

  test('a bad flag exits 2 with a message and no stack', async () => {
    const { code, stderr } = await cli(['run', '--format', 'html'], repo.dir);
    expect(code).toBe(2);
    expect(stderr).toBe('launch-ready: --format: expected one of text, markdown, json, sarif; got "html"\n');
  });

  test('a config error exits 2 with file, line and column', async () => {
    await repo.write('lr.yml', 'secrets:\n  scna: tree\n');
    const { code, stderr } = await cli(['run', '--config', 'lr.yml'], repo.dir);
    expect(code).toBe(2);
    expect(stderr).toContain('lr.yml:2:3');
    expect(stderr).toContain('did you mean "scan"?');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
