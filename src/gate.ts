import type { CheckResult, CheckStatus, Finding, Severity } from './report/finding.js';
import { severityRank } from './report/finding.js';

/** The lowest severity that fails the build, or `never`. */
export type FailOn = Exclude<Severity, 'info'> | 'never';
export const FAIL_ON_LEVELS: readonly FailOn[] = ['critical', 'high', 'medium', 'low', 'never'];

/** What fails the build: the `fail-on` threshold and whether a check that could not run fails it. */
export interface GatePolicy {
  failOn: FailOn;
  /**
   * An errored check fails the gate (the `fail-on-error` input, `--fail-on-error`). Default true:
   * a secrets scan that could not run must not let a pull request through.
   */
  failOnError: boolean;
}

/** The gate, decided once per report and carried in it: renderers and publishers read it. */
export interface GateDecision extends GatePolicy {
  passed: boolean;
  /** Findings at or above the threshold that are not known (baselined): the reason for a failure. */
  blocking: number;
  /** Checks that could not run, by name; they failed the gate when `failOnError`. */
  errored: string[];
  /** The process exit code the decision means: 0 passed, 1 failed. */
  exitCode: 0 | 1;
}

/** A finding fails the gate when it is at or above `failOn` and not accepted in a baseline. */
export function isBlocking(finding: Finding, failOn: FailOn): boolean {
  return failOn !== 'never' && !finding.known && severityRank(finding.severity) <= severityRank(failOn);
}

/**
 * The one definition of a check's status: skipped and errored stay as the check ended; otherwise it
 * failed exactly when one of its findings blocks the gate, so a check reads "failed" only where the
 * verdict above it does too.
 */
export function checkStatus(result: Pick<CheckResult, 'status' | 'findings'>, failOn: FailOn): CheckStatus {
  if (result.status === 'skipped' || result.status === 'errored') return result.status;
  return result.findings.some((finding) => isBlocking(finding, failOn)) ? 'failed' : 'passed';
}

/**
 * Fails when any finding blocks (see `isBlocking`), or, with `failOnError`, when a check errored.
 * `results` carry their final status (see `checkStatus`).
 */
export function decideGate(results: readonly Pick<CheckResult, 'check' | 'status' | 'findings'>[], policy: GatePolicy): GateDecision {
  let blocking = 0;
  for (const result of results) for (const finding of result.findings) if (isBlocking(finding, policy.failOn)) blocking += 1;
  const errored = results.filter((result) => result.status === 'errored').map((result) => result.check);
  const passed = blocking === 0 && !(policy.failOnError && errored.length > 0);
  return { failOn: policy.failOn, failOnError: policy.failOnError, passed, blocking, errored, exitCode: passed ? 0 : 1 };
}
