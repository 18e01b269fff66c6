/** The numbers reported for one route's samples. */
import type { Sample } from '../perf-types.js';
import { sortedCopy } from './bootstrap.js';
import { harrellDavis, percentile } from './harrell-davis.js';

/** A route's latency summary, ms; the quantiles are NaN when no request succeeded. */
export interface SampleSummary {
  /** All requests, failed ones included. */
  count: number;
  /** Failed requests and non-2xx answers: counted, never timed. */
  errors: number;
  /** errors / count (0 for no request). */
  errorRate: number;
  p50: number;
  p90: number;
  /** Harrell–Davis, the estimate the gate judges. */
  p95: number;
  p99: number;
  max: number;
  /** The client's own overhead per answer (Sample.overheadMs), p50 and p99; NaN when none was timed. */
  overheadP50: number;
  overheadP99: number;
}

/**
 * Summarizes samples: p50, p90 and p99 as plain type-7 percentiles (what other tools report, so
 * they compare), p95 by Harrell–Davis (the gate's estimate), all over the successful samples only.
 */
export function summarize(samples: readonly Sample[]): SampleSummary {
  const sorted = sortedCopy(samples.filter((sample) => sample.ok).map((sample) => sample.latencyMs));
  const count = samples.length;
  const errors = count - sorted.length;
  const errorRate = count === 0 ? 0 : errors / count;
  const overheads = sortedCopy(samples.flatMap((sample) => (sample.overheadMs === undefined ? [] : [sample.overheadMs])));
  const overhead = overheads.length === 0 ? { overheadP50: NaN, overheadP99: NaN } : { overheadP50: percentile(overheads, 0.5), overheadP99: percentile(overheads, 0.99) };
  if (sorted.length === 0) return { count, errors, errorRate, p50: NaN, p90: NaN, p95: NaN, p99: NaN, max: NaN, ...overhead };
  return {
    ...overhead,
    count,
    errors,
    errorRate,
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    p95: harrellDavis(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1]!
  };
}
