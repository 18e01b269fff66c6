/**
 * Publishing a report another job wrote (the fork-PR `workflow_run` pattern). The file is the fork's:
 * the only PR it may reach is one whose head is the commit the triggering run tested, links point at
 * that commit, and the verdict is recomputed from its findings.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseActionInputs, type ActionInputs } from '../../src/config/action-inputs.js';
import { contextFromEvent } from '../../src/context/github-event.js';
import type { Context } from '../../src/context/context.js';
import { ConfigError } from '../../src/errors.js';
import { createOctokit } from '../../src/github/create-octokit.js';
import { recordingLogger, type Logger } from '../../src/logger.js';
import { publishExistingReport } from '../../src/publish/publish-existing-report.js';
import { renderJson } from '../../src/report/render-json.js';
import type { Report } from '../../src/report/report.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { useRunnerChannels } from '../helpers/runner-channels.js';
import { MARKER } from '../report/fixture-report.js';
import { BASE_SHA, HEAD_SHA, JOB_TOKEN, PR, RUNNER_ENV, expectEscaped, expectNoSecret, leakyReport, pullRequestContext } from './leaky-report.js';

const runner = useRunnerChannels();
let api: GitHubApiServer;
beforeEach(async () => {
  api = await startGitHubApiServer({ writeTokens: [JOB_TOKEN] });
});
afterEach(() => api.close());

/** Another PR, on another commit: the one a fork would like to comment on. */
const OTHER_PR = 8;
const OTHER_SHA = 'de1e7e'.padEnd(40, '0');
/** The default branch's commit, GITHUB_SHA of a workflow_run job. */
const DEFAULT_BRANCH_SHA = 'da7a'.padEnd(40, '0');

/** The `workflow_run` job that publishes: it never checks out the PR, it knows only the tested commit. */
function workflowRunContext(testedSha: string | null = HEAD_SHA): Context {
  const payload = { workflow_run: { event: 'pull_request', ...(testedSha ? { head_sha: testedSha } : {}), pull_requests: [] } };
  return contextFromEvent({ eventName: 'workflow_run', payload, env: { ...RUNNER_ENV, GITHUB_SHA: DEFAULT_BRANCH_SHA }, workspace: runner.dir, hasToken: true });
}

async function reportFile(report: Report | string): Promise<string> {
  const file = join(runner.dir, 'report.json');
  await writeFile(file, typeof report === 'string' ? report : renderJson(report));
  return file;
}

/** What main.ts hands the publisher for these inputs: its gate policy, the comment, the one client (here, of the stand-in). */
function publishOptions(file: string, context: Context, inputs: ActionInputs, logger: Logger) {
  return {
    file,
    context,
    policy: { failOn: inputs.failOn, failOnError: inputs.failOnError },
    comment: { enabled: inputs.comment, key: inputs.commentKey },
    octokit: inputs.githubToken ? createOctokit({ token: inputs.githubToken, baseUrl: api.url, logger }) : undefined,
    logger
  };
}

async function publish(options: { report?: Report | string; context?: Context; inputs?: Record<string, string> } = {}) {
  const file = await reportFile(options.report ?? leakyReport());
  const raw: Record<string, string> = { 'github-token': JOB_TOKEN, report: file, ...options.inputs };
  const logger = recordingLogger();
  await publishExistingReport(publishOptions(file, options.context ?? workflowRunContext(), parseActionInputs((name) => raw[name] ?? ''), logger));
  const outputs = await runner.outputs();
  const summary = await runner.summary();
  const comments = [...api.comments.values()].flat().filter((comment) => comment.body.startsWith(MARKER));
  const everything = [logger.lines.join('\n'), runner.stdout(), summary, await runner.outputText(), ...comments.map((c) => c.body), ...api.requests.map((r) => `${r.path}\n${r.body ?? ''}`)].join('\n');
  return { file, logger, outputs, summary, comments, everything, exitCode: process.exitCode };
}

