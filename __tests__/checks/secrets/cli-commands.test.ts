/** `launch-ready secrets scan` and `secrets baseline` on real folders and repositories. */
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs, type CliCommand } from '../../../src/cli/parse-cli-args.js';
import type { CliIo } from '../../../src/cli/cli-io.js';
import { DEFAULT_BASELINE_FILE, secretsBaselineCommand, secretsScanCommand } from '../../../src/checks/secrets/cli-commands.js';
import { ConfigError } from '../../../src/errors.js';
import { recordingLogger } from '../../../src/logger.js';
import { ALL_FAKE_VALUES, expectNotLeaked, FAKE } from './fake-secrets.js';
import { createRepo, type TestRepo } from '../../helpers/git-repo.js';

type ScanCommand = Extract<CliCommand, { name: 'secrets-scan' }>;
type BaselineCommand = Extract<CliCommand, { name: 'secrets-baseline' }>;

function recordingIo(): CliIo & { out: string[]; logger: ReturnType<typeof recordingLogger> } {
  const out: string[] = [];
  return { out, stdout: (text) => void out.push(text), logger: recordingLogger(), color: false };
}

/** Parses argv as the CLI does, with the current directory set to `cwd`. */
function scan(argv: string[], cwd: string): ScanCommand {
  return { ...(parseCliArgs(['secrets', 'scan', ...argv]) as ScanCommand), cwd };
}

function baseline(argv: string[], cwd: string): BaselineCommand {
  return { ...(parseCliArgs(['secrets', 'baseline', ...argv]) as BaselineCommand), cwd };
}

describe('secrets scan on a folder that is not a git repository', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-scan-')));
    await mkdir(join(dir, 'site', 'js'), { recursive: true });
    await writeFile(join(dir, 'site', 'js', 'app.js'), `const key = "${FAKE.stripeLive}";\n`);
    await writeFile(join(dir, 'site', 'index.html'), '<h1>shop</h1>\n');
    await writeFile(join(dir, 'notes.txt'), `token ${FAKE.githubClassic}\n`);
    await writeFile(join(dir, 'clean.txt'), 'nothing here\n');
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('finds every secret, exits 1, and prints no value', async () => {
    const io = recordingIo();
    const code = await secretsScanCommand(scan(['--format', 'json', '--fail-on', 'low'], dir), io);
    expect(code).toBe(1);
    const report = JSON.parse(io.out.join(''));
    const found = report.findings.map((f: { ruleId: string; location: { path: string; line: number } }) => `${f.ruleId} ${f.location.path}:${f.location.line}`);
    expect(found.sort()).toEqual(['github-token notes.txt:1', 'stripe-live-secret-key site/js/app.js:1']);
    expect(report.results[0].metrics).toMatchObject({ filesScanned: 4, filesSkipped: 0 });
    expectNotLeaked(io.out.join('') + io.logger.lines.join('\n'));
  });

  test('one file, by a path relative to the current directory', async () => {
    const io = recordingIo();
    const code = await secretsScanCommand(scan(['site/js/app.js', '--format', 'json', '--fail-on', 'low'], dir), io);
    expect(code).toBe(1);
    const report = JSON.parse(io.out.join(''));
    expect(report.findings.map((f: { location: { path: string } }) => f.location.path)).toEqual(['site/js/app.js']);
  });

  test('a clean file exits 0; --fail-on never exits 0 whatever is found', async () => {
    expect(await secretsScanCommand(scan(['clean.txt'], dir), recordingIo())).toBe(0);
    expect(await secretsScanCommand(scan(['--fail-on', 'never'], dir), recordingIo())).toBe(0);
  });

  test('text, markdown and SARIF render the same findings; --output writes a file', async () => {
    const out = join(dir, '..', `${join(dir).split('/').pop()}.sarif`);
    try {
      const io = recordingIo();
      expect(await secretsScanCommand(scan(['--format', 'sarif', '--output', out, '--fail-on', 'low'], dir), io)).toBe(1);
      expect(io.out).toEqual([]);
      const sarif = JSON.parse(await readFile(out, 'utf8'));
      expect(sarif.runs[0].results).toHaveLength(2);
      for (const format of ['text', 'markdown']) {
        const text = recordingIo();
        await secretsScanCommand(scan(['--format', format], dir), text);
        expect(text.out.join('')).toContain('notes.txt');
        expectNotLeaked(text.out.join(''));
      }
    } finally {
      await rm(out, { force: true });
    }
  });

  test('a path that does not exist is a usage error', async () => {
    await expect(secretsScanCommand(scan(['missing/'], dir), recordingIo())).rejects.toThrow(
      new ConfigError('missing/: no such file or directory; expected a file or folder to scan')
    );
  });

  test('--history outside a git repository is a usage error', async () => {
    await expect(secretsScanCommand(scan(['--history'], dir), recordingIo())).rejects.toThrow(
      new ConfigError(".: not a git repository; --history scans a repository's commits (scan a folder without --history)")
    );
  });

  test('shards split the folder: together they find everything once', async () => {
    const counts = await Promise.all(
      ['1/2', '2/2'].map(async (shard) => {
        const io = recordingIo();
        await secretsScanCommand(scan(['--shard', shard, '--format', 'json'], dir), io);
        return JSON.parse(io.out.join('')).results[0].metrics.filesScanned as number;
      })
    );
    expect(counts[0]! + counts[1]!).toBe(4);
  });
});

