/**
 * What the publisher tests push through every output channel: a report with a secret a PR added
 * (its value redacted by the report model, as the scanner does), a file name and a message the PR
 * author chose, and the job's own GitHub token. Secret-shaped values are assembled at run time.
 */
import { contextFromEvent } from '../../src/context/github-event.js';
import type { Context } from '../../src/context/context.js';
import { redact } from '../../src/report/redact.js';
import type { Report } from '../../src/report/report.js';
import { expectNotLeaked, FAKE } from '../checks/secrets/fake-secrets.js';
import { MARKER, makeFinding, reportWith, type FixtureOverrides } from '../report/fixture-report.js';

/** The secret the PR added: only its redacted shape (`ghp_… (40 chars)`) may leave. */
export const PLANTED_SECRET = FAKE.githubClassic;
/** The job's token, shaped like an Actions installation token: it may only travel in `Authorization`. */
export const JOB_TOKEN = ['ghs', '_', 'Q7wE'.repeat(9)].join('');
/** A token that may read but not write, as a fork PR's `pull_request` run gets. */
export const READ_ONLY_TOKEN = ['ghs', '_', 'R3ad'.repeat(9)].join('');
/** A path a PR author controls: a cell separator, backticks, HTML, and a newline opening a fake row. */
export const HOSTILE_FILE = 'src/a|b `x` <script>alert(1)</script>\n| 🔴 critical | injected | row |.ts';
/** A message the PR author controls: a mention, our own hidden marker, an image. */
export const HOSTILE_MESSAGE = `ping @octocat ${MARKER} <img src=x onerror=alert(1)> [x](javascript:alert(1))`;
export const PR = 7;
export const HEAD_SHA = 'c0ffee'.padEnd(40, '0');
export const BASE_SHA = 'ba5e'.padEnd(40, '0');
export const RUN_URL = 'https://github.test/acme/shop/actions/runs/4242';

/** The runner variables of a job in acme/shop, as `contextFromEvent` reads them. */
export const RUNNER_ENV = { GITHUB_REPOSITORY: 'acme/shop', GITHUB_SERVER_URL: 'https://github.test', GITHUB_RUN_ID: '4242' } as const;

/** A failed report (fail-on high): a critical token in a hostile file, a high finding with a hostile message. */
export function leakyReport(overrides: FixtureOverrides = {}): Report {
  return reportWith(
    [
      makeFinding({
        ruleId: 'github-token',
        severity: 'critical',
        title: 'GitHub token',
        message: 'A GitHub token was added.',
        location: { kind: 'file', path: HOSTILE_FILE, line: 3, column: 5, endColumn: 45 },
        evidence: redact(PLANTED_SECRET),
        fingerprint: 'fp-token'
      }),
      makeFinding({ severity: 'high', message: HOSTILE_MESSAGE, location: { kind: 'file', path: 'src/ok.ts', line: 9 }, fingerprint: 'fp-hostile' })
    ],
    { run: { event: 'pull_request', repository: 'acme/shop', pullRequest: PR, headSha: HEAD_SHA, runUrl: RUN_URL }, ...overrides }
  );
}

/** The Context of the `pull_request` run on PR #7 in acme/shop. */
export function pullRequestContext(workspace: string): Context {
  const payload = { number: PR, pull_request: { number: PR, base: { sha: BASE_SHA }, head: { sha: HEAD_SHA } } };
  return contextFromEvent({ eventName: 'pull_request', payload, env: RUNNER_ENV, workspace, hasToken: true });
}

/** Neither the PR's secret nor the job's tokens, whole or in part. */
export function expectNoSecret(text: string): void {
  expectNotLeaked(text, [PLANTED_SECRET, JOB_TOKEN, READ_ONLY_TOKEN]);
}

/**
 * The Markdown shows PR-controlled text as text: no tag, no forged marker, no extra table row or
 * cell (a finding row has exactly the 6 separators of its 5 cells), no live mention.
 */
export function expectEscaped(markdown: string): void {
  expect(markdown).not.toMatch(/<script|<img|javascript:/i);
  expect(markdown).not.toContain(HOSTILE_FILE);
  expect(markdown).not.toMatch(/^\| 🔴 critical \| injected/m);
  expect(markdown).not.toContain('@octocat');
  expect(markdown.split(MARKER).length - 1).toBeLessThanOrEqual(1);
  const rows = markdown.split('\n').filter((line) => line.includes('src/a'));
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.split('|').length - 1).toBe(6);
}
