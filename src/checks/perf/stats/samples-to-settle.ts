/** How many samples per side would turn an inconclusive comparison into a verdict. */
import type { Interval } from '../perf-types.js';

/** The largest number of samples per side ever suggested. */
export const MAX_SAMPLES_TO_SETTLE = 10_000;

/** The ratios a verdict is decided against. */
export interface SettleThresholds {
  /** The interval's low bound must exceed it (and the estimate `deltaRatio`) for `regressed`. */
  regressed: number;
  /** Its high bound below it means `unchanged` (1 + max(relative, absoluteMs / reference)). */
  unchanged: number;
  /** The ratio above which the absolute increase exceeds absoluteMs (1 + absoluteMs / reference). */
  deltaRatio: number;
}

/**
 * The samples per side that would settle it, assuming the interval keeps its centre and shrinks
 * as 1/√n (the bootstrap's standard error does; Efron & Tibshirani 1993, §6.4). In log-ratio
 * space, with h the half-width on the side facing the threshold t and d = |ln(estimate / t)| the
 * distance to it: n' = ⌈n · (h / d)²⌉, capped at {@link MAX_SAMPLES_TO_SETTLE}. It faces the
 * `regressed` threshold when the estimate is past both that and the absolute one, the `unchanged`
 * one when it is below that; in between (a stored reference, whose threshold is raised above the
 * noise between runs) no sample size settles it and the answer is undefined: only a live
 * reference can. With a stored reference only the current side can grow, so read it as a floor.
 */
export function samplesToSettle(ratio: Interval, samplesPerSide: number, thresholds: SettleThresholds): number | undefined {
  const estimate = ratio.estimate;
  let halfWidth: number;
  let distance: number;
  if (estimate > Math.max(thresholds.regressed, thresholds.deltaRatio)) {
    halfWidth = Math.log(estimate / ratio.low);
    distance = Math.log(estimate / thresholds.regressed);
  } else if (estimate < thresholds.unchanged) {
    halfWidth = Math.log(ratio.high / estimate);
    distance = Math.log(thresholds.unchanged / estimate);
  } else {
    return undefined;
  }
  if (!(distance > 0) || !Number.isFinite(halfWidth)) return undefined;
  const needed = Math.ceil(samplesPerSide * Math.max(halfWidth / distance, 0) ** 2);
  return Math.min(MAX_SAMPLES_TO_SETTLE, Math.max(needed, samplesPerSide + 1));
}
