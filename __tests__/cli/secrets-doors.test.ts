/**
 * One engine, one answer whichever door: `launch-ready run` and `launch-ready secrets scan` on the
 * same repository report the same secrets findings and agree on the exit code (issue 13: with a
 * committed `.env`, `run` failed and `secrets scan` passed).
 */
import { parseCliArgs, type CliCommand } from '../../src/cli/parse-cli-args.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCommand } from '../../src/cli/run-command.js';
import { secretsScanCommand } from '../../src/checks/secrets/cli-commands.js';
import { recordingLogger } from '../../src/logger.js';
import { expectNotLeaked, FAKE } from '../checks/secrets/fake-secrets.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';

function recordingIo(): CliIo & { out: string[]; logger: ReturnType<typeof recordingLogger> } {
  const out: string[] = [];
  return { out, stdout: (text) => void out.push(text), logger: recordingLogger(), color: false };
}

interface JsonFinding {
  check: string;
  ruleId: string;
  severity: string;
  location: { path: string; line: number };
}

/** Both doors on `dir` with the same flags: exit code, and the secrets findings as `severity rule path:line`. */
async function bothDoors(dir: string, flags: string[]) {
  const run = recordingIo();
  const runCode = await runCommand({ ...(parseCliArgs(['run', '--checks', 'secrets', '--format', 'json', ...flags]) as Extract<CliCommand, { name: 'run' }>), cwd: dir }, run);
  const scan = recordingIo();
  const scanCode = await secretsScanCommand({ ...(parseCliArgs(['secrets', 'scan', '--format', 'json', ...flags]) as Extract<CliCommand, { name: 'secrets-scan' }>), cwd: dir }, scan);
  const findings = (io: { out: string[] }) =>
    (JSON.parse(io.out.join('')).findings as JsonFinding[])
      .filter((finding) => finding.check === 'secrets')
      .map((finding) => `${finding.severity} ${finding.ruleId} ${finding.location.path}:${finding.location.line}`);
  const output = [...run.out, ...scan.out, ...run.logger.lines, ...scan.logger.lines].join('\n');
  return { run: { code: runCode, findings: findings(run) }, scan: { code: scanCode, findings: findings(scan) }, output };
}

describe('run and secrets scan on a repository with a committed .env', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('src/app.ts', 'export const key = process.env.STRIPE_SECRET_KEY;\n');
    await repo.write('.env.example', 'STRIPE_SECRET_KEY=\nDATABASE_PASSWORD=\n');
    await repo.write('.env', `DATABASE_PASSWORD=Vq7Lx2Rk9Tz4Wm8N\nSESSION_SECRET=p3Kd8Qz1Xw7Rm5Tb2Ny6\n`);
    await repo.commit('app');
  });

  afterAll(() => repo.cleanup());

  test('secret-named values only: the same findings, and both exit 1 on the committed env file', async () => {
    const doors = await bothDoors(repo.dir, []);
    expect(doors.run.findings).toContain('critical committed-env-file .env:1');
    expect(doors.scan.findings).toEqual(doors.run.findings);
    expect(doors.run.code).toBe(1);
    expect(doors.scan.code).toBe(doors.run.code);
    expectNotLeaked(doors.output, ['Vq7Lx2Rk9Tz4Wm8N', 'p3Kd8Qz1Xw7Rm5Tb2Ny6']);
  });

  test('secrets scan of the .env file itself, or from a subfolder, knows git tracks it', async () => {
    await repo.write('config/.env.production', 'LOG_LEVEL=info\n');
    await repo.commit('config');
    const scanned = async (argv: string[], cwd: string) => {
      const io = recordingIo();
      await secretsScanCommand({ ...(parseCliArgs(['secrets', 'scan', '--format', 'json', ...argv]) as Extract<CliCommand, { name: 'secrets-scan' }>), cwd }, io);
      return (JSON.parse(io.out.join('')).findings as JsonFinding[]).filter((f) => f.ruleId === 'committed-env-file').map((f) => `${f.severity} ${f.location.path}`);
    };
    expect(await scanned(['.env'], repo.dir)).toEqual(['critical .env']);
    expect(await scanned(['.', '..'], `${repo.dir}/config`)).toEqual([`critical ${repo.dir}/.env`, 'high .env.production']);
  });

  test('with a provider key beside them: the same findings, severities and exit code at every fail-on', async () => {
    await repo.write('.env', `STRIPE_SECRET_KEY=${FAKE.stripeLive}\nDATABASE_PASSWORD=Vq7Lx2Rk9Tz4Wm8N\nSESSION_SECRET=p3Kd8Qz1Xw7Rm5Tb2Ny6\n`);
    await repo.commit('stripe');
    for (const failOn of ['critical', 'low', 'never']) {
      const doors = await bothDoors(repo.dir, ['--fail-on', failOn]);
      expect(doors.run.findings).toEqual(expect.arrayContaining(['critical committed-env-file .env:1', 'critical stripe-live-secret-key .env:1']));
      expect(doors.scan.findings).toEqual(doors.run.findings);
      expect(doors.scan.code).toBe(doors.run.code);
      expectNotLeaked(doors.output, [FAKE.stripeLive, 'Vq7Lx2Rk9Tz4Wm8N', 'p3Kd8Qz1Xw7Rm5Tb2Ny6']);
    }
  });

  test('a .env that git does not track is no committed-env-file finding for either door (secrets scan still reads it: it scans what is on disk)', async () => {
    await repo.git(['rm', '--cached', '--quiet', '.env']);
    await repo.write('.gitignore', '.env\n');
    await repo.commit('untrack .env');
    const doors = await bothDoors(repo.dir, []);
    const envFiles = (findings: string[]) => findings.filter((finding) => finding.includes('committed-env-file'));
    expect(envFiles(doors.run.findings)).toEqual(['high committed-env-file config/.env.production:1']);
    expect(envFiles(doors.scan.findings)).toEqual(envFiles(doors.run.findings));
    expect(doors.scan.findings).toContain('critical stripe-live-secret-key .env:1');
    expectNotLeaked(doors.output, [FAKE.stripeLive, 'Vq7Lx2Rk9Tz4Wm8N', 'p3Kd8Qz1Xw7Rm5Tb2Ny6']);
  });
});
