/**
 * The distribution-free confidence interval of a quantile from two order statistics
 * (Hahn & Meeker 1991, "Statistical Intervals", §5.2; David & Nagaraja 2003, §7.1): with B the
 * number of observations at or below the true q-quantile, B ~ Binomial(n, q) whatever the
 * distribution, so P(X_(l) ≤ ξ_q ≤ X_(u)) ≥ P(l ≤ B < u).
 */
import { regularizedBeta } from './incomplete-beta.js';

/**
 * The 1-based ranks (l, u) with P(B ≤ l − 1) ≤ α/2 and P(B ≥ u) ≤ α/2, l as large and u as small
 * as that allows, so the coverage is at least `confidence`; undefined when the sample is too small
 * for one of them (a two-sided 95 % interval for p95 needs n ≥ 72, since P(B = n) = 0.95ⁿ must be
 * ≤ 2.5 %; the n ≥ 59 is the one-sided bound, 0.95⁵⁹ < 5 %).
 */
export function orderStatisticRanks(n: number, q: number, confidence: number): { low: number; high: number } | undefined {
  const tail = (1 - confidence) / 2;
  // P(B ≤ k) = I_{1−q}(n − k, k + 1) and P(B ≥ k) = I_q(k, n − k + 1) (the binomial–beta identity).
  const atMost = (k: number): number => (k >= n ? 1 : regularizedBeta(1 - q, n - k, k + 1));
  const atLeast = (k: number): number => (k <= 0 ? 1 : regularizedBeta(q, k, n - k + 1));
  if (atMost(0) > tail || atLeast(n) > tail) return undefined;
  // Largest l with atMost(l − 1) ≤ tail, smallest u with atLeast(u) ≤ tail: both monotone in rank.
  const low = lastRank(1, n, (rank) => atMost(rank - 1) <= tail);
  const high = n + 1 - lastRank(1, n, (reversed) => atLeast(n + 1 - reversed) <= tail);
  return { low, high };
}

/** The last rank in [from, to] that passes a test that holds up to some rank and fails after it. */
function lastRank(from: number, to: number, passes: (rank: number) => boolean): number {
  let good = from;
  let bad = to + 1;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (passes(middle)) good = middle;
    else bad = middle;
  }
  return good;
}
