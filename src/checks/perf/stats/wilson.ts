/** The confidence interval of a proportion, for error rates. */
import type { Interval } from '../perf-types.js';
import { normalQuantile } from './normal-quantile.js';

/**
 * The Wilson score interval of `successes` out of `trials` (Wilson 1927, "Probable inference, the
 * law of succession, and statistical inference", JASA 22(158)). Unlike the Wald interval it stays
 * inside [0, 1] and keeps its coverage near 0 errors, where error rates live (Brown, Cai &
 * DasGupta 2001, "Interval estimation for a binomial proportion", Statist. Sci. 16(2)).
 * `confidence` defaults to 0.95; no trials give the uninformative [0, 1].
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): Interval {
  if (trials === 0) return { estimate: 0, low: 0, high: 1, confidence };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), confidence };
}
