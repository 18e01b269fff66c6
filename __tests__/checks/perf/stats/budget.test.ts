/** Budgets are judged on intervals: breached only when the whole interval is over. */
import type { Sample } from '../../../../src/checks/perf/perf-types.js';
import { judgeBudget } from '../../../../src/checks/perf/stats/budget.js';
import { wilsonInterval } from '../../../../src/checks/perf/stats/wilson.js';
import { normalQuantile } from '../../../../src/checks/perf/stats/normal-quantile.js';
import { seededRandom } from '../../../helpers/seeded-random.js';
import { lognormalLatencies } from './latency-model.js';

// The model's p95 is about 213 ms (with its outliers, a little more).
const samples = (n: number, errors = 0): Sample[] => [
  ...lognormalLatencies(n, 1, seededRandom(n)).map((latencyMs) => ({ latencyMs, ok: true, status: 200 })),
  ...Array.from({ length: errors }, () => ({ latencyMs: 5, ok: false, status: 503 }))
];

test.each([
  { name: 'clearly within', p95Ms: 500, verdict: 'within', severity: undefined },
  { name: 'clearly over', p95Ms: 150, verdict: 'breached', severity: 'high' },
  { name: 'over twice the budget: critical', p95Ms: 90, verdict: 'breached', severity: 'critical' },
  { name: 'straddling: said, never failed', p95Ms: 216, verdict: 'straddles', severity: undefined }
])('p95: $name', ({ p95Ms, verdict, severity }) => {
  const [judgement] = judgeBudget(samples(400), { p95Ms }, seededRandom(1));
  expect(judgement).toMatchObject({ limit: 'p95', budget: p95Ms, verdict });
  expect(judgement!.severity).toBe(severity);
});

test('only the limits that are set are judged; latency over successful samples, errors over all', () => {
  const judgements = judgeBudget(samples(300, 30), { p99Ms: 100, errorRate: 0.01 }, seededRandom(1));
  expect(judgements.map(({ limit, verdict, severity }) => [limit, verdict, severity])).toEqual([
    ['p99', 'breached', 'critical'],
    ['errorRate', 'breached', 'critical']
  ]);
  expect(judgements[1]!.interval.estimate).toBeCloseTo(30 / 330, 12);
});

test('a route with no successful sample is judged on its error rate only', () => {
  const failed: Sample[] = [{ latencyMs: 1, ok: false, failure: 'refused' }];
  expect(judgeBudget(failed, { p95Ms: 100, errorRate: 0.5 }, seededRandom(1)).map((entry) => entry.limit)).toEqual(['errorRate']);
});

test.each([
  // 0/100: [0, z²/(n + z²)] = [0, 3.8415/103.8415].
  { errors: 0, low: 0, high: 0.036994 },
  // 5/100: the textbook Wilson interval, [0.02154, 0.11175].
  { errors: 5, low: 0.021544, high: 0.111752 }
])('Wilson interval of $errors/100', ({ errors, low, high }) => {
  const interval = wilsonInterval(errors, 100);
  expect(interval.low).toBeCloseTo(low, 5);
  expect(interval.high).toBeCloseTo(high, 5);
  expect(interval.estimate).toBe(errors / 100);
});

test.each([
  { p: 0.975, z: 1.959964 },
  { p: 0.5, z: 0 },
  { p: 0.01, z: -2.326348 },
  { p: 0.999, z: 3.090232 }
])('normal quantile at $p', ({ p, z }) => {
  expect(normalQuantile(p)).toBeCloseTo(z, 6);
});
