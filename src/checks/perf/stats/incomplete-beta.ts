/**
 * The regularized incomplete beta function I_x(a, b): the CDF of Beta(a, b), from which the
 * Harrell–Davis weights and the binomial tail sums of the order-statistic interval are made.
 */

/** Lanczos (g = 7, 9 terms) coefficients, as in Numerical Recipes 3rd ed. §6.1 and Boost. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];

/** ln Γ(x) for x > 0 (Lanczos approximation, relative error ≈ 1e-15). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1, by the continued fraction of Numerical Recipes (`betai`
 * and `betacf`, §6.4), evaluated with the modified Lentz method. The fraction converges fast for
 * x < (a + 1) / (a + b + 2); above it the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) is used. It takes
 * O(√max(a, b)) terms, about 150 at a = 19,000 (n = 20,000 at p95).
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

const MAX_TERMS = 10_000;
const EPSILON = 1e-15;
const TINY = 1e-300;

/** Numerical Recipes' `betacf`: the continued fraction for I_x(a, b), modified Lentz. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const guard = (value: number): number => (Math.abs(value) < TINY ? TINY : value);
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}
