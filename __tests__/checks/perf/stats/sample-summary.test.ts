/** The reported numbers of a route: errors counted, not timed. */
import type { Sample } from '../../../../src/checks/perf/perf-types.js';
import { summarize } from '../../../../src/checks/perf/stats/sample-summary.js';
import { harrellDavis } from '../../../../src/checks/perf/stats/harrell-davis.js';

const ok = (latencyMs: number): Sample => ({ latencyMs, ok: true, status: 200 });

test('percentiles over the successful samples, errors counted apart', () => {
  const timed = Array.from({ length: 100 }, (_, index) => index + 1);
  const samples = [...timed.map(ok), { latencyMs: 0.1, ok: false, status: 500 }, { latencyMs: 30_000, ok: false, failure: 'timeout' }];
  expect(summarize(samples)).toEqual({
    count: 102,
    errors: 2,
    errorRate: 2 / 102,
    p50: 50.5,
    p90: expect.closeTo(90.1, 9),
    p95: harrellDavis(timed, 0.95),
    p99: expect.closeTo(99.01, 9),
    max: 100,
    overheadP50: NaN,
    overheadP99: NaN
  });
});

test("the client's own overhead: p50 and p99 over every answer that carried one, failed answers included", () => {
  const overheads = Array.from({ length: 100 }, (_, index) => (index + 1) / 100);
  const samples: Sample[] = overheads.map((overheadMs, index) => ({ latencyMs: 10, ok: index % 10 !== 0, status: index % 10 === 0 ? 500 : 200, overheadMs }));
  samples.push({ latencyMs: 30_000, ok: false, failure: 'timeout' });
  expect(summarize(samples)).toMatchObject({ overheadP50: expect.closeTo(0.505, 9), overheadP99: expect.closeTo(0.9901, 9) });
});

test('no sample, or no successful one', () => {
  expect(summarize([])).toMatchObject({ count: 0, errors: 0, errorRate: 0, p95: NaN });
  expect(summarize([{ latencyMs: 3, ok: false }])).toMatchObject({ count: 1, errors: 1, errorRate: 1, max: NaN });
});
