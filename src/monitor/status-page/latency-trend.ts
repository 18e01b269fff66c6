/**
 * The p95 trend: the 95th percentile of the latencies of a target's ok samples, for the last 24
 * hours and for each of the last seven days. Failed probes are left out: a fast error page would
 * make a broken target look quick.
 */
import type { StatusSample } from './status-history.js';
import { DAY_MS, samplesIn } from './uptime.js';

/** Days in the trend, oldest first, the last one ending at `now`. */
export const TREND_DAYS = 7;

/** Nearest-rank p95 (the smallest value with at least 95% of the values at or below it); undefined for none. */
export function nearestRankP95(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.95 * sorted.length) - 1];
}

function okLatencies(samples: readonly StatusSample[]): number[] {
  return samples.flatMap((sample) => (sample.ok && typeof sample.latencyMs === 'number' && Number.isFinite(sample.latencyMs) ? [sample.latencyMs] : []));
}

/** The p95 of the ok samples in the window ending at `now`. */
export function p95In(samples: readonly StatusSample[], now: number, windowMs: number): number | undefined {
  return nearestRankP95(okLatencies(samplesIn(samples, now, windowMs)));
}

/** One p95 per day, oldest first: day `i` covers the 24 hours ending `TREND_DAYS - 1 - i` days before `now`. */
export function dailyP95(samples: readonly StatusSample[], now: number): Array<number | undefined> {
  return Array.from({ length: TREND_DAYS }, (_, index) => p95In(samples, now - (TREND_DAYS - 1 - index) * DAY_MS, DAY_MS));
}
