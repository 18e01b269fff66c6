/** A quantile's estimate (Harrell–Davis) with its confidence interval. */
import type { Interval } from '../perf-types.js';
import { bootstrapHarrellDavis, percentileBounds, sortedCopy, type BootstrapOptions } from './bootstrap.js';
import { harrellDavis } from './harrell-davis.js';
import { orderStatisticRanks } from './order-statistic-interval.js';

/** Options of {@link quantileInterval}. */
export interface QuantileIntervalOptions extends BootstrapOptions {
  /** Coverage of the interval; default 0.95. */
  confidence?: number;
}

/**
 * From this many samples on, the interval is the distribution-free order-statistic one rather than
 * the bootstrap: its coverage is guaranteed (≥ the confidence, for any distribution), it costs a
 * dozen beta evaluations instead of n × resamples random draws (40 M at n = 20,000), and at this
 * size neighbouring order statistics around p95 are close enough that its discreteness costs
 * little width. Below it, the order statistics are coarse (at n = 72, the upper bound of p95 is the
 * maximum) and the bootstrap of the smooth Harrell–Davis estimate gives a tighter, steadier interval.
 */
export const ORDER_STATISTIC_MIN_SAMPLES = 1000;

/**
 * Quantile q of `samples` (any order) by Harrell–Davis, with a `confidence` interval: the
 * bootstrap percentile interval of the Harrell–Davis estimate (Efron & Tibshirani 1993, §13.3)
 * under {@link ORDER_STATISTIC_MIN_SAMPLES}, the order-statistic interval (Hahn & Meeker 1991,
 * §5.2) from there on (or the bootstrap again if q is so extreme that no such interval exists).
 * A single sample gives a zero-width interval. Throws a RangeError on an empty sample.
 */
export function quantileInterval(samples: readonly number[], q: number, options: QuantileIntervalOptions): Interval {
  const confidence = options.confidence ?? 0.95;
  const sorted = sortedCopy(samples);
  const estimate = harrellDavis(sorted, q);
  const ranks = sorted.length >= ORDER_STATISTIC_MIN_SAMPLES ? orderStatisticRanks(sorted.length, q, confidence) : undefined;
  if (ranks) return { estimate, low: sorted[ranks.low - 1]!, high: sorted[ranks.high - 1]!, confidence };
  const { low, high } = percentileBounds(bootstrapHarrellDavis(sorted, q, options), confidence);
  return { estimate, low, high, confidence };
}
