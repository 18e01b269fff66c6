/**
 * The perf check's rules and the one way its findings are built: keyed by rule and route, so a
 * finding is the same problem across runs whatever the host or the numbers.
 */
import type { Finding, Severity } from '../../report/finding.js';
import { fingerprintOf } from '../../report/fingerprint.js';

export const PERF_RULES = {
  budgetBreached: { id: 'perf-budget-breached', severity: 'high', title: 'Latency over budget' },
  errorsOverBudget: { id: 'perf-error-rate', severity: 'high', title: 'Error rate over budget' },
  regressed: { id: 'perf-regressed', severity: 'high', title: 'Route got slower' },
  budgetUncertain: { id: 'perf-budget-uncertain', severity: 'info', title: 'Latency near its budget' },
  inconclusive: { id: 'perf-inconclusive', severity: 'info', title: 'Too few samples to tell' },
  baselineRecorded: { id: 'perf-baseline-recorded', severity: 'info', title: 'Baseline recorded' },
  noReference: { id: 'perf-no-reference', severity: 'info', title: 'No reference to compare with' },
  notMeasured: { id: 'perf-not-measured', severity: 'medium', title: 'Route not measured' }
} as const satisfies Record<string, { id: string; severity: Severity; title: string }>;

export function perfFinding(input: {
  rule: { id: string; severity: Severity; title: string };
  severity?: Severity;
  message: string;
  route: string;
  url?: string;
  remediation: string;
  evidence?: string;
}): Finding {
  return {
    check: 'perf',
    ruleId: input.rule.id,
    severity: input.severity ?? input.rule.severity,
    title: input.rule.title,
    message: input.message,
    ...(input.url ? { location: { kind: 'url' as const, url: input.url, method: 'GET' } } : {}),
    ...(input.evidence ? { evidence: input.evidence } : {}),
    fingerprint: fingerprintOf('perf', input.rule.id, input.route),
    remediation: input.remediation
  };
}

/** `212 ms`, `1.4 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms >= 1_000 ? `${(ms / 1_000).toFixed(ms >= 10_000 ? 0 : 1)} s` : `${Math.round(ms)} ms`;
}
