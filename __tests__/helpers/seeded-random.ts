/**
 * mulberry32 (public domain, by Tommy Ettinger): a tiny deterministic PRNG for generated test
 * inputs, so every run sees the same cases and a failing one can be replayed from its seed.
 * Numbers in [0, 1), as Math.random gives them.
 */
export function seededRandom(seed: number): () => number {
  // Math.imul bound once: a global looked up per call is ~100 ns inside Jest's vm context.
  const { imul } = Math;
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = imul(state ^ (state >>> 15), state | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
