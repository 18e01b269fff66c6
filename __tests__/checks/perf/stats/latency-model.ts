/** Seeded lognormal latencies for the simulations: median 120 ms, σ = 0.35, 1 % slow outliers ×5. */

/** n latencies, all scaled by `scale` (so every quantile, p95 included, moves by that factor). */
export function lognormalLatencies(n: number, scale: number, random: () => number): number[] {
  return Array.from({ length: n }, () => {
    // Box–Muller; 1 − u keeps the logarithm finite.
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const outlier = random() < 0.01 ? 5 : 1;
    return scale * outlier * 120 * Math.exp(0.35 * z);
  });
}
