/** Two independent samples, one quantile: how much slower is `current` than `reference`? */
import type { Interval } from '../perf-types.js';
import { bootstrapHarrellDavis, percentileBounds, sortedCopy, type BootstrapOptions } from './bootstrap.js';
import { harrellDavis } from './harrell-davis.js';

/** Options of {@link compareQuantiles}. */
export interface CompareOptions extends BootstrapOptions {
  /** The quantile compared; default 0.95. */
  q?: number;
  /** The null hypothesis is ratio ≤ 1 + relative (e.g. 0.10 for 10 %). */
  relative: number;
  /** Coverage of the ratio's interval; default 0.95. */
  confidence?: number;
}

/** The comparison of one quantile between a reference and a current sample. */
export interface QuantileComparison {
  /** Harrell–Davis quantile of the reference, ms. */
  referenceQ: number;
  /** Harrell–Davis quantile of the current sample, ms. */
  currentQ: number;
  /** currentQ − referenceQ, ms. */
  deltaMs: number;
  /** currentQ / referenceQ with its bootstrap percentile interval. */
  ratio: Interval;
  /** One-sided bootstrap p-value of H0: ratio ≤ 1 + relative. */
  pValue: number;
}

/**
 * Compares quantile q of two independent samples by the ratio of their Harrell–Davis estimates.
 * Each side is resampled on its own (Efron & Tibshirani 1993, §8.3, the two-sample bootstrap);
 * the ratio's interval is the percentile interval of the resampled ratios, and the p-value the
 * share of resampled ratios at or below 1 + relative, counted as (hits + 1) / (resamples + 1) so
 * that it is never 0 (Davison & Hinkley 1997, eq. 4.11): the smallest α at which the one-sided
 * lower percentile bound would exceed the threshold. A ratio rather than a difference, because
 * latency noise is multiplicative and the threshold is relative. Throws a RangeError on an
 * empty side.
 */
export function compareQuantiles(reference: readonly number[], current: readonly number[], options: CompareOptions): QuantileComparison {
  const q = options.q ?? 0.95;
  const confidence = options.confidence ?? 0.95;
  const threshold = 1 + options.relative;
  const referenceSorted = sortedCopy(reference);
  const currentSorted = sortedCopy(current);
  const referenceQ = harrellDavis(referenceSorted, q);
  const currentQ = harrellDavis(currentSorted, q);
  const referenceDraws = bootstrapHarrellDavis(referenceSorted, q, options);
  const ratios = bootstrapHarrellDavis(currentSorted, q, options);
  let atOrBelow = 0;
  for (let r = 0; r < ratios.length; r++) {
    ratios[r] = ratios[r]! / referenceDraws[r]!;
    if (ratios[r]! <= threshold) atOrBelow++;
  }
  const { low, high } = percentileBounds(ratios, confidence);
  return {
    referenceQ,
    currentQ,
    deltaMs: currentQ - referenceQ,
    ratio: { estimate: currentQ / referenceQ, low, high, confidence },
    pValue: (atOrBelow + 1) / (ratios.length + 1)
  };
}

