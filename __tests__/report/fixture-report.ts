/**
 * One report every renderer test reads: a failed secrets check with three file findings (one with
 * a hostile path and title), env- and url-located findings, an errored, a skipped and a passed check.
 */
import type { CheckResult, Finding, Severity } from '../../src/report/finding.js';
import type { FailOn } from '../../src/gate.js';
import { assembleReport } from '../../src/report/assemble-report.js';
import type { Report } from '../../src/report/report.js';

/** A file path a PR author controls: a table separator, HTML, and our own hidden marker. */
export const HOSTILE_PATH = 'docs/a|b <img src=x>.md';
export const HOSTILE_TITLE = 'Key in `docs` for @octocat, see #123';
export const HOSTILE_MESSAGE =
  'Found <script>alert(1)</script> [x](javascript:alert(1)) <!-- launch-ready:comment --> **bold** ~~gone~~';
export const MARKER = '<!-- launch-ready:comment -->';
export const LINKS = { repoUrl: 'https://github.com/acme/shop', sha: 'a'.repeat(40) };

/** A finding with sensible defaults; `overrides` win. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'secrets',
    ruleId: 'generic-api-key',
    severity: 'medium',
    title: 'Generic API key',
    message: 'A string that looks like an API key was added.',
    location: { kind: 'file', path: 'src/app.ts', line: 1 },
    evidence: 'key_… (32 chars)',
    fingerprint: 'fp-default',
    remediation: 'Move the key to a secret store and rotate it.',
    ...overrides
  };
}

/** `count` file findings of one severity in `check`, on distinct lines of distinct files. */
export function manyFindings(count: number, severity: Severity, check = 'secrets'): Finding[] {
  return Array.from({ length: count }, (_, index) =>
    makeFinding({
      check,
      severity,
      ruleId: `${severity}-rule`,
      title: `${severity} finding ${index + 1}`,
      location: { kind: 'file', path: `src/file-${String(index).padStart(4, '0')}.ts`, line: index + 1 },
      fingerprint: `${severity}-${index}`
    })
  );
}

const secrets: CheckResult = {
  check: 'secrets',
  status: 'failed',
  findings: [
    makeFinding({
      ruleId: 'aws-access-key-id',
      severity: 'high',
      title: 'AWS access key ID',
      message: 'An AWS access key ID was added.',
      location: { kind: 'file', path: 'deploy/.env.production', line: 3 },
      evidence: 'AKIA… (20 chars)',
      fingerprint: 'fp-aws',
      remediation: 'Deactivate the key in IAM and use OIDC credentials in CI.'
    }),
    makeFinding({
      ruleId: 'github-pat',
      severity: 'critical',
      title: 'GitHub personal access token',
      message: 'A GitHub token was added.',
      location: { kind: 'file', path: 'src/config/prod.ts', line: 12, column: 7, endColumn: 47 },
      evidence: 'ghp_… (40 chars)',
      fingerprint: 'fp-ghp',
      remediation: 'Revoke the token in GitHub settings, then load it from a secret.'
    }),
    makeFinding({
      title: HOSTILE_TITLE,
      message: HOSTILE_MESSAGE,
      location: { kind: 'file', path: HOSTILE_PATH, line: 7 },
      evidence: 'sk_… (32 chars) `|`',
      fingerprint: 'fp-hostile'
    })
  ],
  metrics: { filesScanned: 120, bytesScanned: 48_213 },
  durationMs: 1_234
};

const env: CheckResult = {
  check: 'env',
  status: 'failed',
  findings: [
    makeFinding({
      check: 'env',
      ruleId: 'missing-required',
      severity: 'high',
      title: 'Required variable missing',
      message: 'DATABASE_URL is required in production but is not set.',
      location: { kind: 'env', name: 'DATABASE_URL', file: '.env.example', line: 4 },
      evidence: undefined,
      fingerprint: 'fp-env',
      remediation: 'Set DATABASE_URL in the production environment.'
    })
  ],
  metrics: { variables: 14 },
  durationMs: 12
};

const smoke: CheckResult = {
  check: 'smoke',
  status: 'failed',
  findings: [
    makeFinding({
      check: 'smoke',
      ruleId: 'unexpected-status',
      severity: 'medium',
      title: 'Unexpected status',
      message: 'GET /health answered 500, expected 200.',
      location: { kind: 'url', url: 'https://preview.example.com/health', method: 'GET' },
      evidence: undefined,
      fingerprint: 'fp-smoke',
      remediation: 'Check the deploy logs for the error behind the 500.'
    })
  ],
  metrics: { routes: 5 },
  durationMs: 2_500
};

const results: CheckResult[] = [
  smoke,
  { check: 'perf', status: 'passed', findings: [], metrics: { p50Ms: 120, p95Ms: 340.5, samples: 20 }, durationMs: 8_000 },
  secrets,
  { check: 'headers', status: 'skipped', findings: [], metrics: {}, durationMs: 0, reason: 'no deploy URL for this event' },
  {
    check: 'domain',
    status: 'errored',
    findings: [],
    metrics: {},
    durationMs: 30_000,
    reason: 'DNS lookup of preview.example.com timed out after 30s <b>|</b>'
  },
  env
];

/** What a fixture may change: the run, the results and the gate's policy (default fail-on high, fail-on-error off). */
export interface FixtureOverrides {
  run?: Report['run'];
  results?: CheckResult[];
  failOn?: FailOn;
  failOnError?: boolean;
}

/** The fixture report, assembled as a run's is: statuses, counts and the gate follow `results`. */
export function buildFixtureReport(overrides: FixtureOverrides = {}): Report {
  return assembleReport({
    tool: { name: 'launch-ready', version: '0.1.0' },
    run: overrides.run ?? {
      event: 'pull_request',
      repository: 'acme/shop',
      pullRequest: 42,
      headSha: 'a'.repeat(40),
      runUrl: 'https://github.com/acme/shop/actions/runs/1'
    },
    results: overrides.results ?? structuredClone(results),
    policy: { failOn: overrides.failOn ?? 'high', failOnError: overrides.failOnError ?? false }
  });
}

/** A report whose only check has `findings`. */
export function reportWith(findings: Finding[], overrides: FixtureOverrides = {}): Report {
  return buildFixtureReport({
    results: [{ check: 'secrets', status: 'failed', findings, metrics: {}, durationMs: 1 }],
    ...overrides
  });
}
