/** Multiple comparisons across routes: more routes must not mean more false alarms. */

/**
 * Holm's step-down procedure (Holm 1979, "A simple sequentially rejective multiple test
 * procedure", Scand. J. Statist. 6(2)): sort the m p-values ascending and reject the k-th smallest
 * (k = 0…m − 1) while p ≤ α / (m − k); stop at the first that is not. It keeps the probability of
 * any false rejection at or below α (default 0.05) under any dependence between the tests, and is
 * uniformly more powerful than plain Bonferroni. Returns, in the input's order, which are rejected.
 */
export function holmReject(pValues: readonly number[], alpha = 0.05): boolean[] {
  const m = pValues.length;
  const order = pValues.map((_, index) => index).sort((x, y) => pValues[x]! - pValues[y]! || x - y);
  const rejected = new Array<boolean>(m).fill(false);
  for (let k = 0; k < m; k++) {
    const index = order[k]!;
    if (!(pValues[index]! <= alpha / (m - k))) break;
    rejected[index] = true;
  }
  return rejected;
}
