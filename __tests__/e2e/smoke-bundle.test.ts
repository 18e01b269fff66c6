/**
 * The smoke check in the bundled action (dist/index.js as a child process with a runner's
 * environment): on deployment_status against the deployed URL, and on pull_request against the
 * preview deployment of the head commit, found through the GitHub REST stand-in. The app is a real
 * HTTPS server on 127.0.0.1 with a certificate the test's CA signed (trusted through
 * NODE_EXTRA_CA_CERTS, as a runner with a private CA would).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { createTestCertificates } from '../helpers/test-certs.js';
import { startHttpsServer, type TestServer } from '../helpers/test-servers.js';

const BYPASS = 'Pl4nted-preview-bypass-9021';
const WRITE_TOKEN = 'test-write-token';
const PR = 21;

let api: GitHubApiServer;
let app: TestServer;
let repo: TestRepo;
let caFile: string;
let baseSha: string;
let headSha: string;
const runs: ActionRun[] = [];

beforeAll(async () => {
  const certs = await createTestCertificates();
  caFile = join(tmpdir(), `launch-ready-ca-${process.pid}.pem`);
  await writeFile(caFile, certs.ca);
  app = await startHttpsServer(certs.valid, (req, res) => {
    const headers = { 'content-type': 'text/html', 'strict-transport-security': 'max-age=31536000' };
    if (req.headers['x-bypass'] !== BYPASS) return void res.writeHead(401, headers).end('protected');
    if (req.url === '/') return void res.writeHead(200, headers).end('<h1>Shop</h1> Sign up');
    if (req.url === '/checkout') return void res.writeHead(500, headers).end('TypeError: cannot read properties of undefined');
    res.writeHead(404, headers).end('not found');
  });
  api = await startGitHubApiServer({ writeTokens: [WRITE_TOKEN] });
  repo = await createRepo();
  await repo.write(
    'launch-ready.yml',
    [
      'headers:',
      '  x-bypass: "${env.PREVIEW_BYPASS}"',
      'smoke:',
      '  timeout: 20s',
      '  routes:',
      '    - { path: /, expect: { bodyContains: Sign up } }',
      '    - { path: /checkout }',
      ''
    ].join('\n')
  );
  baseSha = await repo.commit('base');
  await repo.write('README.md', '# shop\n');
  headSha = await repo.commit('a change');
});

afterAll(async () => {
  await app.close();
  await api.close();
  await repo.cleanup();
  await rm(caFile, { force: true });
  await Promise.all(runs.map((run) => rm(run.runnerTemp, { recursive: true, force: true })));
});

async function action(eventName: string, event: unknown, inputs: Record<string, string> = {}): Promise<ActionRun & { report: { results: SmokeResult[] } }> {
  const run = await runAction({
    workspace: repo.dir,
    apiUrl: api.url,
    eventName,
    event,
    inputs: { 'github-token': WRITE_TOKEN, ...inputs },
    env: { PREVIEW_BYPASS: BYPASS, NODE_EXTRA_CA_CERTS: caFile }
  });
  runs.push(run);
  const report = JSON.parse(await readFile(join(run.runnerTemp, 'launch-ready', 'report.json'), 'utf8'));
  const sarif = await readFile(join(run.runnerTemp, 'launch-ready', 'results.sarif'), 'utf8');
  for (const text of [run.stdout, run.stderr, run.summary, run.outputFile, JSON.stringify(report), sarif, ...(api.comments.get(PR) ?? []).map((comment) => comment.body)]) {
    expect(text).not.toContain(BYPASS);
  }
  return { ...run, report };
}

interface SmokeResult {
  check: string;
  status: string;
  reason?: string;
  findings: Array<{ ruleId: string; severity: string; message: string }>;
}

const smokeOf = (run: { report: { results: SmokeResult[] } }): SmokeResult => run.report.results.find((result) => result.check === 'smoke')!;

test('deployment_status: smoke runs against the deployed URL and fails on the broken route', async () => {
  const run = await action('deployment_status', {
    deployment: { sha: headSha, environment: 'production' },
    deployment_status: { state: 'success', environment: 'production', environment_url: app.localhostUrl }
  });
  expect(run.exitCode).toBe(1);
  const smoke = smokeOf(run);
  expect(smoke.findings.map((finding) => `${finding.severity} ${finding.ruleId}`)).toEqual(['critical smoke-route-failed']);
  expect(smoke.findings[0]!.message).toBe('GET /checkout: expected status 2xx, got 500.');
  expect(run.summary).toContain('| GET /checkout | 500 |');
  expect(run.summary).toContain(`base URL <code>`);
  expect(run.summary).toContain('(from the deployment\\_status event)');
});

test('pull_request without a base URL: waits while the preview is pending, then tests it', async () => {
  api.deployments.push({ id: 501, sha: headSha, environment: 'Preview', production_environment: false, statuses: [{ state: 'pending' }] });
  // The hosting integration finishes the build while the action waits.
  const ready = setTimeout(() => api.deployments[0]!.statuses.push({ state: 'success', environment_url: app.localhostUrl }), 1_500);
  try {
    const run = await action('pull_request', { number: PR, pull_request: { number: PR, base: { sha: baseSha }, head: { sha: headSha } } });
    const smoke = smokeOf(run);
    expect(smoke.reason).toMatch(new RegExp(`^tested the preview deployment of ${headSha.slice(0, 7)} \\(Preview\\), ready after \\d+ s$`));
    expect(smoke.findings.map((finding) => finding.ruleId)).toEqual(['smoke-route-failed']);
    expect(run.exitCode).toBe(1);
    const comment = (api.comments.get(PR) ?? [])[0]!.body;
    expect(comment).toContain('GET /checkout\\: expected status 2xx, got 500.');
    expect(comment).toContain('| GET /checkout | 500 |');
    const polls = api.requests.filter((request) => request.path.startsWith(`/repos/acme/shop/deployments?`));
    expect(polls.length).toBeGreaterThanOrEqual(2);
  } finally {
    clearTimeout(ready);
    api.deployments.length = 0;
  }
});

test('pull_request with no preview before the deadline: a clear finding, no hang', async () => {
  await repo.write('launch-ready.yml', (await readFile(join(repo.dir, 'launch-ready.yml'), 'utf8')).replace('timeout: 20s', 'timeout: 4s'));
  const run = await action('pull_request', { number: PR, pull_request: { number: PR, base: { sha: baseSha }, head: { sha: headSha } } }, { comment: 'false' });
  const smoke = smokeOf(run);
  expect(smoke.findings).toEqual([
    expect.objectContaining({ ruleId: 'smoke-no-preview', severity: 'high', message: expect.stringMatching(new RegExp(`^No preview deployment of ${headSha.slice(0, 7)} became ready within \\d+ s`)) })
  ]);
});
