/** The secrets check on a pull request (`scan: diff`), against real git repositories. */
import type { CheckDeps, PullRequestFile } from '../../../src/checks/check.js';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import type { Context } from '../../../src/context/context.js';
import { recordingLogger } from '../../../src/logger.js';
import { createRepo, type TestRepo } from '../../helpers/git-repo.js';
import { configWith } from './config-fixture.js';
import { expectNotLeaked, FAKE, outputSurface } from './fake-secrets.js';

const MISSING_SHA = 'f'.repeat(40);

function prContext(dir: string, baseSha: string, headSha: string): Context {
  return {
    eventName: 'pull_request',
    kind: 'pull_request',
    workspace: dir,
    pullRequest: { number: 7, baseSha, headSha },
    hasToken: false
  };
}

function depsWith(extra: Partial<CheckDeps> = {}) {
  const logger = recordingLogger();
  return { logger, deps: { logger, now: () => 0, ...extra } satisfies CheckDeps };
}

const where = (findings: Array<{ ruleId: string; location?: unknown }>) =>
  findings.map((f) => [f.ruleId, f.location]);

describe('secrets check on a pull request, from local git', () => {
  let repo: TestRepo;
  let baseSha: string;
  let headSha: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('README.md', '# shop\n');
    await repo.write('config/old.env', `NPM_TOKEN=${FAKE.npmToken}\n`);
    await repo.write('src/legacy.ts', `export const slack = '${FAKE.slackBot}';\n`);
    await repo.commit('base');
    await repo.git(['checkout', '--quiet', '-b', 'feature']);
    await repo.write('src/app.ts', [
      "import { serve } from './serve.js';",
      '',
      `const github = '${FAKE.githubClassic}';`,
      '// AWS',
      `const awsKeyId = '${FAKE.awsKeyId}';`,
      `const aws_secret_access_key = '${FAKE.awsSecret}';`,
      '',
      `const stripe = '${FAKE.stripeLive}';`,
      ''
    ].join('\n'));
    await repo.write('config/old.env', `NPM_TOKEN=${FAKE.npmToken}\nLOG_LEVEL=debug\n`);
    headSha = await repo.commit('add app');
    // Meanwhile main removes the Slack token. Against main's tip the PR branch still "adds" it back
    // (a two-dot diff would blame the PR); from the merge base (three dots) it does not.
    await repo.git(['checkout', '--quiet', 'main']);
    await repo.write('src/legacy.ts', 'export const slack = process.env.SLACK_TOKEN;\n');
    baseSha = await repo.commit('read the Slack token from the environment');
  });

  afterAll(() => repo.cleanup());

  test('reports exactly the secrets the PR adds, with their lines', async () => {
    const { logger, deps } = depsWith();
    const outcome = await secretsCheck.run(configWith(), prContext(repo.dir, baseSha, headSha), deps);

    expect(outcome.status).toBe('failed');
    expect(where(outcome.findings)).toEqual([
      ['github-token', { kind: 'file', path: 'src/app.ts', line: 3, column: 17, endColumn: 57 }],
      ['aws-secret-access-key', { kind: 'file', path: 'src/app.ts', line: 6, column: 32, endColumn: 72 }],
      ['stripe-live-secret-key', { kind: 'file', path: 'src/app.ts', line: 8, column: 17, endColumn: 53 }],
      ['aws-access-key-id', { kind: 'file', path: 'src/app.ts', line: 5, column: 19, endColumn: 39 }]
    ]);
    expect(outcome.findings.map((f) => f.message)).toContain('Added by this change: anyone who can read the repository or its history can use it.');
    expect(outcome.metrics).toEqual({ filesScanned: 2, linesScanned: 9, bytesScanned: expect.any(Number), filesSkipped: 0 });
    expectNotLeaked(outputSurface(outcome, logger));
  });

  test('a secret already on the base branch is not blamed on the PR', async () => {
    // The setup is meaningful: against main's tip, the Slack line does show as added.
    const twoDot = await repo.git(['diff', `${baseSha}..${headSha}`, '--', 'src/legacy.ts']);
    expect(twoDot).toContain('+export const slack = ');
    const { deps } = depsWith();
    const outcome = await secretsCheck.run(configWith(), prContext(repo.dir, baseSha, headSha), deps);
    expect(outcome.findings.map((f) => f.ruleId)).not.toContain('npm-token');
    expect(outcome.findings.map((f) => f.ruleId)).not.toContain('slack-token');
  });

  test('exclude globs and the allow-list apply to the diff', async () => {
    const { logger, deps } = depsWith();
    const config = configWith({
      paths: { include: [], exclude: ['config/**'] },
      allow: [{ rule: 'aws-*', path: 'src/**', reason: 'rotated, tracked in SEC-1' }]
    });
    const outcome = await secretsCheck.run(config, prContext(repo.dir, baseSha, headSha), deps);
    expect(outcome.findings.map((f) => f.ruleId)).toEqual(['github-token', 'stripe-live-secret-key']);
    expect(outcome.metrics?.['filesScanned']).toBe(1);
    expectNotLeaked(outputSurface(outcome, logger));
  });

  test('no added secrets: passed', async () => {
    const { deps } = depsWith();
    const outcome = await secretsCheck.run(configWith(), prContext(repo.dir, baseSha, baseSha), deps);
    expect(outcome).toMatchObject({ status: 'passed', findings: [] });
  });

  test('the base commit missing and no API: throws with the fix', async () => {
    const { logger, deps } = depsWith();
    const run = secretsCheck.run(configWith(), prContext(repo.dir, MISSING_SHA, headSha), deps);
    await expect(run).rejects.toThrow(
      `the PR's base commit ${MISSING_SHA} is not in the checkout: use actions/checkout with fetch-depth: 0, ` +
        'or give a token so the PR files API can be used'
    );
    expectNotLeaked(logger.lines.join('\n'));
  });
});

describe('secrets check on a pull request, from the PR files API', () => {
  let repo: TestRepo;
  let headSha: string;

  beforeAll(async () => {
    // A shallow checkout: the head commit is there, the base is not.
    repo = await createRepo();
    await repo.write('README.md', '# shop\n');
    headSha = await repo.commit('head only');
  });

  afterAll(() => repo.cleanup());

  test('falls back to the patches when the base commit is missing', async () => {
    const files: PullRequestFile[] = [
      {
        filename: 'src/app.ts',
        status: 'modified',
        patch: `@@ -1,2 +1,3 @@\n import a from 'a';\n+const token = "${FAKE.githubClassic}";\n export {};`
      },
      { filename: 'assets/logo.png', status: 'added' },
      { filename: 'fixtures/key.pem', status: 'added', patch: `@@ -0,0 +1 @@\n+${FAKE.privateKeyHeader}` },
      { filename: 'old.env', status: 'removed', patch: `@@ -1 +0,0 @@\n-NPM_TOKEN=${FAKE.npmToken}` }
    ];
    const { logger, deps } = depsWith({ listPullRequestFiles: async () => files });
    const config = configWith({ paths: { include: [], exclude: ['fixtures/**'] } });
    const outcome = await secretsCheck.run(config, prContext(repo.dir, MISSING_SHA, headSha), deps);

    expect(where(outcome.findings)).toEqual([
      ['github-token', { kind: 'file', path: 'src/app.ts', line: 2, column: 16, endColumn: 56 }]
    ]);
    expect(outcome.metrics).toMatchObject({ filesScanned: 1, linesScanned: 1, filesSkipped: 1 });
    expectNotLeaked(outputSurface(outcome, logger));
  });
});
