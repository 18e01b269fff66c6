import type { Finding, Severity } from './report/finding.js';
import { severityRank } from './report/finding.js';

/** The lowest severity that fails the build, or `never`. */
export type FailOn = Exclude<Severity, 'info'> | 'never';
export const FAIL_ON_LEVELS: readonly FailOn[] = ['critical', 'high', 'medium', 'low', 'never'];

export interface GateDecision {
  passed: boolean;
  /** Findings at or above the threshold, i.e. the reason for a failure. */
  blocking: number;
}

/**
 * Fails when any finding is at or above `failOn`. Known (baselined) findings never fail it, and
 * errored checks do not fail the gate by themselves.
 */
export function decideGate(findings: readonly Finding[], failOn: FailOn): GateDecision {
  if (failOn === 'never') return { passed: true, blocking: 0 };
  const threshold = severityRank(failOn);
  const blocking = findings.filter((finding) => !finding.known && severityRank(finding.severity) <= threshold).length;
  return { passed: blocking === 0, blocking };
}
