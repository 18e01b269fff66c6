/**
 * `launch-ready comment --report FILE`: a JSON report posted as the PR comment from a shell or a
 * workflow step, with GITHUB_* from the environment and the REST stand-in as GitHub.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commentCommand } from '../../src/cli/comment-command.js';
import { parseCliArgs, type CliCommand } from '../../src/cli/parse-cli-args.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { ConfigError, EXIT } from '../../src/errors.js';
import { recordingLogger } from '../../src/logger.js';
import { renderJson } from '../../src/report/render-json.js';
import type { Report } from '../../src/report/report.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { useRunnerChannels } from '../helpers/runner-channels.js';
import { MARKER } from '../report/fixture-report.js';
import { HEAD_SHA, JOB_TOKEN, PR, READ_ONLY_TOKEN, expectEscaped, expectNoSecret, leakyReport } from '../publish/leaky-report.js';

type CommentCommand = Extract<CliCommand, { name: 'comment' }>;

const runner = useRunnerChannels();
let api: GitHubApiServer;
const OTHER_PR = 8;
const OTHER_SHA = 'de1e7e'.padEnd(40, '0');

beforeEach(async () => {
  api = await startGitHubApiServer({ writeTokens: [JOB_TOKEN] });
  api.pullHeads.set(PR, HEAD_SHA);
  api.pullHeads.set(OTHER_PR, OTHER_SHA);
  // A shell: no event; every GITHUB_* the command reads is set or removed here, whatever runs the tests.
  runner.setEnv({
    GITHUB_TOKEN: JOB_TOKEN,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: undefined,
    GITHUB_EVENT_NAME: undefined,
    GITHUB_EVENT_PATH: undefined,
    GITHUB_SHA: undefined,
    GITHUB_RUN_ID: undefined,
    GITHUB_WORKSPACE: runner.dir
  });
});
afterEach(() => api.close());

function recordingIo(): CliIo & { out: string[]; logger: ReturnType<typeof recordingLogger> } {
  const out: string[] = [];
  return { out, stdout: (text) => void out.push(text), logger: recordingLogger(), color: false };
}

/** Writes `report` and runs `launch-ready comment --report FILE ...argv`. */
async function comment(argv: string[] = [], report: Report = leakyReport()) {
  const file = join(runner.dir, 'report.json');
  await writeFile(file, renderJson(report));
  const io = recordingIo();
  const code = await commentCommand(parseCliArgs(['comment', '--report', file, ...argv]) as CommentCommand, io);
  const bodies = [...api.comments.values()].flat().filter((c) => c.body.startsWith(MARKER)).map((c) => c.body);
  const everything = [io.out.join(''), io.logger.lines.join('\n'), runner.stdout(), ...bodies, ...api.requests.map((r) => `${r.path}\n${r.body ?? ''}`)].join('\n');
  return { code, io, bodies, everything };
}

const commentedOn = () => [...api.comments.entries()].filter(([, list]) => list.some((c) => c.body.startsWith(MARKER))).map(([pr]) => pr);

/** A workflow_run job's environment: the event names the commit its triggering run tested. */
async function onWorkflowRun(testedSha = HEAD_SHA): Promise<void> {
  const eventPath = join(runner.dir, 'event.json');
  await writeFile(eventPath, JSON.stringify({ workflow_run: { event: 'pull_request', head_sha: testedSha, pull_requests: [] } }));
  runner.setEnv({ GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventPath, GITHUB_SHA: 'da7a'.padEnd(40, '0') });
}