describe('secrets scan --history and secrets baseline on a repository', () => {
  let repo: TestRepo;
  let leaked: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('deploy.sh', `export GH_TOKEN=${FAKE.githubClassic}\n`);
    leaked = await repo.commit('deploy script', { author: 'Ada Lovelace' });
    await repo.write('deploy.sh', 'export GH_TOKEN="$GH_TOKEN"\n');
    await repo.commit('read the token from the environment');
  });

  afterAll(() => repo.cleanup());

  test('the working tree is clean; the history is not, and the finding names the commit', async () => {
    expect(await secretsScanCommand(scan([], repo.dir), recordingIo())).toBe(0);
    const io = recordingIo();
    // `--fail-on low`: whatever confidence the engine gives this value, any finding fails.
    expect(await secretsScanCommand(scan(['--history', '--format', 'json', '--fail-on', 'low'], repo.dir), io)).toBe(1);
    const report = JSON.parse(io.out.join(''));
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'github-token',
      location: { path: 'deploy.sh', line: 1, commit: { sha: leaked, author: 'Ada Lovelace' } }
    });
    expect(report.results[0].metrics).toMatchObject({ commitsScanned: 2 });
    expectNotLeaked(io.out.join(''));
  });

  test('after `secrets baseline --history`, the same finding is known and the scan passes', async () => {
    const io = recordingIo();
    expect(await secretsBaselineCommand(baseline(['--history'], repo.dir), io)).toBe(0);
    expect(io.out).toEqual([`Wrote 1 finding to ${DEFAULT_BASELINE_FILE}\n`]);
    const file = await readFile(join(repo.dir, DEFAULT_BASELINE_FILE), 'utf8');
    expectNotLeaked(file);

    const again = recordingIo();
    const code = await secretsScanCommand(scan(['--history', '--baseline', DEFAULT_BASELINE_FILE, '--format', 'json', '--fail-on', 'low'], repo.dir), again);
    expect(code).toBe(0);
    expect(JSON.parse(again.out.join('')).findings).toEqual([expect.objectContaining({ ruleId: 'github-token', known: true })]);
  });
});

