/**
 * Uptime as the status page states it: the share of a target's samples in a window that were ok.
 * Counted per sample, not weighted by time: each monitoring run probes every target once, so with
 * a steady schedule the two agree, and a count is what a reader can check by hand ("287 of 288
 * runs"). GitHub may delay or skip scheduled runs; a gap then simply holds no samples, where a
 * time-weighted figure would have to guess what happened in it.
 *
 * The raw samples reach back only `monitor.history` runs (7 days by default), so a longer window
 * also counts the target's daily rollups (issue #18), by one rule that never counts a run twice:
 * a rollup day counts when it begins at or after the window's start (a whole day inside the
 * window; the partly covered first day is left out rather than guessed at), does not begin after
 * `now`, and holds no raw sample of the target. Every day that has a raw sample is counted from
 * the raw samples alone, within the window's exact bounds. A window the raw samples cover thus
 * reads exactly as before.
 */
import type { StatusDay, StatusSample } from './status-history.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** The windows the page shows, by label. */
export const UPTIME_WINDOWS = [
  { label: '24 h', ms: DAY_MS },
  { label: '7 d', ms: 7 * DAY_MS },
  { label: '30 d', ms: 30 * DAY_MS }
] as const;

export interface UptimeCount {
  ok: number;
  total: number;
}

/** The samples taken in the window that ends at `now`: after `now - windowMs`, up to `now` included. */
export function samplesIn(samples: readonly StatusSample[], now: number, windowMs: number): StatusSample[] {
  return samples.filter((sample) => {
    const at = Date.parse(sample.at);
    return at > now - windowMs && at <= now;
  });
}

/** The runs and ok runs in the window ending at `now`: its raw samples plus the rollup days no sample covers. */
export function countUptime(samples: readonly StatusSample[], now: number, windowMs: number, daily: readonly StatusDay[] = []): UptimeCount {
  const inWindow = samplesIn(samples, now, windowMs);
  const sampledDays = new Set(samples.map((sample) => new Date(sample.at).toISOString().slice(0, 10)));
  const rolledUp = daily.filter((entry) => {
    const start = Date.parse(`${entry.day}T00:00:00.000Z`);
    return start >= now - windowMs && start <= now && !sampledDays.has(entry.day);
  });
  return {
    ok: inWindow.filter((sample) => sample.ok).length + rolledUp.reduce((sum, entry) => sum + entry.ok, 0),
    total: inWindow.length + rolledUp.reduce((sum, entry) => sum + entry.total, 0)
  };
}

/**
 * `99.65%`, cut (never rounded up) to two decimals, so one failed run in 20,000 shows 99.99%, not
 * 100%; `100%` only when every sample was ok; `no data` for an empty window.
 */
export function formatUptime(count: UptimeCount): string {
  if (count.total === 0) return 'no data';
  if (count.ok === count.total) return '100%';
  // Integer arithmetic: ok·10,000 / total is exact when it divides, so no 99.99999… surprises.
  const basisPoints = Math.floor((count.ok * 10_000) / count.total);
  return `${(basisPoints / 100).toFixed(2)}%`;
}
