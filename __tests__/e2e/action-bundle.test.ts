/**
 * The bundled action end to end: dist/index.js in a child process with a runner's environment,
 * a real git repository, and the GitHub REST API stand-in over real HTTP.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { base62Crc32 } from '../../src/detect/rules/checksums.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

// Secret-shaped values are assembled at run time: this repository must never hold a literal one.
const GITHUB_BODY = 'Xk29Lmq8Rt4vBn7Wc3Yz6Hj1Pd5Fs0';
const GITHUB_TOKEN_VALUE = ['ghp', '_', GITHUB_BODY, base62Crc32(GITHUB_BODY)].join(''); // a valid checksum, as real tokens have
const AWS_KEY_ID = ['AKIA', 'Z7Q4', 'MNP2HRXW5TLK'].join('');
const AWS_SECRET = ['Hq7vN3kLmP7xR2tW9yB4', 'cF6hJ1dS5gA0eU3iO8nK'].join('');
const STRIPE_KEY = ['sk', '_live_', '51Hq8Lm2Xv7pR4tK8wN3bY6zH1c'].join('');
const PLANTED = [GITHUB_TOKEN_VALUE, AWS_KEY_ID, AWS_SECRET, STRIPE_KEY];

const WRITE_TOKEN = 'test-write-token';
const READ_ONLY_TOKEN = 'test-read-only-token';
const PR = 7;

let api: GitHubApiServer;
let repo: TestRepo;
let baseSha: string;
let leakyHead: string;
const runs: ActionRun[] = [];

beforeAll(async () => {
  api = await startGitHubApiServer({ writeTokens: [WRITE_TOKEN], pageSize: 2 });
  repo = await createRepo();
  await repo.write('README.md', '# shop\n');
  await repo.write('src/app.js', 'export const app = 1;\n');
  baseSha = await repo.commit('base');
  await repo.git(['checkout', '-q', '-b', 'feature']);
  await repo.write('src/config.js', [
    `export const github = '${GITHUB_TOKEN_VALUE}';`,
    `export const stripe = "${STRIPE_KEY}";`,
    ''
  ].join('\n'));
  await repo.write('deploy/aws.env', `AWS_ACCESS_KEY_ID=${AWS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET}\n`);
  leakyHead = await repo.commit('add config');
  // Unrelated comments on the PR, so the marker search has to page past them.
  api.comments.set(PR, [
    { id: 1, body: 'LGTM', user: { login: 'alice', type: 'User' } },
    { id: 2, body: 'please fix', user: { login: 'bob', type: 'User' } },
    { id: 3, body: 'nit', user: { login: 'carol', type: 'User' } }
  ]);
});

afterAll(async () => {
  await api.close();
  await repo.cleanup();
  await Promise.all(runs.map((run) => rm(run.runnerTemp, { recursive: true, force: true })));
});

function pullRequestEvent(headSha: string) {
  return { number: PR, pull_request: { number: PR, base: { sha: baseSha }, head: { sha: headSha } } };
}

async function runOnPr(headSha: string, token: string): Promise<ActionRun> {
  const run = await runAction({
    workspace: repo.dir,
    apiUrl: api.url,
    eventName: 'pull_request',
    event: pullRequestEvent(headSha),
    inputs: { 'github-token': token, comment: 'true' }
  });
  runs.push(run);
  return run;
}

/** The leaky PR's head, without a comment (no token), with extra environment. */
async function leakyRunWithoutComment(env?: Record<string, string>): Promise<ActionRun> {
  const run = await runAction({ workspace: repo.dir, apiUrl: api.url, eventName: 'pull_request', event: pullRequestEvent(leakyHead), inputs: { comment: 'false' }, env });
  runs.push(run);
  return run;
}

function ourComments() {
  return (api.comments.get(PR) ?? []).filter((comment) => comment.body.startsWith('<!-- launch-ready:comment -->'));
}

async function everyChannel(run: ActionRun): Promise<string> {
  const files = [join(run.runnerTemp, 'launch-ready', 'report.json'), join(run.runnerTemp, 'launch-ready', 'results.sarif')];
  const contents = await Promise.all(files.map((file) => readFile(file, 'utf8').catch(() => '')));
  const requests = api.requests.map((request) => `${request.path}\n${request.body ?? ''}`);
  return [run.stdout, run.stderr, run.summary, run.outputFile, ...contents, ...requests, ...ourComments().map((c) => c.body)].join('\n');
}

test('a PR that adds secrets fails with exactly one comment, the summary, SARIF and JSON', async () => {
  const run = await runOnPr(leakyHead, WRITE_TOKEN);
  expect(run.stderr).not.toMatch(/crashed|at .*\.js:\d+/);
  expect(run.exitCode).toBe(1);
  expect(ourComments()).toHaveLength(1);
  expect(run.outputs.passed).toBe('false');
  expect(Number(run.outputs.critical)).toBeGreaterThanOrEqual(3);
  expect(run.outputs['comment-url']).toContain('#issuecomment-');
  expect(run.summary).toContain('src/config.js');
  expect(run.stdout).toMatch(/^::error title=GitHub token \[github-token\],file=src\/config\.js,line=1,col=24,endColumn=63::/m);
  const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'));
  const rules = report.findings.map((finding: { ruleId: string }) => finding.ruleId).sort();
  expect(rules).toEqual(expect.arrayContaining(['aws-access-key-id', 'aws-secret-access-key', 'github-token', 'stripe-live-secret-key']));
  const sarif = JSON.parse(await readFile(run.outputs['sarif-file']!, 'utf8'));
  expect(sarif.runs[0].results.length).toBe(report.findings.length);
  const all = await everyChannel(run);
  for (const value of PLANTED) expect(all).not.toContain(value);
});

