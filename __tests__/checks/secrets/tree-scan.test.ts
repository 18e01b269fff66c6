/** The secrets check scanning every tracked file, against a real git repository. */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckDeps } from '../../../src/checks/check.js';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import { MAX_TREE_FILE_BYTES } from '../../../src/checks/secrets/sources/tree-files.js';
import type { Context } from '../../../src/context/context.js';
import { recordingLogger } from '../../../src/logger.js';
import { createRepo, type TestRepo } from '../../helpers/git-repo.js';
import { configWith } from './config-fixture.js';
import { expectNotLeaked, FAKE, outputSurface } from './fake-secrets.js';

function pushContext(dir: string): Context {
  return { eventName: 'push', kind: 'push', workspace: dir, push: { after: 'HEAD' }, hasToken: false };
}

function depsWith() {
  const logger = recordingLogger();
  return { logger, deps: { logger, now: () => 0 } satisfies CheckDeps };
}

describe('secrets check, tree scan', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('src/config.ts', `// settings\nexport const token = '${FAKE.githubClassic}';\n`);
    await repo.write('.env', `AWS_ACCESS_KEY_ID=${FAKE.awsKeyId}\n`);
    await repo.write('docs/über café.md', `Token: ${FAKE.githubOauth}\n`);
    await repo.write('win.txt', `first\r\nSLACK=${FAKE.slackBot}\r\n`);
    await repo.write('bom.ts', `\uFEFF${FAKE.npmToken}\n`);
    await repo.write('docs/example.md', `npm: ${FAKE.npmToken}\n`);
    await repo.write('fixtures/key.pem', `${FAKE.privateKeyHeader}\n`);
    await repo.write('bin/blob.dat', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(FAKE.stripeLive)]));
    await repo.write('data/big.txt', `${FAKE.googleApiKey}\n${'a'.repeat(MAX_TREE_FILE_BYTES)}`);
    await symlink('src/config.ts', join(repo.dir, 'link.ts'));
    await repo.commit('tree');
    // Not tracked: never part of a tree scan.
    await writeFile(join(repo.dir, 'scratch.txt'), `${FAKE.stripeLive}\n`);
    await mkdir(join(repo.dir, 'tmp'));
    await writeFile(join(repo.dir, 'tmp', 'notes.md'), `${FAKE.githubFineGrained}\n`);
  });

  afterAll(() => repo.cleanup());

  const config = configWith({
    paths: { include: [], exclude: ['fixtures/**'] },
    allow: [{ rule: 'npm-token', path: 'docs/**', reason: 'documented example' }]
  });

  test('finds the secrets in tracked text files only', async () => {
    const { logger, deps } = depsWith();
    const outcome = await secretsCheck.run(config, pushContext(repo.dir), deps);

    expect(outcome.status).toBe('failed');
    expect(outcome.findings.map((f) => [f.ruleId, f.location])).toEqual([
      ['github-token', { kind: 'file', path: 'docs/über café.md', line: 1, column: 8, endColumn: 48 }],
      ['github-token', { kind: 'file', path: 'src/config.ts', line: 2, column: 23, endColumn: 63 }],
      ['aws-access-key-id', { kind: 'file', path: '.env', line: 1, column: 19, endColumn: 39 }],
      ['npm-token', { kind: 'file', path: 'bom.ts', line: 1, column: 1, endColumn: 41 }],
      ['slack-token', { kind: 'file', path: 'win.txt', line: 2, column: 7, endColumn: 61 }]
    ]);
    expect(outcome.findings[1]?.message).toBe('Committed in a tracked file: anyone who can read the repository or its history can use it.');
    // Skipped: the binary file, the file over the size limit and the symlink.
    expect(outcome.metrics).toMatchObject({ filesScanned: 6, filesSkipped: 3 });
    expectNotLeaked(outputSurface(outcome, logger));
  });

  test('logs counts only, at debug level', async () => {
    const { logger, deps } = depsWith();
    await secretsCheck.run(config, pushContext(repo.dir), deps);
    expect(logger.lines).toEqual([
      expect.stringMatching(/^debug: secrets: tree scan of 6 files \(\d+ lines, \d+ bytes\), 3 skipped, 5 findings$/)
    ]);
  });

  test('scan: history scans the tree for now and says so', async () => {
    const { logger, deps } = depsWith();
    const outcome = await secretsCheck.run({ ...config, secrets: { ...config.secrets, scan: 'history' } }, pushContext(repo.dir), deps);
    expect(outcome.findings).toHaveLength(5);
    expect(logger.lines[0]).toBe('info: secrets: history scanning comes in a later version; scanning the tracked files instead');
    expectNotLeaked(outputSurface(outcome, logger));
  });

  test('a repository without secrets passes', async () => {
    const clean = await createRepo();
    try {
      await clean.write('src/index.ts', 'export const token = process.env.GITHUB_TOKEN;\n');
      await clean.commit('clean');
      const { deps } = depsWith();
      const outcome = await secretsCheck.run(configWith(), pushContext(clean.dir), deps);
      expect(outcome).toEqual({
        status: 'passed',
        findings: [],
        metrics: { filesScanned: 1, linesScanned: 1, bytesScanned: 46, filesSkipped: 0 }
      });
    } finally {
      await clean.cleanup();
    }
  });

  test('a workspace that is not a git repository: the check throws git\'s reason', async () => {
    const { deps } = depsWith();
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'launch-ready-not-a-repo-'));
    try {
      await expect(secretsCheck.run(configWith(), pushContext(dir), deps)).rejects.toThrow(/git ls-files -z --cached failed \(exit 128\): fatal: not a git repository/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
