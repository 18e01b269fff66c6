/** The send order: interleaved rounds, warm-up first, cut by whole rounds. */
import { planSchedule } from '../../../../src/checks/perf/measure/plan-schedule.js';

/** A schedule as text: `A` a counted request to target 0, `a` a warm-up one, and so on. */
function render(targetCount: number, options: { warmup: number; samples: number; maxRequests: number }): string {
  return planSchedule(targetCount, options)
    .map((item) => String.fromCharCode((item.counted ? 65 : 97) + item.target))
    .join('');
}

test.each([
  { name: 'one target is simply that route', targets: 1, warmup: 2, samples: 3, maxRequests: 100, expected: 'aaAAA' },
  { name: 'two targets alternate, warm-up rounds first', targets: 2, warmup: 1, samples: 3, maxRequests: 100, expected: 'abABABAB' },
  { name: 'three targets round-robin', targets: 3, warmup: 0, samples: 2, maxRequests: 100, expected: 'ABCABC' },
  { name: 'maxRequests cuts by whole rounds', targets: 3, warmup: 0, samples: 5, maxRequests: 10, expected: 'ABCABCABC' },
  { name: 'maxRequests may leave warm-up only', targets: 2, warmup: 2, samples: 5, maxRequests: 5, expected: 'abab' },
  { name: 'fewer requests allowed than targets: nothing', targets: 3, warmup: 0, samples: 5, maxRequests: 2, expected: '' },
  { name: 'no targets: nothing', targets: 0, warmup: 1, samples: 5, maxRequests: 100, expected: '' }
])('$name', ({ targets, expected, ...options }) => {
  expect(render(targets, options)).toBe(expected);
});
