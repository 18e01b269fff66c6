/**
 * One route's verdicts in words: its budget limits (breached only when the whole interval is over),
 * its regression verdict (regressed, unchanged, inconclusive), and its row of the latency table.
 */
import type { PerfBudget } from '../../config/config-types.js';
import type { Finding } from '../../report/finding.js';
import { judgeBudget } from './stats/budget.js';
import { summarize, type SampleSummary } from './stats/sample-summary.js';
import type { RouteVerdict } from './stats/verdicts.js';
import type { Sample } from './perf-types.js';
import { formatMs, perfFinding, PERF_RULES } from './perf-rules.js';

export interface RouteJudgement {
  findings: Finding[];
  row: string[];
}

export interface RouteInput {
  route: string;
  /** The measured URL (origin and path), when measured; absent for k6 imports. */
  url?: string;
  samples: readonly Sample[];
  budget?: PerfBudget;
  regression?: RouteVerdict;
  /** `live` (compareTo), `stored` (baseline), or none. */
  mode?: 'live' | 'stored';
  /** The regression limits, for the words. */
  limits: { relative: number; absoluteMs: number };
  random: () => number;
}

export function judgeLatency(input: RouteInput): RouteJudgement {
  const summary = summarize(input.samples);
  const findings: Finding[] = [];
  const where = { route: input.route, ...(input.url ? { url: input.url } : {}) };
  for (const judged of input.budget ? judgeBudget(input.samples, input.budget, input.random) : []) {
    const isRate = judged.limit === 'errorRate';
    const show = (value: number): string => (isRate ? `${(value * 100).toFixed(1)}%` : formatMs(value));
    const measured = `${show(judged.interval.estimate)} (95% interval ${show(judged.interval.low)}–${show(judged.interval.high)})`;
    if (judged.verdict === 'breached') {
      findings.push(
        perfFinding({
          ...where,
          rule: isRate ? PERF_RULES.errorsOverBudget : PERF_RULES.budgetBreached,
          severity: judged.severity,
          message: `${input.route}: ${judged.limit} is ${measured}, over its budget of ${show(judged.budget)}${judged.severity === 'critical' ? ' by more than 2×' : ''}.`,
          remediation: isRate
            ? 'Look at the failed answers in the deploy\'s logs; the route fails for some requests even when it answers most.'
            : 'Profile the route on the deploy (slow queries, N+1 calls, a cold cache, a far region); raise the budget only if it was wrong.'
        })
      );
    } else if (judged.verdict === 'straddles') {
      findings.push(
        perfFinding({
          ...where,
          rule: PERF_RULES.budgetUncertain,
          message: `${input.route}: ${judged.limit} is ${measured}: the interval contains the budget of ${show(judged.budget)}, so this run cannot tell (it does not fail).`,
          remediation: 'More samples (perf.samples) narrow the interval; if it stays near the budget, the route is close to its limit.'
        })
      );
    }
  }
  const verdict = input.regression;
  if (verdict?.verdict === 'regressed') {
    const slower = verdict.ratio.low >= 2;
    findings.push(
      perfFinding({
        ...where,
        rule: PERF_RULES.regressed,
        severity: slower ? 'critical' : undefined,
        message:
          `${input.route}: p95 went from ${formatMs(verdict.referenceP95)} to ${formatMs(verdict.currentP95)} (+${formatMs(verdict.deltaMs)}, ` +
          `×${verdict.ratio.estimate.toFixed(2)}, 95% interval ×${verdict.ratio.low.toFixed(2)}–×${verdict.ratio.high.toFixed(2)}) against ${input.mode === 'live' ? 'the live reference measured in this run' : 'the stored baseline'}: ` +
          `beyond both limits (${Math.round(input.limits.relative * 100)}% and ${formatMs(input.limits.absoluteMs)})${input.mode === 'stored' ? ' and the noise between stored runs' : ''}.`,
        remediation: 'Compare what this change touches on the route (queries, payload size, new calls, cache keys); a profile of both deploys shows where the time went.'
      })
    );
  } else if (verdict?.verdict === 'inconclusive') {
    findings.push(
      perfFinding({
        ...where,
        rule: PERF_RULES.inconclusive,
        message:
          `${input.route}: p95 ${formatMs(verdict.referenceP95)} → ${formatMs(verdict.currentP95)} (×${verdict.ratio.low.toFixed(2)}–×${verdict.ratio.high.toFixed(2)}): too noisy to tell` +
          `${verdict.samplesToSettle ? `; about ${verdict.samplesToSettle} samples per side would settle it` : ''}. It does not fail.`,
        remediation: 'Raise perf.samples (or measure against a live reference with compareTo, which sees the same noise as this deploy).'
      })
    );
  }
  return { findings, row: tableRow(input, summary) };
}

function tableRow(input: RouteInput, summary: SampleSummary): string[] {
  const { p95, errorRate } = summary;
  const verdict = input.regression;
  const budget = input.budget?.p95Ms;
  const change = verdict ? `${signed(verdict.ratio.estimate - 1)} (${signed(verdict.ratio.low - 1)} … ${signed(verdict.ratio.high - 1)})` : '—';
  return [
    input.route,
    verdict ? formatMs(verdict.referenceP95) : '—',
    `${formatMs(p95)}${errorRate > 0 ? ` · ${(errorRate * 100).toFixed(1)}% errors` : ''}`,
    `${formatMs(summary.p50)} · ${formatMs(summary.p90)} · ${formatMs(summary.p99)} · ${formatMs(summary.max)}`,
    change,
    budget === undefined ? '—' : `${formatMs(budget)}`,
    verdict?.verdict ?? (input.mode ? 'no reference' : '—')
  ];
}

function signed(fraction: number): string {
  const percent = Math.round(fraction * 100);
  return `${percent >= 0 ? '+' : ''}${percent}%`;
}
