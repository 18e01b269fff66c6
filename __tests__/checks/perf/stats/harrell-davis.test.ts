/** Quantile estimators: Harrell–Davis against known values, type-7 percentiles against hand values. */
import { harrellDavis, harrellDavisCdf, percentile } from '../../../../src/checks/perf/stats/harrell-davis.js';
import { regularizedBeta } from '../../../../src/checks/perf/stats/incomplete-beta.js';
import { seededRandom } from '../../../helpers/seeded-random.js';

const ascending = (values: number[]): number[] => values.slice().sort((a, b) => a - b);

test.each([
  { x: 0.3, a: 1, b: 1, expected: 0.3 },
  { x: 0.5, a: 3.3, b: 3.3, expected: 0.5 },
  // I_0.4(2, 3) = P(Binomial(4, 0.4) ≥ 2) = 1 − 0.6⁴ − 4·0.4·0.6³
  { x: 0.4, a: 2, b: 3, expected: 1 - 0.6 ** 4 - 4 * 0.4 * 0.6 ** 3 },
  { x: 0.2, a: 3, b: 3, expected: 0.05792 }
])('incomplete beta I_$x($a, $b)', ({ x, a, b, expected }) => {
  expect(regularizedBeta(x, a, b)).toBeCloseTo(expected, 12);
});

test.each([
  { name: 'one sample is itself', sorted: [42], q: 0.95, expected: 42 },
  { name: 'ties give the tied value', sorted: [7, 7, 7, 7, 7], q: 0.95, expected: 7 },
  { name: 'the median of a symmetric sample is its centre', sorted: [1, 2, 3, 4, 5], q: 0.5, expected: 3 },
  // n = 2, q = 0.5: a = b = 1.5, the weights are I_0.5(1.5, 1.5) = 0.5 each.
  { name: 'two samples at the median', sorted: [10, 20], q: 0.5, expected: 15 },
  { name: 'q = 0 is the minimum', sorted: [3, 4, 9], q: 0, expected: 3 },
  { name: 'q = 1 is the maximum', sorted: [3, 4, 9], q: 1, expected: 9 }
])('Harrell–Davis: $name', ({ sorted, q, expected }) => {
  expect(harrellDavis(sorted, q)).toBeCloseTo(expected, 10);
});

test('the weights of n = 5 at the median are the Beta(3, 3) CDF at j/5', () => {
  expect([...harrellDavisCdf(5, 0.5)].map((value) => Number(value.toFixed(5)))).toEqual([0, 0.05792, 0.31744, 0.68256, 0.94208, 1]);
});

test.each([
  { name: 'uniform, n = 20,000, p95', n: 20_000, q: 0.95, draw: (u: number) => u, truth: 0.95, tolerance: 0.004 },
  { name: 'uniform, n = 2,000, p50', n: 2000, q: 0.5, draw: (u: number) => u, truth: 0.5, tolerance: 0.03 },
  { name: 'exponential, n = 5,000, p95', n: 5000, q: 0.95, draw: (u: number) => -Math.log(1 - u), truth: -Math.log(0.05), tolerance: 0.15 }
])('Harrell–Davis close to the true quantile: $name', ({ n, q, draw, truth, tolerance }) => {
  const random = seededRandom(n);
  const sorted = ascending(Array.from({ length: n }, () => draw(random())));
  expect(Math.abs(harrellDavis(sorted, q) - truth)).toBeLessThan(tolerance);
});

test('Harrell–Davis agrees with the full, untrimmed weighted sum', () => {
  const random = seededRandom(3);
  const sorted = ascending(Array.from({ length: 3000 }, () => random() * 100));
  const a = 0.95 * 3001;
  const b = 0.05 * 3001;
  let full = 0;
  for (let j = 1; j <= sorted.length; j++) full += (regularizedBeta(j / 3000, a, b) - regularizedBeta((j - 1) / 3000, a, b)) * sorted[j - 1]!;
  expect(harrellDavis(sorted, 0.95)).toBeCloseTo(full, 9);
});

test.each([
  { sorted: [1, 2, 3, 4], q: 0.5, expected: 2.5 },
  { sorted: [1, 2, 3, 4], q: 0.9, expected: 3.7 },
  { sorted: [10, 20, 30, 40, 50], q: 0.95, expected: 48 },
  { sorted: [10, 20, 30, 40, 50], q: 0.99, expected: 49.6 },
  { sorted: [10, 20, 30, 40, 50], q: 1, expected: 50 },
  { sorted: [5], q: 0.99, expected: 5 }
])('percentile type 7 of $sorted at $q is $expected', ({ sorted, q, expected }) => {
  expect(percentile(sorted, q)).toBeCloseTo(expected, 12);
});

test.each([
  { name: 'an empty sample', run: () => harrellDavis([], 0.5) },
  { name: 'a quantile above 1', run: () => percentile([1], 1.5) }
])('throws a RangeError on $name', ({ run }) => {
  expect(run).toThrow(RangeError);
});