describe('from a shell', () => {
  test('posts the report on the PR it names, prints the URL, exits 0', async () => {
    const { code, io, bodies, everything } = await comment();
    expect(code).toBe(EXIT.passed);
    expect(commentedOn()).toEqual([PR]);
    expect(io.out).toEqual([expect.stringMatching(new RegExp(`^https://github\\.test/acme/shop/pull/${PR}#issuecomment-\\d+\\n$`))]);
    expect(bodies[0]).toContain(`](https://github.com/acme/shop/blob/${HEAD_SHA}/src/ok.ts#L9)`);
    expectEscaped(bodies[0]!);
    expectNoSecret(everything);
  });

  test.each([
    ['--pr wins over the report', ['--pr', String(OTHER_PR)], {}, OTHER_PR, '/repos/acme/shop/'],
    ['--repo wins over GITHUB_REPOSITORY', ['--repo', 'acme/other'], {}, PR, '/repos/acme/other/'],
    ['GITHUB_REPOSITORY when there is no --repo', [], { GITHUB_REPOSITORY: 'acme/third' }, PR, '/repos/acme/third/']
  ])('%s', async (_name, argv, env, pr, prefix) => {
    runner.setEnv(env);
    const { code } = await comment(argv);
    expect(code).toBe(EXIT.passed);
    expect(commentedOn()).toEqual([pr]);
    expect(api.requests.every((request) => request.path.startsWith(prefix))).toBe(true);
  });

  test.each([
    ['no GITHUB_TOKEN', { GITHUB_TOKEN: undefined }, /^warning: no github-token: the PR comment was not posted/, 0],
    ['an empty GITHUB_TOKEN', { GITHUB_TOKEN: '' }, /^warning: no github-token: the PR comment was not posted/, 0],
    ['a read-only GITHUB_TOKEN', { GITHUB_TOKEN: READ_ONLY_TOKEN }, /^warning: could not post the PR comment \(403: /, 1]
  ])('%s: a warning, nothing printed, exit 1', async (_name, env, warning, posts) => {
    runner.setEnv(env);
    const { code, io, everything } = await comment();
    expect(code).toBe(EXIT.failed);
    expect(io.out).toEqual([]);
    expect(io.logger.lines.at(-1)).toMatch(warning);
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(posts);
    expect(commentedOn()).toEqual([]);
    expectNoSecret(everything);
  });

  test('a report with no PR and no --pr is a usage error that says what to pass', async () => {
    const report = leakyReport();
    const attempt = comment([], { ...report, run: { ...report.run, pullRequest: undefined } });
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(/--pr N/);
    expect(api.requests).toEqual([]);
  });

  test('a report that is not launch-ready JSON is a ConfigError naming the file; nothing is asked', async () => {
    const file = join(runner.dir, 'broken.json');
    await writeFile(file, '{"schemaVersion": 1, "tool": {"name": "other"}}');
    const attempt = commentCommand(parseCliArgs(['comment', '--report', file, '--pr', '7']) as CommentCommand, recordingIo());
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(`${file}: tool.name`);
    expect(api.requests).toEqual([]);
  });
});

describe('in a workflow_run job (a fork PR’s report)', () => {
  test('the PR the report names, with the tested commit as head: posted', async () => {
    await onWorkflowRun();
    const { code } = await comment();
    expect(code).toBe(EXIT.passed);
    expect(commentedOn()).toEqual([PR]);
  });

  test.each([
    ['the report names another PR', [], OTHER_PR],
    ['--pr cannot aim it elsewhere either', ['--pr', String(OTHER_PR)], OTHER_PR]
  ])('%s: refused with a warning, exit 1', async (_name, argv, claimed) => {
    await onWorkflowRun();
    const report = leakyReport();
    const { code, io } = await comment(argv, { ...report, run: { ...report.run, pullRequest: claimed } });
    expect(code).toBe(EXIT.failed);
    expect(commentedOn()).toEqual([]);
    expect(io.logger.lines).toContainEqual(`warning: the report names PR #${OTHER_PR}, whose head is not the commit this workflow_run tested: not commenting`);
  });

  test('links point at the tested commit, not the head SHA the report claims', async () => {
    await onWorkflowRun();
    const report = leakyReport();
    const { bodies } = await comment([], { ...report, run: { ...report.run, headSha: OTHER_SHA } });
    expect(commentedOn()).toEqual([PR]);
    expect(bodies[0]).toContain(`/blob/${HEAD_SHA}/src/ok.ts#L9`);
    expect(bodies[0]).not.toContain(OTHER_SHA);
  });
});
