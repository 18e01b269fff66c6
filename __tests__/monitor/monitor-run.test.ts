/**
 * Monitoring end to end (issue #18, acceptance 1 and 2): a real HTTPS app whose health the test
 * flips, the REST stand-in for issues and the state ref, a webhook on a local HTTP server, and
 * planted secrets (a header value, an env value, both echoed by the failing app) that must reach
 * no issue, comment, webhook body or log line.
 */
import type { Clock } from '../../src/clock.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { Context } from '../../src/context/context.js';
import { createOctokit, type GitHubClient } from '../../src/github/create-octokit.js';
import { createGitRefSlot } from '../../src/github/git-ref-store.js';
import { createIssueWriter } from '../../src/github/issue-writer.js';
import { createHttpClient } from '../../src/http/create-http-client.js';
import type { HttpClient } from '../../src/http/http-types.js';
import { recordingLogger } from '../../src/logger.js';
import { MONITOR_STATE_KEY } from '../../src/monitor/load-monitor-state.js';
import { parseMonitorState } from '../../src/monitor/parse-monitor-state.js';
import { runMonitor } from '../../src/monitor/run-monitor.js';
import { expectNotLeaked } from '../checks/secrets/fake-secrets.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { createTestCertificates, type TestCertificates } from '../helpers/test-certs.js';
import { startHttpServer, startHttpsServer, type TestServer } from '../helpers/test-servers.js';

const TOKEN = ['ghs', '_', 'M0n1'.repeat(9)].join('');
const BYPASS = 'Pl4nted-monitor-bypass-5521';
const DB_PASSWORD = 'Pl4nted-db-pw-8830';
const SECRETS = [TOKEN, BYPASS, DB_PASSWORD];
// Today at midnight UTC: the test certificates are made relative to the real date.
const T0 = Math.floor(Date.now() / 86_400_000) * 86_400_000;
const at = (minute: number) => new Date(T0 + minute * 60_000).toISOString();
const repository = { owner: 'acme', repo: 'shop' };

let certs: TestCertificates;
let app: TestServer;
let hook: TestServer;
let api: GitHubApiServer;
let http: HttpClient;
/** What /api/health answers: 200 when healthy. */
let healthStatus = 200;

beforeAll(async () => {
  certs = await createTestCertificates();
  app = await startHttpsServer(certs.valid, (req, res) => {
    if (req.headers['x-bypass'] !== BYPASS) return res.writeHead(401).end('protected');
    const status = req.url === '/api/health' ? healthStatus : 200;
    // A broken app that echoes what it got: the secrets are in the answer the monitor reads.
    res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : `down; bypass=${BYPASS} db=${DB_PASSWORD}`);
  });
  hook = await startHttpServer((_req, res) => res.writeHead(200).end('ok'));
  http = createHttpClient({ ca: certs.ca });
});
afterAll(async () => {
  await http.close();
  await Promise.all([app.close(), hook.close()]);
});

let logger: ReturnType<typeof recordingLogger>;
beforeEach(async () => {
  api = await startGitHubApiServer({ writeTokens: [TOKEN] });
  logger = recordingLogger();
  healthStatus = 200;
  hook.requests.length = 0;
});
afterEach(async () => {
  expectNotLeaked(everythingSaid(), SECRETS);
  await api.close();
});

/** Every word that left the monitor: issues, comments, webhook bodies, the stored state, log lines. */
function everythingSaid(): string {
  const issues = [...api.issues.values()].map((issue) => `${issue.title}\n${issue.body}`);
  const comments = [...api.comments.values()].flat().map((comment) => comment.body);
  const stored = api.git.refs.size > 0 ? (api.git.readFile('refs/launch-ready/state', MONITOR_STATE_KEY) ?? '') : '';
  return [...issues, ...comments, ...hook.requests.map((request) => request.body), stored, ...logger.lines].join('\n');
}

function config() {
  return parseConfig(
    [
      `baseUrl: ${app.url}`,
      'headers: { x-bypass: "${env.BYPASS}" }',
      'env:',
      '  vars:',
      '    DB_PASSWORD: { secret: true }',
      'smoke:',
      '  retries: 0',
      '  edge: { redirects: false, hsts: false, caching: false }',
      '  routes:',
      '    - path: /api/health',
      '      expect: { status: 200 }',
      'monitor:',
      '  alert:',
      '    webhook: "${env.SLACK_WEBHOOK_URL}"',
      '    routes: { critical: [issue, webhook], high: [issue] }'
    ].join('\n'),
    'launch-ready.yml'
  );
}

function monitorAt(minute: number, octokit: GitHubClient = createOctokit({ token: TOKEN, baseUrl: api.url, logger })) {
  const today = new Date(T0 + minute * 60_000);
  const clock: Clock = { now: () => performance.now(), today: () => today, sleep: async () => {} };
  const context: Context = { eventName: 'schedule', kind: 'schedule', workspace: '/nowhere', hasToken: true, repository };
  return runMonitor({
    config: config(),
    context,
    deps: { logger, clock, http, env: { BYPASS, DB_PASSWORD, SLACK_WEBHOOK_URL: `${hook.url}/services/T0/B0` } },
    slot: createGitRefSlot(octokit, repository, MONITOR_STATE_KEY),
    issues: createIssueWriter(octokit, repository)
  });
}

const issueList = () => [...api.issues.values()];
const commentsOn = (number: number) => (api.comments.get(number) ?? []).map((comment) => comment.body);
const storedState = () => parseMonitorState(api.git.readFile('refs/launch-ready/state', MONITOR_STATE_KEY)!);

