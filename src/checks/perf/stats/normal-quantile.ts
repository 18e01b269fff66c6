/** The standard normal distribution's quantile function, for the z of a Wilson interval. */

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const LOW_REGION = 0.02425;

/**
 * Φ⁻¹(p) for 0 < p < 1, by Acklam's rational approximation (P. J. Acklam, "An algorithm for
 * computing the inverse normal cumulative distribution function", 2003): relative error below
 * 1.15e-9, plenty for an interval's z.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`a probability strictly between 0 and 1, got ${p}`);
  if (p > 1 - LOW_REGION) return -normalQuantile(1 - p);
  if (p < LOW_REGION) {
    const t = Math.sqrt(-2 * Math.log(p));
    return polynomial(C, t) / (polynomial(D, t) * t + 1);
  }
  const t = p - 0.5;
  const r = t * t;
  return (polynomial(A, r) * t) / (polynomial(B, r) * r + 1);
}

/** Horner's rule, highest coefficient first. */
function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, coefficient) => sum * x + coefficient, 0);
}
