/** The regression verdict of every route: regressed, unchanged or inconclusive, never a coin toss. */
import type { Interval, Verdict } from '../perf-types.js';
import type { Random } from './bootstrap.js';
import { holmReject } from './holm.js';
import { compareQuantiles } from './ratio-test.js';
import { samplesToSettle } from './samples-to-settle.js';

/** How the gate judges a slowdown. */
export interface RegressionPolicy {
  /** The relative threshold on the p95 ratio, e.g. 0.10. */
  relative: number;
  /** The absolute threshold on the p95 increase, ms, e.g. 20. */
  absoluteMs: number;
  /** Family-wise error rate across routes (Holm); default 0.05. */
  alpha?: number;
  /** `live`: both sides measured in this run, interleaved. `stored`: a recorded baseline (cross-run). */
  mode: 'live' | 'stored';
  /**
   * Stored mode: the relative spread of p95 across the baseline's recorded runs (e.g. 0.12).
   * Undefined (a single recorded run): {@link DEFAULT_RUN_NOISE}.
   */
  referenceRunNoise?: number;
  /** Bootstrap resamples per side; default 2000. */
  resamples?: number;
  /** Coverage of the ratio's interval; default 0.95. */
  confidence?: number;
}

/** One route's comparison and verdict. */
export interface RouteVerdict {
  route: string;
  verdict: Verdict;
  referenceP95: number;
  currentP95: number;
  deltaMs: number;
  ratio: Interval;
  /** One-sided bootstrap p-value of H0: ratio ≤ the regression threshold (before Holm). */
  pValue: number;
  /** Inconclusive only: the samples per side that would likely settle it (see samplesToSettle). */
  samplesToSettle?: number;
}

/**
 * The noise between runs assumed for a stored baseline with a single recorded run: runner-to-runner
 * p95 spread is often over 30 % (issue 15), 25 % is a middle value; with the 3× rule below it means
 * only a slowdown beyond 75 % can fail a build against such a baseline.
 */
export const DEFAULT_RUN_NOISE = 0.25;

/**
 * The regression threshold on the p95 ratio. Live: 1 + relative. Stored (cross-run, noisier):
 * 1 + max(relative, 3 × referenceRunNoise), so a stored comparison fails a build only when the
 * slowdown is beyond three times the p95 spread measured across the baseline's own recorded runs
 * (with a single recorded run, 3 × 25 %).
 */
export function regressionThreshold(policy: RegressionPolicy): number {
  if (policy.mode === 'live') return 1 + policy.relative;
  return 1 + Math.max(policy.relative, 3 * (policy.referenceRunNoise ?? DEFAULT_RUN_NOISE));
}

/**
 * Judges each route's p95, current against reference:
 * - **regressed** only when Holm across routes (Holm 1979) rejects H0: ratio ≤ threshold at
 *   `alpha`, AND the absolute increase exceeds absoluteMs, AND the ratio interval's low bound
 *   exceeds the threshold ({@link regressionThreshold});
 * - **unchanged** when the ratio interval's high bound is below 1 + relative, or the absolute
 *   increase at that high bound, referenceP95 × (high − 1), is at most absoluteMs;
 * - **inconclusive** otherwise (never fails a build), with the samples that would settle it.
 */
export function regressionVerdicts(
  comparisons: ReadonlyArray<{ route: string; reference: readonly number[]; current: readonly number[] }>,
  policy: RegressionPolicy,
  random: Random
): RouteVerdict[] {
  const threshold = regressionThreshold(policy);
  const results = comparisons.map(({ reference, current }) =>
    compareQuantiles(reference, current, { q: 0.95, relative: threshold - 1, random, resamples: policy.resamples, confidence: policy.confidence })
  );
  const rejected = holmReject(
    results.map((result) => result.pValue),
    policy.alpha ?? 0.05
  );
  return results.map((result, index): RouteVerdict => {
    const { route, current } = comparisons[index]!;
    const { referenceQ, currentQ, deltaMs, ratio, pValue } = result;
    const base = { route, referenceP95: referenceQ, currentP95: currentQ, deltaMs, ratio, pValue };
    if (rejected[index] && deltaMs > policy.absoluteMs && ratio.low > threshold) return { ...base, verdict: 'regressed' };
    if (ratio.high < 1 + policy.relative || referenceQ * (ratio.high - 1) <= policy.absoluteMs) return { ...base, verdict: 'unchanged' };
    const settle = samplesToSettle(ratio, current.length, {
      regressed: threshold,
      unchanged: Math.max(1 + policy.relative, 1 + policy.absoluteMs / referenceQ),
      deltaRatio: 1 + policy.absoluteMs / referenceQ
    });
    return settle === undefined ? { ...base, verdict: 'inconclusive' } : { ...base, verdict: 'inconclusive', samplesToSettle: settle };
  });
}
