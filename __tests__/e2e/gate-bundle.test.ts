/**
 * The bundled action's gate when a check cannot finish: a check that hangs ends at its deadline,
 * the others' findings stay in the report, fail-on-error decides the exit code and the comment
 * says why; comment-key keeps one sticky comment per workflow. Real child process, real git,
 * the GitHub REST stand-in and a platform API that accepts connections and never answers.
 */
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { base62Crc32 } from '../../src/detect/rules/checksums.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

// Assembled at run time: this repository must never hold a literal secret.
const TOKEN_BODY = 'Qw83Lmz4Rt9vBn2Wc7Yx5Hk1Pd6Fs0';
const GITHUB_TOKEN_VALUE = ['ghp', '_', TOKEN_BODY, base62Crc32(TOKEN_BODY)].join('');
const VERCEL_TOKEN = 'vercel-token-Pl4nted9Xq2Lm7Rt';
const WRITE_TOKEN = 'test-write-token';
const PR = 11;

let api: GitHubApiServer;
let silent: Server;
const sockets = new Set<Socket>();
let repo: TestRepo;
let baseSha: string;
let headSha: string;
const runs: ActionRun[] = [];

beforeAll(async () => {
  api = await startGitHubApiServer({ writeTokens: [WRITE_TOKEN] });
  // A platform API that takes the request and never answers: the env check hangs on it.
  silent = createServer(() => {});
  silent.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
  const { port } = silent.address() as { port: number };
  repo = await createRepo();
  await repo.write(
    'launch-ready.yml',
    [
      'env:',
      '  timeout: 1s',
      '  vars:',
      '    APP_NAME: { type: string }',
      '  platform:',
      `    vercel: { project: shop, token: "\${env.VERCEL_TOKEN}", apiUrl: "http://127.0.0.1:${port}" }`,
      ''
    ].join('\n')
  );
  baseSha = await repo.commit('base');
  await repo.write('src/config.js', `export const token = '${GITHUB_TOKEN_VALUE}';\n`);
  headSha = await repo.commit('add a token');
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((done) => silent.close(done));
  await api.close();
  await repo.cleanup();
  await Promise.all(runs.map((run) => rm(run.runnerTemp, { recursive: true, force: true })));
});

async function runOnPr(inputs: Record<string, string>): Promise<ActionRun & { report: { results: Array<{ check: string; status: string; reason?: string; findings: unknown[] }> } }> {
  const run = await runAction({
    workspace: repo.dir,
    apiUrl: api.url,
    eventName: 'pull_request',
    event: { number: PR, pull_request: { number: PR, base: { sha: baseSha }, head: { sha: headSha } } },
    // fail-on never: the token the PR adds is reported, but only an errored check can fail the gate.
    inputs: { 'github-token': WRITE_TOKEN, comment: 'true', 'fail-on': 'never', ...inputs },
    env: { VERCEL_TOKEN }
  });
  runs.push(run);
  const report = JSON.parse(await readFile(join(run.runnerTemp, 'launch-ready', 'report.json'), 'utf8'));
  return { ...run, report };
}

const comments = () => api.comments.get(PR) ?? [];

test('a check that hangs ends errored at its deadline; the others keep their findings; fail-on-error fails the run and the comment says why', async () => {
  const run = await runOnPr({});
  // Before deadlines the process waited on the silent socket until the runner killed it.
  expect(run.exitCode).toBe(1);
  const byCheck = Object.fromEntries(run.report.results.map((result) => [result.check, result]));
  expect(byCheck['env']).toMatchObject({ status: 'errored', reason: expect.stringMatching(/^timed out after 1 s/) });
  expect(byCheck['secrets']!.findings.length).toBeGreaterThan(0);
  expect(run.outputs.passed).toBe('false');
  const [comment] = comments();
  expect(comments()).toHaveLength(1);
  expect(comment!.body).toContain('## ❌ launch-ready failed');
  expect(comment!.body).toContain('could not run: **env** — this fails the gate (fail-on-error)');
  expect(comment!.body).toContain('timed out after 1 s');
  for (const text of [run.stdout, run.stderr, run.summary, run.outputFile, JSON.stringify(run.report), comment!.body]) {
    expect(text).not.toContain(GITHUB_TOKEN_VALUE);
    expect(text).not.toContain(VERCEL_TOKEN);
  }
});

test('with fail-on-error false the same run passes, and another comment-key keeps a comment of its own', async () => {
  const before = comments().map((comment) => comment.id);
  const run = await runOnPr({ 'fail-on-error': 'false', 'comment-key': 'deploy' });
  expect(run.exitCode).toBe(0);
  expect(run.outputs.passed).toBe('true');
  expect(comments()).toHaveLength(2);
  const deploy = comments().find((comment) => !before.includes(comment.id))!;
  expect(deploy.body.startsWith('<!-- launch-ready:comment:deploy -->')).toBe(true);
  expect(deploy.body).toContain('## ✅ launch-ready passed');

  // Each workflow updates its own comment in place: still two.
  await runOnPr({ 'fail-on-error': 'false', 'comment-key': 'deploy' });
  await runOnPr({});
  expect(comments().map((comment) => comment.id).sort()).toEqual([...before, deploy.id].sort());
});

test('a comment-key that could break out of the marker is a usage error (exit 2)', async () => {
  const run = await runAction({
    workspace: repo.dir,
    apiUrl: api.url,
    eventName: 'pull_request',
    event: { number: PR, pull_request: { number: PR, base: { sha: baseSha }, head: { sha: headSha } } },
    inputs: { 'comment-key': 'x --> <b>' }
  });
  runs.push(run);
  expect(run.exitCode).toBe(2);
  expect(run.stdout).toContain('input "comment-key": expected a key of letters, digits');
});
