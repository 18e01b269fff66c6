/** The secrets check scanning every tracked file (`scan: tree`, and local runs), against a real git repository. */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { checkDeps } from '../../helpers/check-deps.js';
import { join } from 'node:path';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import { MAX_FILE_BYTES } from '../../../src/files/skip-policy.js';
import type { Context } from '../../../src/context/context.js';
import { recordingLogger } from '../../../src/logger.js';
import { createRepo, type TestRepo } from '../../helpers/git-repo.js';
import { configWith } from './config-fixture.js';
import { expectNotLeaked, FAKE, outputSurface } from './fake-secrets.js';

function localContext(dir: string, extra: Partial<Context> = {}): Context {
  return { eventName: 'local', kind: 'local', workspace: dir, hasToken: false, ...extra };
}

function depsWith() {
  const logger = recordingLogger();
  return { logger, deps: checkDeps({ logger }) };
}

/**
 * `rule path:line`, with the severity for the env file finding only: the scanner's severities
 * depend on its confidence rules, which are not what this test is about.
 */
const lines = (findings: Array<{ ruleId: string; severity: string; location?: { kind: string; path?: string; line?: number } }>) =>
  findings
    .map((f) => `${f.ruleId === 'committed-env-file' ? `${f.severity} ` : ''}${f.ruleId} ${f.location?.path}:${f.location?.line}`)
    .sort();

describe('secrets check, tree scan', () => {
  let repo: TestRepo;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('src/config.ts', `// settings\nexport const token = '${FAKE.githubClassic}';\n`);
    await repo.write('.env', `AWS_ACCESS_KEY_ID=${FAKE.awsKeyId}\n`);
    await repo.write('.env.production', 'LOG_LEVEL=info\n');
    await repo.write('.env.example', 'AWS_ACCESS_KEY_ID=\n');
    await repo.write('docs/über café.md', `Token: ${FAKE.githubOauth}\n`);
    await repo.write('win.txt', `first\r\nSLACK=${FAKE.slackBot}\r\n`);
    await repo.write('docs/example.md', `npm: ${FAKE.npmToken}\n`);
    await repo.write('fixtures/key.pem', `${FAKE.privateKeyHeader}\n`);
    await repo.write('node_modules/pkg/index.js', `module.exports = '${FAKE.stripeLive}';\n`);
    await repo.write('bin/blob.dat', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(FAKE.stripeLive)]));
    await repo.write('data/big.txt', `${FAKE.googleApiKey}\n${'a'.repeat(MAX_FILE_BYTES)}`);
    await symlink('src/config.ts', join(repo.dir, 'link.ts'));
    await repo.commit('tree');
    // Not tracked: never part of a tree scan.
    await writeFile(join(repo.dir, 'scratch.txt'), `${FAKE.stripeLive}\n`);
    await mkdir(join(repo.dir, 'tmp'));
    await writeFile(join(repo.dir, 'tmp', 'notes.md'), `${FAKE.githubFineGrained}\n`);
  });

  afterAll(() => repo.cleanup());

  const config = configWith({
    scan: 'tree',
    paths: { include: [], exclude: ['fixtures/**'] },
    allow: [{ rule: 'npm-token', path: 'docs/**', reason: 'documented example' }]
  });

  test('finds the secrets in tracked text files, and the committed env files', async () => {
    const { logger, deps } = depsWith();
    const outcome = await secretsCheck.run(config, localContext(repo.dir), deps);

    expect(lines(outcome.findings)).toEqual([
      'aws-access-key-id .env:1',
      'critical committed-env-file .env:1',
      'github-token docs/über café.md:1',
      'github-token src/config.ts:2',
      'high committed-env-file .env.production:1',
      'slack-token win.txt:2'
    ]);
    const envFinding = outcome.findings.find((f) => f.ruleId === 'committed-env-file');
    expect(envFinding).toMatchObject({ title: 'Committed env file', confidence: 'high', location: { kind: 'file', path: '.env', line: 1 } });
    expect(outcome.metrics).toEqual({
      filesScanned: 7,
      bytesScanned: expect.any(Number),
      filesSkipped: 4,
      skippedBinary: 1,
      skippedTooLarge: 1,
      skippedVendored: 1,
      skippedSymlink: 1
    });
    expectNotLeaked(outputSurface(outcome, logger));
  });

  test('logs counts only, at debug level', async () => {
    const { logger, deps } = depsWith();
    await secretsCheck.run(config, localContext(repo.dir), deps);
    expect(logger.lines).toEqual([expect.stringMatching(/^debug: secrets: tree scan of 7 files \(\d+ bytes\), 4 skipped, 6 findings$/)]);
  });

  test('an allow entry for the env file rule silences it', async () => {
    const { deps } = depsWith();
    const allowed = configWith({
      ...config.secrets,
      allow: [...config.secrets.allow, { rule: 'committed-env-file', path: '.env.production', reason: 'log level only' }]
    });
    const outcome = await secretsCheck.run(allowed, localContext(repo.dir), deps);
    expect(lines(outcome.findings)).not.toContain('high committed-env-file .env.production:1');
  });

  test('an include glob that names a vendored folder wins over the vendored skip (issue 13)', async () => {
    const { logger, deps } = depsWith();
    const included = configWith({ scan: 'tree', paths: { include: ['src/**', 'node_modules/**'], exclude: [] } });
    const outcome = await secretsCheck.run(included, localContext(repo.dir), deps);
    expect(lines(outcome.findings)).toEqual(['github-token src/config.ts:2', 'stripe-live-secret-key node_modules/pkg/index.js:1']);
    expect(outcome.metrics).toMatchObject({ filesScanned: 2, filesSkipped: 0 });
    expectNotLeaked(outputSurface(outcome, logger));
  });

  test('a shard scans its share of the files only', async () => {
    const { deps } = depsWith();
    const paths = await Promise.all(
      [1, 2].map(async (index) => {
        const outcome = await secretsCheck.run(config, localContext(repo.dir, { shard: { index, count: 2 } }), deps);
        return outcome.metrics?.['filesScanned'] ?? 0;
      })
    );
    expect(paths[0]! + paths[1]!).toBe(7);
  });

  test('a repository without secrets passes', async () => {
    const clean = await createRepo();
    try {
      await clean.write('src/index.ts', 'export const token = process.env.GITHUB_TOKEN;\n');
      await clean.commit('clean');
      const { deps } = depsWith();
      const outcome = await secretsCheck.run(configWith(), localContext(clean.dir), deps);
      expect(outcome).toEqual({
        findings: [],
        metrics: { filesScanned: 1, bytesScanned: 47, filesSkipped: 0 },
        reason: undefined
      });
    } finally {
      await clean.cleanup();
    }
  });

  test('a workspace that is not a git repository: the check says so and how to scan a plain folder (issue 13)', async () => {
    const { deps } = depsWith();
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'launch-ready-not-a-repo-'));
    try {
      await expect(secretsCheck.run(configWith(), localContext(dir), deps)).rejects.toThrow(
        `not a git repository: ${dir}; the secrets check scans the files git tracks (check the repository out first), ` +
          `or scan it as a plain folder: launch-ready secrets scan ${dir}`
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
