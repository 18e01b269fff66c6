/**
 * The daily rollup's one rule: a probe at `at` adds one run (and one ok run if it passed) to its
 * UTC day, and days more than {@link ROLLUP_DAYS} − 1 before that day are dropped, so the state
 * grows by one small entry a day whatever the schedule (issue #18: a true 30-day uptime).
 */
import { ROLLUP_DAYS, type DailyRollup } from './monitor-state.js';

const DAY_MS = 86_400_000;

/** `daily` with the probe at `at` (ISO 8601) counted; oldest first, at most ROLLUP_DAYS days. */
export function rollUpProbe(daily: readonly DailyRollup[], at: string, ok: boolean): DailyRollup[] {
  const day = utcDayOf(at);
  const okCount = ok ? 1 : 0;
  const counted = daily.some((entry) => entry.day === day)
    ? daily.map((entry) => (entry.day === day ? { day, ok: entry.ok + okCount, total: entry.total + 1 } : { ...entry }))
    : [...daily.map((entry) => ({ ...entry })), { day, ok: okCount, total: 1 }];
  // YYYY-MM-DD strings sort and compare as the dates they name.
  const oldestKept = utcDayOf(new Date(Date.parse(`${day}T00:00:00.000Z`) - (ROLLUP_DAYS - 1) * DAY_MS).toISOString());
  return counted.filter((entry) => entry.day >= oldestKept).sort((a, b) => a.day.localeCompare(b.day));
}

/** The UTC date (YYYY-MM-DD) of an ISO 8601 time. */
export function utcDayOf(at: string): string {
  return new Date(at).toISOString().slice(0, 10);
}
