/** `launch-ready run` where there is no repository to check: what it says (issue 13). */
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs, type CliCommand } from '../../src/cli/parse-cli-args.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCommand } from '../../src/cli/run-command.js';
import { ConfigError } from '../../src/errors.js';
import { recordingLogger } from '../../src/logger.js';
import { expectNotLeaked, FAKE } from '../checks/secrets/fake-secrets.js';

type RunCommand = Extract<CliCommand, { name: 'run' }>;

function recordingIo(): CliIo & { out: string[]; logger: ReturnType<typeof recordingLogger> } {
  const out: string[] = [];
  return { out, stdout: (text) => void out.push(text), logger: recordingLogger(), color: false };
}

test('--cwd that does not exist is a usage error (exit 2) naming the folder, not "git is not installed"', async () => {
  const command = parseCliArgs(['run', '--cwd', '/nonexistent/launch-ready']) as RunCommand;
  await expect(runCommand(command, recordingIo())).rejects.toThrow(
    new ConfigError('--cwd /nonexistent/launch-ready: no such folder; expected the repository to read')
  );
});

describe('run in a folder that is not a git repository', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-plain-')));
    await writeFile(join(dir, 'notes.txt'), `token ${FAKE.githubClassic}\n`);
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('the secrets check could not run, says why and how to scan a plain folder; no value is printed', async () => {
    const expected =
      `not a git repository: ${dir}; the secrets check scans the files git tracks (check the repository out first), ` +
      `or scan it as a plain folder: launch-ready secrets scan ${dir}`;
    const json = recordingIo();
    await runCommand({ ...(parseCliArgs(['run', '--format', 'json']) as RunCommand), cwd: dir }, json);
    const secrets = JSON.parse(json.out.join('')).results.find((result: { check: string }) => result.check === 'secrets');
    expect(secrets).toMatchObject({ status: 'errored', reason: expected });
    const text = recordingIo();
    await runCommand({ ...(parseCliArgs(['run']) as RunCommand), cwd: dir }, text);
    expect(text.out.join('')).toContain(`secrets  could not run · ${expected}`);
    expectNotLeaked([...json.out, ...text.out, ...json.logger.lines, ...text.logger.lines].join('\n'));
  });

  // Before fail-on-error: "secrets could not run", "✔ launch-ready passed", exit 0.
  test.each([
    { flags: [], code: 1, verdict: '✖ launch-ready failed' },
    { flags: ['--fail-on-error', 'false'], code: 0, verdict: '✔ launch-ready passed' }
  ])('a scan that could not run fails the gate unless --fail-on-error false: $flags → exit $code', async ({ flags, code, verdict }) => {
    const io = recordingIo();
    const exit = await runCommand({ ...(parseCliArgs(['run', ...flags]) as RunCommand), cwd: dir }, io);
    expect(exit).toBe(code);
    expect(io.out.join('').startsWith(verdict)).toBe(true);
  });
});
