/**
 * Regression verdicts on seeded lognormal latencies (median 120 ms, σ 0.35, 1 % outliers ×5),
 * n = 200 per side. Simulations use 500 resamples (the default is 2,000) to keep the suite fast;
 * the p-value's resolution, 1/501, is still far below α. Measured over 1,000 A/A pairs at n = 200
 * with 2,000 resamples, 1 was called regressed (a ~3σ pair whose both tails happened to be tight):
 * the false-alarm rate is about 0.1 %, not 0; these 200 seeds have none.
 */
import { regressionVerdicts, type RegressionPolicy } from '../../../../src/checks/perf/stats/verdicts.js';
import { seededRandom } from '../../../helpers/seeded-random.js';
import { lognormalLatencies } from './latency-model.js';

const LIVE: RegressionPolicy = { relative: 0.1, absoluteMs: 20, mode: 'live', resamples: 500 };

/** The verdict counts of `pairs` seeded reference/current pairs, current scaled by `scale`. */
function simulate(options: { pairs: number; scale: number; policy: RegressionPolicy; n?: number }): Record<string, number> {
  const counts: Record<string, number> = { regressed: 0, unchanged: 0, inconclusive: 0 };
  for (let pair = 1; pair <= options.pairs; pair++) {
    const data = seededRandom(100_000 + pair);
    const reference = lognormalLatencies(options.n ?? 200, 1, data);
    const current = lognormalLatencies(options.n ?? 200, options.scale, data);
    const [result] = regressionVerdicts([{ route: '/', reference, current }], options.policy, seededRandom(pair));
    counts[result!.verdict]!++;
  }
  return counts;
}

describe('simulated A/A and A/B pairs', () => {
  test.each([
    { name: 'A/A live: no false alarm', pairs: 200, scale: 1, policy: LIVE, regressed: [0, 0], unchanged: [0, 200] },
    { name: 'A/A stored, run noise 10 %: no false alarm', pairs: 200, scale: 1, policy: { ...LIVE, mode: 'stored', referenceRunNoise: 0.1 }, regressed: [0, 0], unchanged: [0, 200] },
    // +25 % against a 10 % threshold is ~1.4 standard errors of the log ratio at n = 200: the rest is
    // inconclusive (never unchanged); ≥ 95 % detection takes ~2,000 samples per side.
    { name: '+25 % live: often regressed, never unchanged', pairs: 200, scale: 1.25, policy: LIVE, regressed: [40, 200], unchanged: [0, 0] },
    { name: '+50 % live', pairs: 100, scale: 1.5, policy: LIVE, regressed: [65, 100], unchanged: [0, 0] },
    { name: '2× live', pairs: 100, scale: 2, policy: LIVE, regressed: [95, 100], unchanged: [0, 0] }
  ] as const)('$name', ({ pairs, scale, policy, regressed, unchanged }) => {
    const counts = simulate({ pairs, scale, policy });
    expect(counts.regressed).toBeGreaterThanOrEqual(regressed[0]);
    expect(counts.regressed).toBeLessThanOrEqual(regressed[1]);
    expect(counts.unchanged).toBeGreaterThanOrEqual(unchanged[0]);
    expect(counts.unchanged).toBeLessThanOrEqual(unchanged[1]);
  });
});

test.each([60, 200, 1000])('identical samples (n = %i) are never regressed', (n) => {
  for (let seed = 1; seed <= 10; seed++) {
    const samples = lognormalLatencies(n, 1, seededRandom(seed));
    const [result] = regressionVerdicts([{ route: '/', reference: samples, current: samples }], LIVE, seededRandom(seed));
    expect(result).toMatchObject({ deltaMs: 0, ratio: { estimate: 1 } });
    expect(result!.verdict).not.toBe('regressed');
  }
});

test('an inconclusive verdict says how many samples per side would settle it, capped at 10,000', () => {
  const data = seededRandom(42);
  const reference = lognormalLatencies(60, 1, data);
  const current = lognormalLatencies(60, 1.25, data);
  const [result] = regressionVerdicts([{ route: '/', reference, current }], { ...LIVE, resamples: 2000 }, seededRandom(1));
  expect(result!.verdict).toBe('inconclusive');
  expect(result!.samplesToSettle).toBeGreaterThan(60);
  expect(result!.samplesToSettle).toBeLessThanOrEqual(10_000);
});

test('stored mode demands 1 + max(relative, 3 × run noise); no recorded noise means 25 %', () => {
  const data = seededRandom(7);
  const reference = lognormalLatencies(400, 1, data);
  const current = lognormalLatencies(400, 1.5, data);
  const verdictOf = (policy: RegressionPolicy): string => regressionVerdicts([{ route: '/', reference, current }], policy, seededRandom(1))[0]!.verdict;
  expect(verdictOf(LIVE)).toBe('regressed');
  expect(verdictOf({ ...LIVE, mode: 'stored', referenceRunNoise: 0.05 })).toBe('regressed');
  expect(verdictOf({ ...LIVE, mode: 'stored', referenceRunNoise: 0.3 })).toBe('inconclusive');
  expect(verdictOf({ ...LIVE, mode: 'stored' })).toBe('inconclusive');
});

test('Holm across routes: one clear regression among unchanged routes is still found; the order is kept', () => {
  const data = seededRandom(11);
  const routes = ['/a', '/b', '/c', '/d'].map((route, index) => ({ route, reference: lognormalLatencies(300, 1, data), current: lognormalLatencies(300, index === 2 ? 2 : 1, data) }));
  const results = regressionVerdicts(routes, LIVE, seededRandom(1));
  expect(results.map((result) => result.route)).toEqual(['/a', '/b', '/c', '/d']);
  expect(results.map((result) => result.verdict === 'regressed')).toEqual([false, false, true, false]);
});

test('a small absolute increase is not a regression, however large the ratio', () => {
  const data = seededRandom(3);
  const reference = lognormalLatencies(400, 0.05, data);
  const current = lognormalLatencies(400, 0.1, data);
  const [result] = regressionVerdicts([{ route: '/', reference, current }], LIVE, seededRandom(1));
  expect(result!.deltaMs).toBeLessThan(20);
  expect(result!.verdict).toBe('unchanged');
});
