/** Holm's step-down procedure against hand-worked examples. */
import { holmReject } from '../../../../src/checks/perf/stats/holm.js';

test.each([
  // Sorted: 0.01 ≤ 0.05/4 = 0.0125 ✓, 0.015 ≤ 0.05/3 = 0.0167 ✓, 0.03 > 0.05/2 = 0.025 ✗ — stop: 0.04 is kept too.
  { name: 'steps down, stops at the first kept', pValues: [0.04, 0.01, 0.03, 0.015], expected: [false, true, false, true] },
  // 0.02 > 0.05/3: nothing is rejected, though 0.02 < 0.05 alone.
  { name: 'the smallest fails, all are kept', pValues: [0.02, 0.5, 0.9], expected: [false, false, false] },
  { name: 'one test is the test itself', pValues: [0.05], expected: [true] },
  { name: 'ties keep their order', pValues: [0.01, 0.01], expected: [true, true] },
  { name: 'no tests', pValues: [], expected: [] }
])('$name', ({ pValues, expected }) => {
  expect(holmReject(pValues)).toEqual(expected);
});

test('alpha is a parameter', () => {
  expect(holmReject([0.004, 0.02], 0.01)).toEqual([true, false]);
});
