/**
 * A tiny deterministic PRNG for generated test inputs, so every run sees the same cases and a
 * failing one can be replayed from its seed: the perf check's own mulberry32, numbers in [0, 1).
 */
export { seededRandom } from '../../src/checks/perf/seeded-random.js';
