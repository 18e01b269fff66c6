/**
 * The perf check in the bundled action with the built-in store: a push to the default branch
 * records the baseline in the repository's git ref (through the REST stand-in), and a pull request
 * is judged against it. The app is a latency-controlled server on 127.0.0.1.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { startLatencyServer, type LatencyServer } from '../helpers/latency-server.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const WRITE_TOKEN = 'test-write-token';
const READ_TOKEN = 'test-read-token';
// 40 ms, not less: on a busy CI machine the event loop of the server (in the jest worker) can stall
// for tens of milliseconds, which would widen a 10 ms route's stored p95 until even 5× was unsure.
const PROFILE = { medianMs: 40, sigma: 0.15 };

let api: GitHubApiServer;
let repo: TestRepo;
let app: LatencyServer;
let baseSha: string;
let headSha: string;
const runs: ActionRun[] = [];

beforeAll(async () => {
  api = await startGitHubApiServer({ writeTokens: [WRITE_TOKEN] });
  app = await startLatencyServer({ seed: 7, profile: PROFILE });
  repo = await createRepo();
  await repo.write('launch-ready.yml', `perf:\n  baseUrl: ${app.url}\n  samples: 200\n  concurrency: 8\n  regression: { absolute: 2ms }\n`);
  baseSha = await repo.commit('base');
  await repo.write('README.md', '# shop\n');
  headSha = await repo.commit('a slower change');
});

afterAll(async () => {
  await app.close();
  await api.close();
  await repo.cleanup();
  await Promise.all(runs.map((run) => rm(run.runnerTemp, { recursive: true, force: true })));
});

async function action(eventName: string, event: unknown, token: string) {
  const run = await runAction({ workspace: repo.dir, apiUrl: api.url, eventName, event, inputs: { 'github-token': token, comment: 'false', checks: 'perf' } });
  runs.push(run);
  const report = JSON.parse(await readFile(join(run.runnerTemp, 'launch-ready', 'report.json'), 'utf8')) as {
    results: Array<{ check: string; findings: Array<{ ruleId: string; message: string }>; tables?: Array<{ rows: string[][] }> }>;
  };
  return { run, perf: report.results.find((result) => result.check === 'perf')! };
}

test('a push to the default branch records the baseline in refs/launch-ready/state; a pull request is judged against it', async () => {
  const push = await action('push', { ref: 'refs/heads/main', before: baseSha, after: baseSha, repository: { default_branch: 'main' } }, WRITE_TOKEN);
  expect(push.perf.findings.map((finding) => finding.ruleId)).toEqual(['perf-baseline-recorded']);
  expect(push.perf.findings[0]!.message).toMatch(/as the baseline in refs\/launch-ready\/state:perf-baseline\.json\.$/);
  const stored = JSON.parse(api.git.readFile('refs/launch-ready/state', 'perf-baseline.json')!) as { routes: Record<string, { samples: number[] }> };
  expect(stored.routes['/']!.samples.length).toBeGreaterThan(100);

  // The change makes the route five times slower; the PR's read-only token reads the baseline and never writes.
  app.setProfile({ ...PROFILE, medianMs: PROFILE.medianMs * 5 });
  const refBefore = api.git.refs.get('refs/launch-ready/state');
  const pr = await action('pull_request', { number: 3, pull_request: { number: 3, base: { sha: baseSha }, head: { sha: headSha } } }, READ_TOKEN);
  expect(pr.perf.tables![0]!.rows[0]!.at(-1)).toBe('regressed');
  expect(pr.perf.findings.map((finding) => finding.ruleId)).toEqual(['perf-regressed']);
  expect(api.git.refs.get('refs/launch-ready/state')).toBe(refBefore);
});