test('a second run updates the same comment instead of adding one', async () => {
  const before = ourComments();
  const run = await runOnPr(leakyHead, WRITE_TOKEN);
  expect(run.exitCode).toBe(1);
  const after = ourComments();
  expect(after).toHaveLength(1);
  expect(after[0]!.id).toBe(before[0]!.id);
  expect(api.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
});

test('after a commit removes the secrets the run passes and the same comment says so', async () => {
  const commentId = ourComments()[0]!.id;
  await repo.git(['rm', '-q', 'src/config.js', 'deploy/aws.env']);
  const cleanHead = await repo.commit('remove secrets');
  const run = await runOnPr(cleanHead, WRITE_TOKEN);
  expect(run.exitCode).toBe(0);
  expect(run.outputs.passed).toBe('true');
  expect(ourComments()).toHaveLength(1);
  expect(ourComments()[0]!.id).toBe(commentId);
  expect(ourComments()[0]!.body).toMatch(/passed/i);
});

test('a read-only token (fork PR) still fails the gate, writes the summary and does not crash', async () => {
  const run = await runOnPr(leakyHead, READ_ONLY_TOKEN);
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(/::warning::could not post the PR comment \(403/);
  expect(run.summary).toContain('src/config.js');
  expect(run.outputs.passed).toBe('false');
  const all = await everyChannel(run);
  for (const value of PLANTED) expect(all).not.toContain(value);
});

test('a bad config file is a located error with exit code 2 and no stack', async () => {
  await repo.write('launch-ready.yml', 'failOn: hgih\n');
  try {
    const run = await runOnPr(leakyHead, WRITE_TOKEN);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('launch-ready.yml:1:9');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  } finally {
    await rm(join(repo.dir, 'launch-ready.yml'));
  }
});

test('a fingerprint key is masked for the runner and reaches no channel; the fingerprints change with it', async () => {
  const key = ['Vb4Nq9Lx2Tz7Rk1W', 'm8Hc3Jd6Fg5Ks0Ae7Ur2Io9Py='].join('');
  const keyed = await leakyRunWithoutComment({ LAUNCH_READY_FINGERPRINT_KEY: key });
  const plain = await leakyRunWithoutComment();
  expect(keyed.exitCode).toBe(1);
  // `::add-mask::` is the runner's instruction to hide the value from the log; it is not shown.
  expect(keyed.stdout.split('\n').filter((line) => line.includes(key))).toEqual([`::add-mask::${key}`]);
  expect((await everyChannel(keyed)).replace(`::add-mask::${key}`, '')).not.toContain(key);
  // The secrets' fingerprints; a committed env file's finding holds no value and keeps its own.
  const secretRules = ['aws-access-key-id', 'aws-secret-access-key', 'github-token', 'stripe-live-secret-key'];
  const fingerprints = async (run: ActionRun): Promise<string[]> =>
    JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'))
      .findings.filter((finding: { ruleId: string }) => secretRules.includes(finding.ruleId))
      .map((finding: { fingerprint: string }) => finding.fingerprint);
  const [withKey, without] = [await fingerprints(keyed), await fingerprints(plain)];
  expect(withKey).toHaveLength(secretRules.length);
  expect(withKey.filter((fingerprint) => without.includes(fingerprint))).toEqual([]);
});

test('a fork PR (no fingerprint key) against a keyed baseline still fails on the secrets it adds, and says why', async () => {
  const key = ['Qz8Lm3Vx7Tn2Rk5W', 'p9Hd4Jc1Fg6Ks3Be0Yr7Io2Ua='].join('');
  // Every secret of the history baselined under the key, in the working tree only (the scan reads the commits).
  await repo.write('launch-ready.yml', 'secrets:\n  baseline: .launch-ready/secrets-baseline.json\n');
  await promisify(execFile)(process.execPath, [resolve('dist/cli.js'), 'secrets', 'baseline', '--history'], {
    cwd: repo.dir,
    env: { PATH: process.env.PATH ?? '', LAUNCH_READY_FINGERPRINT_KEY: key }
  });
  try {
    const withKey = await leakyRunWithoutComment({ LAUNCH_READY_FINGERPRINT_KEY: key });
    expect(withKey.exitCode).toBe(0);
    const fork = await leakyRunWithoutComment();
    expect(fork.exitCode).toBe(1);
    const report = JSON.parse(await readFile(fork.outputs['report-file']!, 'utf8'));
    const findings: Array<{ ruleId: string; known?: boolean; message: string }> = report.findings;
    expect(findings.filter((finding) => finding.ruleId === 'github-token' && !finding.known)).toHaveLength(1);
    expect(findings.find((finding) => finding.ruleId === 'baseline-needs-key')?.message).toMatch(
      /^\.launch-ready\/secrets-baseline\.json was written with a fingerprint key \(key id [0-9a-f]{16}\) and LAUNCH_READY_FINGERPRINT_KEY is not set here/
    );
    expect(fork.summary).toContain('Baseline not applied');
    const all = await everyChannel(fork);
    for (const value of [...PLANTED, key]) expect(all).not.toContain(value);
  } finally {
    await rm(join(repo.dir, 'launch-ready.yml'));
    await rm(join(repo.dir, '.launch-ready'), { recursive: true, force: true });
  }
});
