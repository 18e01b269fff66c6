/** The sticky PR comment as posted to the GitHub REST stand-in: when it is posted, what it says, and every way it is not. */
import type { Context } from '../../src/context/context.js';
import { createOctokit } from '../../src/github/create-octokit.js';
import { recordingLogger, type Logger } from '../../src/logger.js';
import { publishComment } from '../../src/publish/publish-comment.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { MARKER } from '../report/fixture-report.js';
import {
  HEAD_SHA,
  JOB_TOKEN,
  PR,
  READ_ONLY_TOKEN,
  RUN_URL,
  expectEscaped,
  expectNoSecret,
  leakyReport,
  pullRequestContext
} from './leaky-report.js';

let api: GitHubApiServer;
/** The entry point's one client, pointed at the stand-in; none without a token. */
const github = (token: string | undefined, logger: Logger) => (token ? createOctokit({ token, baseUrl: api.url, logger }) : undefined);
beforeEach(async () => {
  api = await startGitHubApiServer({ writeTokens: [JOB_TOKEN] });
});
afterEach(() => api.close());

const context = pullRequestContext('/work/checkout');
const ourComments = () => (api.comments.get(PR) ?? []).filter((comment) => comment.body.startsWith(MARKER));

/**
 * Octokit's request log: one line per failed request (`POST /repos/… - 403 with id … in 4ms`),
 * which create-octokit passes on as a warning before ours.
 */
const REQUEST_LOG = /^warning: (GET|POST|PATCH|DELETE) \/repos\/acme\/shop\/\S+ - \d{3} with id \S+ in \d+ms$/;

/** The warnings of a failed publish: request log lines, then ours last. */
function expectWarnings(lines: readonly string[], ours: RegExp | undefined): void {
  if (!ours) return void expect(lines).toEqual([]);
  expect(lines.at(-1)).toMatch(ours);
  for (const line of lines.slice(0, -1)) expect(line).toMatch(REQUEST_LOG);
}

/** Everything the publish left behind: log lines, returned URL, request paths and bodies (never headers). */
function channels(logger: ReturnType<typeof recordingLogger>, url: string | undefined): string {
  const requests = api.requests.map((request) => `${request.method} ${request.path}\n${request.body ?? ''}`);
  return [...logger.lines, url ?? '', ...requests].join('\n');
}

test('posts one comment with the marker first, escaped PR text, redacted evidence and links at the head commit', async () => {
  const logger = recordingLogger();
  const url = await publishComment(leakyReport(), context, { octokit: github(JOB_TOKEN, logger), pullRequest: PR, logger });
  expect(url).toMatch(new RegExp(`/pull/${PR}#issuecomment-\\d+$`));
  expect(ourComments()).toHaveLength(1);
  const body = ourComments()[0]!.body;
  expect(body.startsWith(`${MARKER}\n## ❌ launch-ready failed`)).toBe(true);
  expect(body).toContain('<code>ghp&#95;… &#40;40 chars&#41;</code>');
  expect(body).toContain(`](https://github.test/acme/shop/blob/${HEAD_SHA}/src/a%7Cb%20%60x%60%20%3Cscript%3Ealert%281%29%3C/script%3E%0A%7C%20`);
  expect(logger.lines).toEqual([`info: PR comment created: ${url}`]);
  expectEscaped(body);
  expectNoSecret(channels(logger, url) + body);
  // The token travels only where GitHub expects it.
  expect(api.requests.every((request) => request.authorization === `token ${JOB_TOKEN}`)).toBe(true);
});

test('a second publish edits the same comment in place', async () => {
  const logger = recordingLogger();
  const options = { octokit: github(JOB_TOKEN, logger), pullRequest: PR, logger };
  const first = await publishComment(leakyReport(), context, options);
  const second = await publishComment(leakyReport({ failOn: 'never' }), context, options);
  expect(second).toBe(first);
  expect(ourComments()).toHaveLength(1);
  expect(ourComments()[0]!.body).toContain('Report only (fail-on: **never**)');
  expect(api.requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
});

test('links the job summary when findings had to be left out of the comment', async () => {
  const many = leakyReport();
  const [token] = many.results[0]!.findings;
  many.results[0]!.findings = Array.from({ length: 400 }, (_, index) => ({ ...token!, fingerprint: `fp-${index}`, location: { kind: 'file' as const, path: `src/${'deep/'.repeat(30)}f${index}.ts`, line: index + 1 } }));
  const logger = recordingLogger();
  await publishComment(many, context, { octokit: github(JOB_TOKEN, logger), pullRequest: PR, logger });
  const body = ourComments()[0]!.body;
  expect(body.length).toBeLessThanOrEqual(65_536);
  expect(body).toMatch(new RegExp(`more findings not shown: see the full report in the \\[job summary\\]\\(${RUN_URL.replace(/[./]/g, '\\$&')}\\)\\n$`));
});

type Case = [name: string, change: { pullRequest?: number; token?: string; context?: Context }, warning: RegExp | undefined];
const cases: Case[] = [
  ['no pull request (a push)', { pullRequest: undefined }, undefined],
  ['no repository in the context', { context: { ...context, repository: undefined } }, undefined],
  ['no token', { token: undefined }, /^warning: no github-token: the PR comment was not posted; the report is in the job summary$/],
  [
    'a read-only token (a fork PR)',
    { token: READ_ONLY_TOKEN },
    /^warning: could not post the PR comment \(403: Resource not accessible by integration.*pull-requests: write.*\); the full report is in the job summary$/
  ]
];

test.each(cases)('%s: nothing is posted, the caller gets no URL', async (_name, change, warning) => {
  const logger = recordingLogger();
  const token = 'token' in change ? change.token : JOB_TOKEN;
  const options = { octokit: github(token, logger), pullRequest: 'pullRequest' in change ? change.pullRequest : PR, logger };
  const url = await publishComment(leakyReport(), change.context ?? context, options);
  expect(url).toBeUndefined();
  expect(ourComments()).toEqual([]);
  expect(api.requests.filter((request) => request.method !== 'GET')).toEqual(change.token === READ_ONLY_TOKEN ? [expect.objectContaining({ method: 'POST' })] : []);
  expectWarnings(logger.lines, warning);
  expectNoSecret(channels(logger, url));
});

test('GitHub failing with 500 is retried, then a warning; the publish never throws', async () => {
  api.fail({ path: /\/issues\/7\/comments/, status: 500 });
  const logger = recordingLogger();
  const url = await publishComment(leakyReport(), context, { octokit: github(JOB_TOKEN, logger), pullRequest: PR, logger });
  expect(url).toBeUndefined();
  // plugin-retry: the first try and two retries.
  expect(api.requests.filter((request) => request.path.includes('/issues/7/comments'))).toHaveLength(3);
  expectWarnings(logger.lines, /^warning: could not post the PR comment \(500: Server Error - https:\/\/docs\.github\.com\/rest\); the full report is in the job summary$/);
  expect(logger.lines).toHaveLength(4);
  expectNoSecret(channels(logger, url));
});

test('a 500 that clears up on retry still posts the comment', async () => {
  api.fail({ method: 'POST', path: /\/issues\/7\/comments/, status: 502, times: 1 });
  const logger = recordingLogger();
  const url = await publishComment(leakyReport(), context, { octokit: github(JOB_TOKEN, logger), pullRequest: PR, logger });
  expect(url).toContain('#issuecomment-');
  expect(ourComments()).toHaveLength(1);
});
