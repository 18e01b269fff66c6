/** The bundled CLI (dist/cli.js) as a user runs it: exit codes, formats, and no leaked values. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { base62Crc32 } from '../../src/detect/rules/checksums.js';
import { PULL_REQUEST_FILES } from '../../src/demo/sample-project.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';

const CLI = resolve('dist/cli.js');

function cli(args: string[], cwd = process.cwd(), nodeFlags: string[] = [], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [...nodeFlags, CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** The secret-shaped values the demo plants, read back from its files. */
const demoSecrets = Object.values(PULL_REQUEST_FILES)
  .join('\n')
  .match(/ghp_\w{36}|AKIA[A-Z2-7]{16}|sk_live_\w+|(?<=AWS_SECRET_ACCESS_KEY=)\S{40}/g)!;

/** The rule ids of the demo's findings, by check. */
function rulesByCheck(json: string): Record<string, string[]> {
  const findings = (JSON.parse(json) as { findings: Array<{ check: string; ruleId: string }> }).findings;
  const rules: Record<string, string[]> = {};
  for (const finding of findings) (rules[finding.check] ??= []).push(finding.ruleId);
  for (const list of Object.values(rules)) list.sort();
  return rules;
}

test('demo prints the report a PR would get (secrets, env and a smoke test of its running preview), redacted, and exits 0', async () => {
  expect(demoSecrets).toHaveLength(4);
  const [text, json] = await Promise.all([cli(['demo']), cli(['demo', '--format', 'json'])]);
  expect([text.code, json.code]).toEqual([0, 0]);
  // The app came up over HTTPS with its own certificate: no fallback note.
  expect(text.stderr + json.stderr).toBe('');
  expect(rulesByCheck(json.stdout)).toEqual({
    secrets: ['aws-access-key-id', 'aws-secret-access-key', 'committed-env-file', 'github-token', 'stripe-live-secret-key'],
    env: ['env-file-invalid', 'env-missing', 'env-unused'],
    smoke: ['smoke-private-cacheable', 'smoke-redirect-loop', 'smoke-route-failed', 'smoke-route-failed']
  });
  expect(text.stdout).toMatch(/^Demo: pull request #42 of a sample shop, and its preview deploy running at https:\/\/127\.0\.0\.1:\d+$/m);
  expect(text.stdout).toContain('scripts/release.sh');
  expect(text.stdout).toContain('<!-- launch-ready:comment -->');
  for (const table of ['Routes', 'Flows', 'Variables × environments']) expect(text.stdout).toContain(`<details><summary>${table}</summary>`);
  expect(text.stdout).toContain('| contact form | 1\\. GET /contact | 200 |');
  expect(text.stdout).toMatch(/In CI this pull request would exit 1/);
  for (const value of demoSecrets) {
    for (const output of [text.stdout, text.stderr, json.stdout]) expect(output).not.toContain(value);
  }
});

describe('run on a local repository', () => {
  let repo: TestRepo;
  const body = 'Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op';
  const token = ['ghp', '_', body, base62Crc32(body)].join('');
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

  test('without WebAssembly (node --jitless) a scan finds the same, plain and in base64: the TypeScript twins take over', async () => {
    await repo.write('config/encoded.txt', `blob: ${Buffer.from(`GH_TOKEN=${token}\n`).toString('base64')}\n`);
    const args = ['secrets', 'scan', '.', '--format', 'json'];
    const [withWasm, withoutWasm] = await Promise.all([cli(args, repo.dir), cli(args, repo.dir, ['--jitless'])]);
    const findings = JSON.parse(withWasm.stdout).findings;
    expect(findings.map((finding: { location: { path: string } }) => finding.location.path).sort()).toEqual(['ci/deploy.sh', 'config/encoded.txt']);
    expect(JSON.parse(withoutWasm.stdout).findings).toEqual(findings);
    expect(withoutWasm.code).toBe(withWasm.code);
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

describe('secrets scan on a folder that is not a git repository', () => {
  let dir: string;
  const key = ['sk', '_live_', '51Hq', 'Tz8Rw3Nb6Vc1Xm4Kp7Ld2Fj5'].join('');

  beforeAll(async () => {
    const { mkdtemp, mkdir, writeFile, realpath } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-e2e-scan-')));
    await mkdir(join(dir, 'public'), { recursive: true });
    await writeFile(join(dir, 'public', 'app.js'), `var stripe="${key}";\n`);
    await writeFile(join(dir, 'README.md'), '# site\n');
  });

  afterAll(async () => {
    const { rm } = await import('node:fs/promises');
    await rm(dir, { recursive: true, force: true });
  });

  test('a secret exits 1 with the finding, never the value', async () => {
    const { code, stdout, stderr } = await cli(['secrets', 'scan', '--fail-on', 'low', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings[0]).toMatchObject({ ruleId: 'stripe-live-secret-key', location: { path: 'public/app.js', line: 1 } });
    expect(stdout + stderr).not.toContain(key);
  });

  test('scan threads: a large folder scanned with workers gives the same report; a bad thread count exits 2', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    await mkdir(join(dir, 'many'), { recursive: true });
    for (let index = 0; index < 300; index += 1) {
      await writeFile(join(dir, 'many', `m${String(index).padStart(3, '0')}.js`), index % 50 === 7 ? `var k="${key}";\n` : `var n=${index};\n`);
    }
    const args = ['secrets', 'scan', '.', '--format', 'json'];
    const [alone, threaded] = await Promise.all([
      cli(args, dir, [], { LAUNCH_READY_SCAN_THREADS: '1' }),
      cli(args, dir, [], { LAUNCH_READY_SCAN_THREADS: '3' })
    ]);
    const withoutDuration = (stdout: string) => JSON.stringify({ ...JSON.parse(stdout), results: JSON.parse(stdout).results.map((r: object) => ({ ...r, durationMs: 0 })) });
    expect(threaded.code).toBe(1);
    expect(withoutDuration(threaded.stdout)).toBe(withoutDuration(alone.stdout));
    expect(JSON.parse(threaded.stdout).findings).toHaveLength(7);
    expect(threaded.stdout + threaded.stderr).not.toContain(key);

    const bad = await cli(args, dir, [], { LAUNCH_READY_SCAN_THREADS: 'lots' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('launch-ready: LAUNCH_READY_SCAN_THREADS must be a whole number from 1 to 16 (1: scan on the main thread only), not "lots"\n');
  });

  test('a clean file exits 0; a missing path exits 2 with the reason', async () => {
    expect((await cli(['secrets', 'scan', 'README.md'], dir)).code).toBe(0);
    const missing = await cli(['secrets', 'scan', 'nope'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('launch-ready: nope: no such file or directory; expected a file or folder to scan\n');
  });
});
