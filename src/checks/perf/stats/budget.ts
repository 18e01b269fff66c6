/** A route's latency and error budgets, judged on the interval rather than the point estimate. */
import type { Interval, Sample } from '../perf-types.js';
import type { Random } from './bootstrap.js';
import { quantileInterval } from './quantile-interval.js';
import { wilsonInterval } from './wilson.js';

/** The limits of one route; each is judged only when set. */
export interface Budget {
  /** p95 latency limit, ms. */
  p95Ms?: number;
  /** p99 latency limit, ms. */
  p99Ms?: number;
  /** Error-rate limit, 0…1 (errors and non-2xx answers over all requests). */
  errorRate?: number;
}

/** One limit's verdict. */
export interface BudgetJudgement {
  limit: 'p95' | 'p99' | 'errorRate';
  budget: number;
  interval: Interval;
  /** `breached`: the whole interval is over; `straddles`: it contains the budget (never fails). */
  verdict: 'breached' | 'within' | 'straddles';
  /** Breached only: critical when even the low bound is over twice the budget, else high. */
  severity?: 'high' | 'critical';
}

/**
 * Judges each set limit of `budget` on a route's samples (issue 15, "Budgets"): p95 and p99 by
 * Harrell–Davis with their 95 % interval (quantileInterval) over the successful samples, the error
 * rate by its Wilson interval over all of them. A limit is breached only when the interval's low
 * bound is over it: a slow outlier in a small sample is not a breach. A latency limit with no
 * successful sample is not judged (the error rate speaks for that route).
 */
export function judgeBudget(samples: readonly Sample[], budget: Budget, random: Random): BudgetJudgement[] {
  const timed = samples.filter((sample) => sample.ok).map((sample) => sample.latencyMs);
  const limits: Array<{ limit: BudgetJudgement['limit']; budget: number | undefined; interval: () => Interval }> = [
    { limit: 'p95', budget: budget.p95Ms, interval: () => quantileInterval(timed, 0.95, { random }) },
    { limit: 'p99', budget: budget.p99Ms, interval: () => quantileInterval(timed, 0.99, { random }) },
    { limit: 'errorRate', budget: budget.errorRate, interval: () => wilsonInterval(samples.length - timed.length, samples.length) }
  ];
  return limits
    .filter((entry) => entry.budget !== undefined && (entry.limit === 'errorRate' || timed.length > 0))
    .map((entry) => judgeLimit(entry.limit, entry.budget!, entry.interval()));
}

function judgeLimit(limit: BudgetJudgement['limit'], budget: number, interval: Interval): BudgetJudgement {
  if (interval.low > budget) return { limit, budget, interval, verdict: 'breached', severity: interval.low > 2 * budget ? 'critical' : 'high' };
  return { limit, budget, interval, verdict: interval.high > budget ? 'straddles' : 'within' };
}