describe('secrets baseline and scan under a fingerprint key (LAUNCH_READY_FINGERPRINT_KEY)', () => {
  const KEY = ['mQ3v8Zt1Lk0pX7cR', '2wN9yB4sH6dF5gJ1aE8uT3oI0c='].join('');
  /** A person-chosen password: its fingerprint is the one the key spares scrypt. */
  const PASSWORD = ['Tr0ub4dor', '&3-horse'].join('');
  let dir: string;

  /** Runs `fn` with the key in the environment (or without it), as a CI secret would be. */
  async function withKey<T>(key: string | undefined, fn: () => Promise<T>): Promise<T> {
    const before = process.env.LAUNCH_READY_FINGERPRINT_KEY;
    if (key === undefined) delete process.env.LAUNCH_READY_FINGERPRINT_KEY;
    else process.env.LAUNCH_READY_FINGERPRINT_KEY = key;
    try {
      return await fn();
    } finally {
      if (before === undefined) delete process.env.LAUNCH_READY_FINGERPRINT_KEY;
      else process.env.LAUNCH_READY_FINGERPRINT_KEY = before;
    }
  }

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-keyed-')));
    await writeFile(join(dir, 'config.py'), `DATABASE_URL = "postgres://app:${PASSWORD}@db.internal:5432/app"\nTOKEN = "${FAKE.githubClassic}"\n`);
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('the baseline records the key id (not the key); the scan with the key knows every finding', async () => {
    const io = recordingIo();
    expect(await withKey(KEY, () => secretsBaselineCommand(baseline([], dir), io))).toBe(0);
    const file = await readFile(join(dir, DEFAULT_BASELINE_FILE), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ keyId: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(io.out).toEqual([
      `Wrote 2 findings to ${DEFAULT_BASELINE_FILE} (fingerprints under LAUNCH_READY_FINGERPRINT_KEY, key id ${JSON.parse(file).keyId}: scans need the same key)\n`
    ]);
    expect(JSON.parse(file).entries.map((entry: { ruleId: string }) => entry.ruleId).sort()).toEqual(['github-token', 'postgres-url']);
    expect(file).not.toContain(KEY);
    expectNotLeaked(file, [...ALL_FAKE_VALUES, PASSWORD]);

    const again = recordingIo();
    const code = await withKey(KEY, () => secretsScanCommand(scan(['--baseline', DEFAULT_BASELINE_FILE, '--format', 'sarif', '--fail-on', 'low'], dir), again));
    expect(code).toBe(0);
    const output = again.out.join('') + again.logger.lines.join('\n');
    expect(JSON.parse(again.out.join('')).runs[0].results).toHaveLength(2);
    expect(output).not.toContain(KEY);
    expectNotLeaked(output, [...ALL_FAKE_VALUES, PASSWORD]);
  });

  test('the same baseline without the key, or with another: a ConfigError at the baseline, never a key', async () => {
    const run = (key: string | undefined) => withKey(key, () => secretsScanCommand(scan(['--baseline', DEFAULT_BASELINE_FILE, '--format', 'json'], dir), recordingIo()));
    await expect(run(undefined)).rejects.toThrow(
      new ConfigError('the secrets baseline was written with a fingerprint key (key id ' + JSON.parse(await readFile(join(dir, DEFAULT_BASELINE_FILE), 'utf8')).keyId + ') and LAUNCH_READY_FINGERPRINT_KEY is not set: set it to that key, or rewrite the baseline with `launch-ready secrets baseline` without it (a pull request from a fork gets no secrets)', { file: DEFAULT_BASELINE_FILE })
    );
    const other = `${KEY.slice(1)}Q`;
    const error = await run(other).catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('LAUNCH_READY_FINGERPRINT_KEY is not the key the secrets baseline was written with');
    expect((error as Error).message).not.toContain(other);
  });

  test('without a key: the baseline holds the password\'s stretched fingerprint, the report a located one, and it is known', async () => {
    const unkeyed = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-unkeyed-')));
    try {
      await writeFile(join(unkeyed, 'config.py'), `DATABASE_URL = "postgres://app:${PASSWORD}@db.internal:5432/app"\nTOKEN = "${FAKE.githubClassic}"\n`);
      expect(await withKey(undefined, () => secretsBaselineCommand(baseline([], unkeyed), recordingIo()))).toBe(0);
      const file = await readFile(join(unkeyed, DEFAULT_BASELINE_FILE), 'utf8');
      expectNotLeaked(file, [...ALL_FAKE_VALUES, PASSWORD]);
      const again = recordingIo();
      const code = await withKey(undefined, () => secretsScanCommand(scan(['--baseline', DEFAULT_BASELINE_FILE, '--format', 'json', '--fail-on', 'low'], unkeyed), again));
      expect(code).toBe(0);
      const report = JSON.parse(again.out.join(''));
      const byRule = (ruleId: string) => report.findings.find((finding: { ruleId: string }) => finding.ruleId === ruleId);
      expect([byRule('postgres-url').known, byRule('github-token').known]).toEqual([true, true]);
      const entries = JSON.parse(file).entries.map((entry: { fingerprint: string }) => entry.fingerprint);
      expect(entries).toContain(byRule('github-token').fingerprint);
      expect(entries).not.toContain(byRule('postgres-url').fingerprint);
      expectNotLeaked(again.out.join('') + again.logger.lines.join('\n'), [...ALL_FAKE_VALUES, PASSWORD]);
    } finally {
      await rm(unkeyed, { recursive: true, force: true });
    }
  });

  test('a key too short to trust: a ConfigError that does not quote it', async () => {
    const error = await withKey('short-key-123', () => secretsScanCommand(scan(['--format', 'json'], dir), recordingIo())).catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^LAUNCH_READY_FINGERPRINT_KEY is 13 characters long/);
    expect((error as Error).message).not.toContain('short-key-123');
  });
});

