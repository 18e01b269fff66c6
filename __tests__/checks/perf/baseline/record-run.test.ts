/** Recording a run as the new reference: replaced samples, capped history, no randomness. */
import { parseBaseline, renderBaseline } from '../../../../src/checks/perf/baseline/baseline-json.js';
import { recordRun, thin } from '../../../../src/checks/perf/baseline/record-run.js';
import type { PerfBaseline } from '../../../../src/checks/perf/perf-types.js';
import { seededRandom } from '../../../helpers/seeded-random.js';

const at = (day: number) => new Date(Date.UTC(2026, 0, day)).toISOString();
const latencies = (seed: number, count: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => 50 + 100 * random() ** 4);
};

test('the first run: sorted samples rounded to 0.01 ms, its p95 as the only history entry', () => {
  const baseline = recordRun(undefined, { at: at(1), commit: 'c1', routes: { '/': [30.123, 10, 20.456, 40, 50] } });
  expect(baseline).toEqual({
    schemaVersion: 1,
    recordedAt: at(1),
    commit: 'c1',
    routes: { '/': { samples: [10, 20.46, 30.12, 40, 50], history: [{ at: at(1), p95Ms: 48, commit: 'c1' }] } }
  });
});

test('later runs replace the samples and append to the history, keeping the newest 20', () => {
  let baseline: PerfBaseline | undefined;
  for (let day = 1; day <= 25; day++) baseline = recordRun(baseline, { at: at(day), routes: { '/': [day, day, day] } });
  expect(baseline!.routes['/']!.samples).toEqual([25, 25, 25]);
  expect(baseline!.routes['/']!.history.map((entry) => entry.p95Ms)).toEqual(Array.from({ length: 20 }, (_, i) => i + 6));
  expect(recordRun(baseline, { at: at(26), routes: { '/': [1] } }, { maxHistory: 3 }).routes['/']!.history).toHaveLength(3);
});

test('a route without a success keeps its reference; a route no longer measured is dropped', () => {
  const first = recordRun(undefined, { at: at(1), routes: { '/a': [1, 2], '/b': [3], '/c': [4] } });
  const second = recordRun(first, { at: at(2), routes: { '/a': [], '/b': [5] } });
  expect(second.routes).toEqual({ '/b': { samples: [5], history: [{ at: at(1), p95Ms: 3 }, { at: at(2), p95Ms: 5 }] }, '/a': first.routes['/a'] });
});

test('many samples: at most maxSamples, min and max kept, p95 within a step of the full set’s; history has the full p95', () => {
  const all = latencies(7, 50_000);
  const sorted = [...all].sort((a, b) => a - b);
  const baseline = recordRun(undefined, { at: at(1), routes: { '/': all } });
  const kept = baseline.routes['/']!.samples;
  expect(kept).toHaveLength(2000);
  expect(kept[0]).toBe(Math.round(sorted[0]! * 100) / 100);
  expect(kept.at(-1)).toBe(Math.round(sorted.at(-1)! * 100) / 100);
  const fullP95 = sorted[Math.floor(0.95 * (sorted.length - 1))]!;
  expect(Math.abs(kept[Math.floor(0.95 * 1999)]! - fullP95)).toBeLessThan(0.1);
  expect(baseline.routes['/']!.history[0]!.p95Ms).toBeCloseTo(fullP95, 1);
});

test('deterministic: the same run in any order records byte-identical baselines', () => {
  const all = latencies(3, 10_000);
  const few = all.slice(0, 100);
  const record = (x: number[], y: number[]) => recordRun(undefined, { at: at(1), routes: { '/x': x, '/y': y } });
  const text = renderBaseline(record(all, few));
  expect(renderBaseline(record([...all].reverse(), [...few].reverse()))).toBe(text);
  expect(renderBaseline(record(all, few))).toBe(text);
  expect(parseBaseline(text, 'b.json')).toEqual(record(all, few));
});

test('too many routes (a k6 import without name tags): the best-measured ones are kept, within the file limit', () => {
  const routes = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`/users/${i}`, Array.from({ length: (i % 5) + 1 }, () => 10)]));
  const baseline = recordRun(undefined, { at: at(1), routes });
  expect(Object.keys(baseline.routes)).toHaveLength(200);
  expect(Object.values(baseline.routes).every((route) => route.samples.length >= 2)).toBe(true);
  expect(() => parseBaseline(renderBaseline(baseline), 'b.json')).not.toThrow();
});

test('a latency that is not a duration is a bug, not data', () => {
  expect(() => recordRun(undefined, { at: at(1), routes: { '/': [1, Number.NaN] } })).toThrow('recordRun: route / has a latency that is not a duration: NaN');
  expect(() => recordRun(undefined, { at: 'now', routes: {} })).toThrow(RangeError);
});

test.each([
  [[1, 2, 3, 4, 5], 5, [1, 2, 3, 4, 5]],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9], 3, [1, 5, 9]],
  [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4, [1, 4, 7, 10]]
])('thin(%j, %d) → %j', (sorted, max, kept) => {
  expect(thin(sorted, max)).toEqual(kept);
});
