/** The secrets check on a pull request (`scan: diff`), against real git repositories. */
import type { CheckDeps } from '../../../src/checks/check.js';
import type { PullRequestFile } from '../../../src/github/github-reader.js';
import { checkDeps } from '../../helpers/check-deps.js';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import { API_FALLBACK_NOTE } from '../../../src/checks/secrets/sources/pull-request-files.js';
import type { Context } from '../../../src/context/context.js';
import { recordingLogger } from '../../../src/logger.js';
import { createRepo, type TestRepo } from '../../helpers/git-repo.js';
import { configWith } from './config-fixture.js';
import { expectNotLeaked, FAKE, outputSurface } from './fake-secrets.js';
import { fakePrivateKeyBlock } from './sources/fake-pem.js';

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
  return { logger, deps: checkDeps({ logger, ...extra }) };
}

const where = (findings: Array<{ ruleId: string; location?: unknown }>) => findings.map((f) => [f.ruleId, f.location]);
const lines = (findings: Array<{ ruleId: string; location?: { kind: string; path?: string; line?: number } }>) =>
  findings.map((f) => `${f.ruleId} ${f.location?.path}:${f.location?.line}`).sort();

describe('secrets check on a pull request, from local git', () => {
  let repo: TestRepo;
  let baseSha: string;
  let headSha: string;

  beforeAll(async () => {
    repo = await createRepo();
    await repo.write('README.md', '# shop\n');
    await repo.write('config/old.env', `NPM_TOKEN=${FAKE.npmToken}\n`);
    await repo.write('src/legacy.ts', `export const slack = '${FAKE.slackBot}';\n`);
    await repo.write('src/keys.ts', 'export const keys = {\n};\n');
    await repo.commit('base');
    await repo.git(['checkout', '--quiet', '-b', 'feature']);
    // The first commit of many: peers that read the PR commit by commit stop after 30.
    await repo.write('src/app.ts', [
      "import { serve } from './serve.js';",
      '',
      `const github = '${FAKE.githubClassic}';`,
      '// AWS',
      `const awsKeyId = '${FAKE.awsKeyId}';`,
      ''
    ].join('\n'));
    await repo.commit('add app');
    for (let index = 1; index <= 34; index += 1) {
      await repo.write(`src/pages/page-${index}.ts`, `export const page = ${index};\n`);
      await repo.commit(`page ${index}`);
    }
    await repo.write('src/late.ts', `export const stripe = '${FAKE.stripeLive}';\n`);
    // A private key pasted into an existing file: the block spans lines, the file is read whole.
    await repo.write('src/keys.ts', `export const keys = {\n  signing: \`${fakePrivateKeyBlock()}\`,\n};\n`);
    await repo.write('config/old.env', `NPM_TOKEN=${FAKE.npmToken}\nLOG_LEVEL=debug\n`);
    headSha = await repo.commit('commit 36');
    // Meanwhile main removes the Slack token. Against main's tip the PR branch still "adds" it back
    // (a two-dot diff would blame the PR); from the merge base (three dots) it does not.
    await repo.git(['checkout', '--quiet', 'main']);
    await repo.write('src/legacy.ts', 'export const slack = process.env.SLACK_TOKEN;\n');
    baseSha = await repo.commit('read the Slack token from the environment');
  });

  afterAll(() => repo.cleanup());

  test('reports the secrets the PR adds in any of its 36 commits, multi-line keys included', async () => {
    const { logger, deps } = depsWith();
    const outcome = await secretsCheck.run(configWith(), prContext(repo.dir, baseSha, headSha), deps);

    expect(lines(outcome.findings)).toEqual([
      'aws-access-key-id src/app.ts:5',
      'committed-env-file config/old.env:1',
      'github-token src/app.ts:3',
      'private-key src/keys.ts:2',
      'stripe-live-secret-key src/late.ts:1'
    ]);
    expect(outcome.findings.find((f) => f.ruleId === 'github-token')?.location).toEqual({ kind: 'file', path: 'src/app.ts', line: 3, column: 17, endColumn: 57 });
    expect(outcome.metrics).toEqual({ filesScanned: 38, bytesScanned: expect.any(Number), commitsScanned: 36, filesSkipped: 0 });
    expect(outcome.reason).toBeUndefined();
    expectNotLeaked(outputSurface(outcome, logger), [...Object.values(FAKE), fakePrivateKeyBlock().split('\n')[1]!]);
  });

  test('a secret already on the base branch, or on an unchanged line of a changed file, is not blamed on the PR', async () => {
    const twoDot = await repo.git(['diff', `${baseSha}..${headSha}`, '--', 'src/legacy.ts']);
    expect(twoDot).toContain('+export const slack = ');
    const { deps } = depsWith();
    const outcome = await secretsCheck.run(configWith(), prContext(repo.dir, baseSha, headSha), deps);
    const rules = outcome.findings.map((f) => f.ruleId);
    // config/old.env changed, but its npm token line did not.
    expect(rules).not.toContain('npm-token');
    expect(rules).not.toContain('slack-token');
  });

  test('exclude globs and the allow-list apply to the diff', async () => {
    const { logger, deps } = depsWith();
    const config = configWith({
      paths: { include: [], exclude: ['config/**', 'src/keys.ts'] },
      allow: [{ rule: 'aws-*', path: 'src/**', reason: 'rotated, tracked in SEC-1' }]
    });
    const outcome = await secretsCheck.run(config, prContext(repo.dir, baseSha, headSha), deps);
    expect(outcome.findings.map((f) => f.ruleId).sort()).toEqual(['github-token', 'stripe-live-secret-key']);
    expect(outcome.metrics?.['filesScanned']).toBe(36);
    expectNotLeaked(outputSurface(outcome, logger));
  });

  test('no added secrets: passed', async () => {
    const { deps } = depsWith();
    const outcome = await secretsCheck.run(configWith(), prContext(repo.dir, baseSha, baseSha), deps);
    expect(outcome).toMatchObject({ findings: [] });
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
    // The head commit is there, the base is not, and there is no remote to deepen from.
    repo = await createRepo();
    await repo.write('README.md', '# shop\n');
    headSha = await repo.commit('head only');
  });

  afterAll(() => repo.cleanup());

  test('falls back to the patches and says the scan was partial', async () => {
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
    const { logger, deps } = depsWith({ github: { listPullRequestFiles: async () => files, findPreviewDeployment: async () => ({ state: 'none' }) } });
    const config = configWith({ paths: { include: [], exclude: ['fixtures/**'] } });
    const outcome = await secretsCheck.run(config, prContext(repo.dir, MISSING_SHA, headSha), deps);

    expect(where(outcome.findings)).toEqual([['github-token', { kind: 'file', path: 'src/app.ts', line: 2, column: 16, endColumn: 56 }]]);
    expect(outcome.metrics).toEqual({ filesScanned: 1, bytesScanned: expect.any(Number), commitsScanned: 0, filesSkipped: 1, skippedNoPatch: 1 });
    expect(outcome.reason).toBe(`partial scan: ${API_FALLBACK_NOTE}; skipped 1 of 2 files: 1 without a patch from GitHub`);
    expectNotLeaked(outputSurface(outcome, logger));
  });
});
