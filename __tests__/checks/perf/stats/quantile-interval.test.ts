/** The p95 interval: bootstrap under 1,000 samples, order statistics from there on. */
import { orderStatisticRanks } from '../../../../src/checks/perf/stats/order-statistic-interval.js';
import { quantileInterval } from '../../../../src/checks/perf/stats/quantile-interval.js';
import { seededRandom } from '../../../helpers/seeded-random.js';
import { lognormalLatencies } from './latency-model.js';

// Without outliers the true p95 of the model is 120·e^(0.35·1.6449) ms.
const TRUE_P95 = 120 * Math.exp(0.35 * 1.6448536);

test.each([
  { n: 71, expected: undefined },
  { n: 72, expected: { low: 64, high: 72 } },
  { n: 1000, expected: { low: 936, high: 964 } }
])('order-statistic ranks of a 95 % interval for p95, n = $n', ({ n, expected }) => {
  expect(orderStatisticRanks(n, 0.95, 0.95)).toEqual(expected);
});

test.each([200, 500, 2000])('n = %i: the interval holds its estimate and, for most seeds, the true p95', (n) => {
  let covered = 0;
  for (let seed = 1; seed <= 20; seed++) {
    const random = seededRandom(seed);
    const samples = lognormalLatencies(n, 1, random).map((value) => Math.min(value, 400));
    const interval = quantileInterval(samples, 0.95, { random, resamples: 500 });
    expect(interval.low).toBeLessThanOrEqual(interval.estimate);
    expect(interval.high).toBeGreaterThanOrEqual(interval.estimate);
    if (interval.low <= TRUE_P95 * 1.01 && interval.high >= TRUE_P95 * 0.99) covered++;
  }
  expect(covered).toBeGreaterThanOrEqual(17);
});

test('the same seed gives the same interval; one sample gives a zero-width one', () => {
  const samples = lognormalLatencies(300, 1, seededRandom(9));
  expect(quantileInterval(samples, 0.95, { random: seededRandom(1) })).toEqual(quantileInterval(samples, 0.95, { random: seededRandom(1) }));
  expect(quantileInterval([12], 0.95, { random: seededRandom(1) })).toEqual({ estimate: 12, low: 12, high: 12, confidence: 0.95 });
});
