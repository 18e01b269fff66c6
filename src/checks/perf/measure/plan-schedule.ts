/**
 * The send order: round-robin over the targets, one request per target per round (A, B, A, B…),
 * so that the deploy and its live reference see the same network and runner moments (issue #15,
 * "interleaved A/B/A/B"). Warm-up rounds first, then the counted ones.
 */
import type { Scheduled } from './measure-types.js';

/**
 * Cut to `maxRequests` by whole rounds, so every target keeps the same number of samples
 * (with 3 targets and maxRequests 10, 9 are sent).
 */
export function planSchedule(targetCount: number, options: { warmup: number; samples: number; maxRequests: number }): Scheduled[] {
  if (targetCount === 0) return [];
  const rounds = Math.min(options.warmup + options.samples, Math.floor(options.maxRequests / targetCount));
  const schedule: Scheduled[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let target = 0; target < targetCount; target++) schedule.push({ target, counted: round >= options.warmup });
  }
  return schedule;
}
