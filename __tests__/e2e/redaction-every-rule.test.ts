/**
 * One secret of every built-in rule, planted in a PR, must not reach any output channel: the
 * action's stdout (annotations, logs), stderr, job summary, outputs, PR comment and every request
 * to the GitHub API, the JSON report and SARIF on disk, the CLI's text / Markdown / JSON / SARIF,
 * and the error message of a config file that holds the values.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sampleSecrets } from '../detect/rules/samples.js';
import { createRepo, type TestRepo } from '../helpers/git-repo.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

const samples = sampleSecrets();
const CLI = resolve('dist/cli.js');
let api: GitHubApiServer;
let repo: TestRepo;
let run: ActionRun;
let baseSha: string;
let headSha: string;

function cli(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '' }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, out: `${stdout}\n${stderr}` });
    });
  });
}

/** A value leaks when it, or any random 12-character piece of it, shows up: evidence may show 4 characters, never more. */
function leaked(text: string): string[] {
  return samples.filter((sample) => pieces(sample.secret).some((piece) => text.includes(piece))).map((sample) => sample.ruleId);
}

function pieces(secret: string): string[] {
  if (secret.length < 16) return [secret];
  const result: string[] = [];
  for (let start = 0; start + 12 <= secret.length; start += 6) result.push(secret.slice(start, start + 12));
  // Pieces of a format's fixed words (`access_token$production$`) are not secret; random ones have digits.
  return result.filter((piece) => /\d/.test(piece));
}

beforeAll(async () => {
  api = await startGitHubApiServer({ writeTokens: ['w'] });
  repo = await createRepo();
  await repo.write('README.md', '# app\n');
  baseSha = await repo.commit('base');
  await repo.git(['checkout', '-q', '-b', 'leaks']);
  for (const sample of samples) await repo.write(`leaks/${sample.ruleId}.txt`, `${sample.line}\n`);
  headSha = await repo.commit('every rule');
  run = await runAction({
    workspace: repo.dir,
    apiUrl: api.url,
    eventName: 'pull_request',
    event: { pull_request: { number: 9, base: { sha: baseSha }, head: { sha: headSha } } },
    inputs: { 'github-token': 'w', 'fail-on': 'low' }
  });
});

afterAll(async () => {
  await api.close();
  await repo.cleanup();
  await rm(run.runnerTemp, { recursive: true, force: true });
});

test('the action finds them and leaks none into stdout, stderr, summary, outputs, comment, API requests, JSON or SARIF', async () => {
  expect(run.exitCode).toBe(1);
  const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'));
  const found = new Set(report.findings.map((finding: { ruleId: string }) => finding.ruleId));
  // Detection is each rule's own test; here most rules must fire so the channels carry real findings.
  expect(found.size).toBeGreaterThan(samples.length * 0.8);
  const sarif = await readFile(run.outputs['sarif-file']!, 'utf8');
  const json = await readFile(run.outputs['report-file']!, 'utf8');
  const requests = api.requests.map((request) => `${request.path}\n${request.body ?? ''}`).join('\n');
  const channels = { stdout: run.stdout, stderr: run.stderr, summary: run.summary, outputs: run.outputFile, requests, json, sarif };
  for (const [channel, text] of Object.entries(channels)) expect({ channel, leaked: leaked(text) }).toEqual({ channel, leaked: [] });
});

test.each(['text', 'markdown', 'json', 'sarif'])('the CLI in %s format leaks none', async (format) => {
  const { code, out } = await cli(['secrets', 'scan', 'leaks', '--format', format], repo.dir);
  expect(code).toBe(1);
  expect(leaked(out)).toEqual([]);
});

test('a config error about a file full of secrets echoes none of them', async () => {
  const headers = samples.map((sample, index) => `  x-h${index}: "${sample.secret.replace(/[\\"]/g, '').replace(/\n/g, ' ')}"`).join('\n');
  const rules = samples.slice(0, 20).map((sample) => `  - { id: r${sample.ruleId}, pattern: "(${sample.secret.slice(0, 30).replace(/[\\"]/g, '')}" }`).join('\n');
  await repo.write('bad.yml', `failOn: hgih\nheaders:\n${headers}\nsecrets:\n  rules:\n${rules}\n  allow:\n    - { valueRegex: "${samples[0]!.secret}", reason: 3 }\n`);
  const { code, out } = await cli(['run', '--config', 'bad.yml'], repo.dir);
  expect(code).toBe(2);
  expect(out).toContain('bad.yml:1:9');
  expect(leaked(out)).toEqual([]);
  await rm(join(repo.dir, 'bad.yml'));
});
