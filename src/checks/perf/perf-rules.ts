/**
 * The perf check's rules and the one way its findings are built: keyed by rule and route, so a
 * finding is the same problem across runs whatever the host or the numbers.
 */
import type { Finding, Severity } from '../../report/finding.js';
import { ruleFinding, type Rule } from '../../report/rule-finding.js';

export const PERF_RULES = {
  budgetBreached: { id: 'perf-budget-breached', severity: 'high', title: 'Latency over budget' },
  errorsOverBudget: { id: 'perf-error-rate', severity: 'high', title: 'Error rate over budget' },
  regressed: { id: 'perf-regressed', severity: 'high', title: 'Route got slower' },
  budgetUncertain: { id: 'perf-budget-uncertain', severity: 'info', title: 'Latency near its budget' },
  inconclusive: { id: 'perf-inconclusive', severity: 'info', title: 'Too few samples to tell' },
  baselineRecorded: { id: 'perf-baseline-recorded', severity: 'info', title: 'Baseline recorded' },
  noReference: { id: 'perf-no-reference', severity: 'info', title: 'No reference to compare with' },
  notMeasured: { id: 'perf-not-measured', severity: 'medium', title: 'Route not measured' }
} as const satisfies Record<string, Rule>;

export function perfFinding(input: {
  rule: Rule;
  severity?: Severity;
  message: string;
  route: string;
  url?: string;
  remediation: string;
  evidence?: string;
}): Finding {
  const { route, url, ...rest } = input;
  return ruleFinding({ ...rest, check: 'perf', ...(url ? { location: { kind: 'url', url, method: 'GET' } } : {}), key: [route] });
}

/** `212 ms`, `1.4 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms >= 1_000 ? `${(ms / 1_000).toFixed(ms >= 10_000 ? 0 : 1)} s` : `${Math.round(ms)} ms`;
}