describe('parsing', () => {
  test('secrets scan with every option', () => {
    expect(
      parseCliArgs(['secrets', 'scan', 'a', 'b/c.txt', '--config', 'lr.yml', '--baseline', 'b.json', '--fail-on', 'high', '--format', 'sarif', '-o', 'out.sarif', '--shard', '3/4'])
    ).toEqual({
      name: 'secrets-scan',
      paths: ['a', 'b/c.txt'],
      cwd: process.cwd(),
      history: false,
      config: 'lr.yml',
      baseline: 'b.json',
      failOn: 'high',
      format: 'sarif',
      output: 'out.sarif',
      shard: { index: 3, count: 4 }
    });
  });

  test('defaults: the current directory, text', () => {
    expect(parseCliArgs(['secrets', 'scan'])).toMatchObject({ name: 'secrets-scan', paths: ['.'], history: false, format: 'text' });
    expect(parseCliArgs(['secrets', 'baseline'])).toEqual({ name: 'secrets-baseline', path: '.', cwd: process.cwd(), history: false, config: undefined, output: undefined });
  });

  test.each([
    [['secrets'], 'launch-ready secrets: expected scan or baseline; got nothing (see launch-ready --help)'],
    [['secrets', 'scna'], 'launch-ready secrets: expected scan or baseline; got "scna" (see launch-ready --help)'],
    [['secrets', 'scan', '--shard', '5/4'], '--shard: expected a shard like 2/4 (this job\'s number, 1 to the job count, then the job count, at most 256); got "5/4"'],
    [['secrets', 'scan', '--history', 'a', 'b'], 'secrets scan --history: expected one repository path; scan other repositories in separate runs'],
    [['secrets', 'baseline', 'a', 'b'], 'unexpected argument "b"; secrets baseline takes one path (see launch-ready --help)']
  ])('usage error for %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(new ConfigError(message));
  });
});