test('one failure is silent; two open one issue and one webhook; the same failure again says nothing; a change comments; recovery closes with the downtime', async () => {
  await monitorAt(0);
  healthStatus = 503;
  const first = await monitorAt(5);
  expect(first.actions).toEqual([]);
  expect(issueList()).toEqual([]);
  expect(hook.requests).toEqual([]);

  await monitorAt(10);
  expect(issueList()).toHaveLength(1);
  const [issue] = issueList();
  expect(issue).toMatchObject({ number: 1, state: 'open', labels: ['launch-ready:incident'], title: '[launch-ready] GET /api/health: route is down' });
  expect(issue!.body).toMatch(/^<!-- launch-ready:incident inc-[0-9a-f]{12} -->\n/);
  expect(issue!.body).toContain(`- **Failing since:** ${at(5)}`);
  expect(issue!.body).toContain(`- **Last good run:** ${at(0)}`);
  expect(issue!.body).toContain('- **Last status:** 503');
  expect(hook.requests).toHaveLength(1);
  expect(hook.requests[0]).toMatchObject({ method: 'POST', url: '/services/T0/B0' });
  expect(JSON.parse(hook.requests[0]!.body)).toEqual({ text: expect.stringMatching(new RegExp(`^:rotating_light: critical: GET /api/health: route is down, failing since ${at(5)}\\.`)) });

  await monitorAt(15);
  expect(commentsOn(1)).toEqual([]);

  healthStatus = 500;
  await monitorAt(20);
  expect(commentsOn(1)).toHaveLength(1);
  expect(commentsOn(1)[0]).toContain('status 500');

  healthStatus = 200;
  await monitorAt(25);
  expect(issueList()[0]!.state).toBe('closed');
  expect(commentsOn(1).at(-1)).toContain(`**Recovered** at ${at(25)}: down for 20 min (since ${at(5)}).`);
  expect(issueList()).toHaveLength(1);
  expect(JSON.parse(hook.requests.at(-1)!.body).text).toBe(':white_check_mark: Recovered: GET /api/health: route is down after 20 min down.');

  const history = (await monitorAt(30)).history;
  expect(history.targets.find((target) => target.id === 'route:GET /api/health')!.results.map((result) => result.ok)).toEqual([true, false, false, false, false, true, true]);
  expect(history.incidents).toEqual([expect.objectContaining({ target: 'route:GET /api/health', severity: 'critical', openedAt: at(5), closedAt: at(25) })]);
  // The day's rollup went through the stored state (a git ref) and back, run after run.
  expect(history.targets.find((target) => target.id === 'route:GET /api/health')!.daily).toEqual([{ day: at(0).slice(0, 10), ok: 3, total: 7 }]);
  expect(history.certificates).toEqual([{ host: new URL(app.url).host, expiresAt: expect.stringMatching(/^20\d\d-/) }]);
});

test('two overlapping runs open one issue: the run whose state write loses re-reads and finds the incident open', async () => {
  healthStatus = 503;
  await monitorAt(0);
  const slow = createOctokit({ token: TOKEN, baseUrl: api.url, logger });
  let raced = false;
  slow.hook.before('request', async (options) => {
    // Just before the slow run moves the ref, the other run does all of its work.
    if (raced || options.method !== 'PATCH' || !String(options.url).includes('/git/refs/')) return;
    raced = true;
    await monitorAt(5);
  });
  await monitorAt(5, slow);
  expect(raced).toBe(true);
  expect(issueList()).toHaveLength(1);
  expect(hook.requests).toHaveLength(1);
  expect(logger.lines).toContain('info: refs/launch-ready/state:monitor-state.json changed while this run decided (an overlapping run): reading it again');
  expect(storedState().incidents.filter((incident) => incident.closedAt === undefined)).toHaveLength(1);
});

test('a retried run whose issue exists already finds it by its marker instead of opening another', async () => {
  healthStatus = 503;
  await monitorAt(0);
  await monitorAt(5);
  // The state is rolled back as if the run that opened the issue had not saved: the next run opens again.
  const opened = storedState();
  api.git.refs.clear();
  await monitorAt(0);
  await monitorAt(5);
  expect(storedState().incidents.map((incident) => incident.id)).toEqual(opened.incidents.map((incident) => incident.id));
  expect(issueList()).toHaveLength(1);
  expect(logger.lines).toContain(`info: incident ${opened.incidents[0]!.id} already has issue #1`);
});

test('a corrupt state is a warning and a fresh start; a missing one is a fresh start without a warning', async () => {
  await monitorAt(0);
  expect(logger.lines.filter((line) => line.startsWith('warning:'))).toEqual([]);
  const octokit = createOctokit({ token: TOKEN, baseUrl: api.url, logger });
  const slot = createGitRefSlot(octokit, repository, MONITOR_STATE_KEY);
  const { version } = await slot.load();
  expect(await slot.save('{"version": 1, "targets": [', version)).toBe('saved');
  healthStatus = 503;
  const run = await monitorAt(5);
  expect(logger.lines).toContain(
    'warning: the monitor state refs/launch-ready/state:monitor-state.json is corrupt (not JSON (Unexpected end of JSON input)): starting fresh; it is replaced at the end of this run'
  );
  expect(run.history.targets.find((target) => target.kind === 'route')!.results).toHaveLength(1);
  expect(storedState().targets['route:GET /api/health']!.consecutiveFailures).toBe(1);
});