const commentedOn = () => [...api.comments.entries()].filter(([, list]) => list.some((comment) => comment.body.startsWith(MARKER))).map(([pr]) => pr);
const lookups = () => api.requests.filter((request) => /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+$/.test(request.path)).map((request) => request.path);

describe('on workflow_run: which PR the report may reach', () => {
  type Case = [name: string, claimed: Partial<Report['run']>, expected: { commentOn: number[]; lookups: string[]; warning?: RegExp }];
  const cases: Case[] = [
    ['the PR it names has the tested commit as head: commented', { pullRequest: PR }, { commentOn: [PR], lookups: [`/repos/acme/shop/pulls/${PR}`] }],
    [
      'it names another PR, whose head is another commit: refused',
      { pullRequest: OTHER_PR },
      { commentOn: [], lookups: [`/repos/acme/shop/pulls/${OTHER_PR}`], warning: /^warning: the report names PR #8, whose head is not the commit this workflow_run tested: not commenting$/ }
    ],
    [
      'it names a PR that does not exist: refused',
      { pullRequest: 99 },
      { commentOn: [], lookups: ['/repos/acme/shop/pulls/99'], warning: /^warning: could not look up PR #99 \(404: Not Found.*\): not commenting$/ }
    ],
    ['it names no PR: nothing is looked up', { pullRequest: undefined }, { commentOn: [], lookups: [] }],
    [
      'it names another repository: only this repository is ever asked or commented on',
      { repository: 'evil/elsewhere', pullRequest: PR },
      { commentOn: [PR], lookups: [`/repos/acme/shop/pulls/${PR}`] }
    ]
  ];

  test.each(cases)('%s', async (_name, claimed, expected) => {
    api.pullHeads.set(PR, HEAD_SHA);
    api.pullHeads.set(OTHER_PR, OTHER_SHA);
    const report = leakyReport();
    const run = await publish({ report: { ...report, run: { ...report.run, ...claimed } } });
    expect(commentedOn()).toEqual(expected.commentOn);
    expect(lookups()).toEqual(expected.lookups);
    expect(api.requests.every((request) => request.path.startsWith('/repos/acme/shop/'))).toBe(true);
    const warnings = run.logger.lines.filter((line) => line.startsWith('warning: ') && !/ - \d{3} with id /.test(line));
    expect(warnings).toEqual(expected.warning ? [expect.stringMatching(expected.warning)] : []);
    expect(run.outputs['comment-url']).toEqual(expected.commentOn.length > 0 ? expect.stringContaining(`/pull/${PR}#issuecomment-`) : '');
    // The summary is written either way, and says which PR this run reached (none when refused).
    expect(run.summary).toContain('## ❌ launch-ready failed');
    expect(run.summary.includes(`pull request <code>${PR}</code>`)).toBe(expected.commentOn.length > 0);
    expect(run.exitCode).toBe(1);
    // The run line names the repository it was published in, never the one the report claims.
    expect(run.summary).toContain('repository <code>acme/shop</code>');
    expect(run.everything).not.toContain('elsewhere');
    expectNoSecret(run.everything);
  });

  test('the tested commit is the one linked, whatever head SHA the report claims', async () => {
    api.pullHeads.set(PR, HEAD_SHA);
    const report = leakyReport();
    const run = await publish({ report: { ...report, run: { ...report.run, headSha: OTHER_SHA, runUrl: 'https://evil.test/run' } } });
    expect(commentedOn()).toEqual([PR]);
    for (const text of [run.comments[0]!.body, run.summary]) {
      expect(text).toContain(`/blob/${HEAD_SHA}/src/ok.ts#L9`);
      expect(text).not.toContain(OTHER_SHA);
      expect(text).not.toContain(OTHER_SHA.slice(0, 12));
      expect(text).not.toContain('evil.test');
      expectEscaped(text);
    }
  });

  test('the event names no tested commit: the default branch commit is not a PR head, so refused', async () => {
    api.pullHeads.set(PR, HEAD_SHA);
    await publish({ context: workflowRunContext(null) });
    expect(commentedOn()).toEqual([]);
  });

  test('without a token nothing is asked and nothing is posted', async () => {
    api.pullHeads.set(PR, HEAD_SHA);
    const run = await publish({ inputs: { 'github-token': '' } });
    expect(api.requests).toEqual([]);
    expect(run.logger.lines).toEqual([`warning: no github-token: cannot check that PR #${PR} is the PR this workflow_run tested; not commenting`]);
    expect(run.outputs['comment-url']).toBe('');
    expect(run.summary).toContain('## ❌ launch-ready failed');
  });

  test('comment: false publishes the summary and outputs only', async () => {
    api.pullHeads.set(PR, HEAD_SHA);
    const run = await publish({ inputs: { comment: 'false' } });
    expect(commentedOn()).toEqual([]);
    expect(api.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(run.outputs).toMatchObject({ passed: 'false', 'comment-url': '' });
  });
});

describe('on other events', () => {
  test('pull_request: the event’s own PR, never the one the report names, without a lookup', async () => {
    const report = leakyReport();
    await publish({ report: { ...report, run: { ...report.run, pullRequest: OTHER_PR } }, context: pullRequestContext(runner.dir) });
    expect(commentedOn()).toEqual([PR]);
    expect(lookups()).toEqual([]);
  });

  test('push: no PR at all, whatever the report names', async () => {
    const payload = { before: BASE_SHA, after: HEAD_SHA };
    const context = contextFromEvent({ eventName: 'push', payload, env: RUNNER_ENV, workspace: runner.dir, hasToken: true });
    api.pullHeads.set(PR, HEAD_SHA);
    await publish({ context });
    expect(api.requests).toEqual([]);
  });
});

describe('the verdict is recomputed, not believed', () => {
  test('a report that claims it passed with no findings counted fails on the findings it carries', async () => {
    const json = JSON.parse(renderJson(leakyReport()));
    const forged = JSON.stringify({ ...json, passed: true, counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } });
    const run = await publish({ report: forged });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', critical: '1', high: '1', medium: '0', low: '0', 'report-file': run.file });
    expect(runner.stdout()).toContain('::error::launch-ready failed: 1 critical, 1 high (fail-on: high)');
    expect(run.summary).toContain('**2 blocking findings**');
  });

  test('a passing report passes: exit code untouched, the verdict logged', async () => {
    const run = await publish({ report: leakyReport({ results: [{ check: 'secrets', status: 'passed', findings: [], metrics: {}, durationMs: 1 }] }) });
    expect(run.exitCode).toBeUndefined();
    expect(run.outputs.passed).toBe('true');
    expect(runner.stdout()).toContain('launch-ready passed: no findings (fail-on: high)');
  });

  test.each([
    ['not JSON', '{"schemaVersion": 1,', /report\.json: not valid JSON/],
    ['another schema version', JSON.stringify({ schemaVersion: 2 }), /report\.json: schemaVersion: expected 1, got 2/],
    ['a finding with an unknown severity', renderJson(leakyReport()).replace('"severity": "critical"', '"severity": "apocalyptic"'), /findings\[0\]\.severity/]
  ])('%s: a ConfigError naming the file and field; nothing is published', async (_name, text, message) => {
    const file = await reportFile(text);
    const inputs = parseActionInputs((name) => ({ 'github-token': JOB_TOKEN, report: file })[name] ?? '');
    const attempt = publishExistingReport(publishOptions(file, workflowRunContext(), inputs, recordingLogger()));
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(message);
    expect(api.requests).toEqual([]);
    expect(await runner.summary()).toBe('');
    expect(await runner.outputText()).toBe('');
  });

  test('a missing file is a ConfigError that names it', async () => {
    const file = join(runner.dir, 'nowhere.json');
    const inputs = parseActionInputs((name) => ({ report: file })[name] ?? '');
    await expect(publishExistingReport(publishOptions(file, workflowRunContext(), inputs, recordingLogger()))).rejects.toThrow(
      new ConfigError(`cannot read the report file ${file}`)
    );
  });
});