describe('secrets scan and the default skips (issue 13: a scan of node_modules scanned 0 files and passed)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-vendored-')));
    await mkdir(join(dir, 'node_modules', 'pkg', 'node_modules', 'dep'), { recursive: true });
    await mkdir(join(dir, 'vendor', 'lib'), { recursive: true });
    await mkdir(join(dir, 'assets'), { recursive: true });
    await writeFile(join(dir, 'app.js'), 'export const token = process.env.GITHUB_TOKEN;\n');
    await writeFile(join(dir, 'node_modules', 'pkg', 'index.js'), `module.exports = "${FAKE.githubClassic}";\n`);
    await writeFile(join(dir, 'node_modules', 'pkg', 'node_modules', 'dep', 'index.js'), `module.exports = "${FAKE.npmToken}";\n`);
    await writeFile(join(dir, 'vendor', 'lib', 'client.go'), `const key = "${FAKE.stripeLive}"\n`);
    await writeFile(join(dir, 'assets', 'logo.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(FAKE.githubOauth)]));
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  const paths = (report: { findings: Array<{ location: { path: string } }> }) => report.findings.map((f) => f.location.path).sort();

  test('a vendored folder named on the command line is scanned, nested packages too', async () => {
    const io = recordingIo();
    const code = await secretsScanCommand(scan(['node_modules', '--format', 'json', '--fail-on', 'low'], dir), io);
    expect(code).toBe(1);
    const report = JSON.parse(io.out.join(''));
    expect(paths(report)).toEqual(['node_modules/pkg/index.js', 'node_modules/pkg/node_modules/dep/index.js']);
    expect(report.results[0].metrics).toMatchObject({ filesScanned: 2, filesSkipped: 0 });
    expectNotLeaked(io.out.join('') + io.logger.lines.join('\n'));
  });

  test('the default scan skips vendored code and says how many files, why, and how to scan them', async () => {
    const json = recordingIo();
    expect(await secretsScanCommand(scan(['--format', 'json', '--fail-on', 'low'], dir), json)).toBe(0);
    const report = JSON.parse(json.out.join(''));
    expect(report.results[0]).toMatchObject({
      status: 'passed',
      metrics: { filesScanned: 1, filesSkipped: 4, skippedBinary: 1, skippedVendored: 3 },
      reason: expect.stringContaining('skipped 4 of 5 files: 3 vendored, 1 binary')
    });
    expect(report.results[0].reason).toContain('secrets.paths.include');
    for (const format of ['text', 'markdown']) {
      const io = recordingIo();
      await secretsScanCommand(scan(['--format', format], dir), io);
      // Markdown escapes the colon.
      expect(io.out.join('')).toMatch(/skipped 4 of 5 files\\?: 3 vendored, 1 binary/);
      expectNotLeaked(io.out.join('') + io.logger.lines.join('\n'));
    }
  });

  test('an include glob that names a vendored folder scans it; one that does not leaves it skipped', async () => {
    await writeFile(join(dir, 'lr.yml'), 'secrets:\n  paths:\n    include: ["**/*.js", "vendor/**"]\n');
    try {
      const io = recordingIo();
      expect(await secretsScanCommand(scan(['--config', 'lr.yml', '--format', 'json', '--fail-on', 'low'], dir), io)).toBe(1);
      const report = JSON.parse(io.out.join(''));
      expect(paths(report)).toEqual(['vendor/lib/client.go']);
      expect(report.results[0].metrics).toMatchObject({ filesScanned: 2, filesSkipped: 2, skippedVendored: 2 });
      expectNotLeaked(io.out.join('') + io.logger.lines.join('\n'));
    } finally {
      await rm(join(dir, 'lr.yml'));
    }
  });

  test('files given and none scanned is said loudly: status skipped, the reason, a warning', async () => {
    const io = recordingIo();
    const code = await secretsScanCommand(scan(['assets', '--format', 'json'], dir), io);
    expect(code).toBe(0);
    const report = JSON.parse(io.out.join(''));
    expect(report.results[0]).toMatchObject({ status: 'skipped', reason: 'nothing scanned: the 1 file given was skipped (1 binary)' });
    expect(io.logger.lines).toEqual(['warning: secrets: nothing scanned: the 1 file given was skipped (1 binary)']);
    const text = recordingIo();
    await secretsScanCommand(scan(['assets'], dir), text);
    expect(text.out.join('')).toContain('secrets  skipped · nothing scanned: the 1 file given was skipped (1 binary)');
    expectNotLeaked(io.out.join('') + text.out.join('') + io.logger.lines.join('\n'));
  });
});

describe('secrets scan says what git knows of the file (#16: ignored files were "Committed in a tracked file")', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('.gitignore', 'local/\n*.secret.sh\n');
    await repo.write('deploy.sh', `export GH_TOKEN=${FAKE.githubClassic}\n`);
    await repo.commit('deploy script');
    await repo.write('local/notes.sh', `export GH_TOKEN=${FAKE.githubClassic}\n`);
    await repo.write('run.secret.sh', `export GH_TOKEN=${FAKE.githubClassic}\n`);
    await repo.write('draft.sh', `export GH_TOKEN=${FAKE.githubClassic}\n`);
  });

  afterAll(() => repo.cleanup());

  test('tracked, ignored (by folder and by pattern) and untracked files each say so', async () => {
    const io = recordingIo();
    await secretsScanCommand(scan(['--format', 'json'], repo.dir), io);
    const findings = JSON.parse(io.out.join('')).findings as Array<{ location: { path: string }; message: string }>;
    const said = Object.fromEntries(findings.map((finding) => [finding.location.path, finding.message.split(':')[0]]));
    expect(said).toEqual({
      'deploy.sh': 'Committed in a tracked file',
      'local/notes.sh': 'In a file git ignores',
      'run.secret.sh': 'In a file git ignores',
      'draft.sh': 'In a file git does not track yet'
    });
    expectNotLeaked(io.out.join(''));
  });
});
