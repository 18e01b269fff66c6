/**
 * `--update-baseline` and runs on the default branch: the new reference is this run's latencies,
 * and its p95 joins each route's history (the trend chart and the run-to-run noise, issue #15).
 */
import type { BaselineRoute, PerfBaseline } from '../perf-types.js';
import { BASELINE_LIMITS, roundMs } from './baseline-json.js';

/** One measured run: successful latencies in ms per route (errors are not latencies). */
export interface RecordedRun {
  /** ISO 8601, from the injected clock. */
  at: string;
  commit?: string;
  routes: Record<string, readonly number[]>;
}

/** What {@link recordRun} keeps; each is clamped to {@link BASELINE_LIMITS} so the file always parses back. */
export interface RecordLimits {
  /** Samples kept per route. Default 2 000. */
  maxSamples?: number;
  /** p95s kept per route. Default 20. */
  maxHistory?: number;
  /** Routes kept, those with the most samples first. Default 200. */
  maxRoutes?: number;
}

/**
 * The baseline after `run`: per route, the run's latencies replace the stored ones and the run's
 * p95 (over all its latencies, before thinning) is appended to the history, oldest dropped past
 * `maxHistory`. A route the run measured without one success keeps its previous entry (a failing
 * run is no reference); a route the run did not measure is dropped (the config no longer has it).
 * Deterministic: the same inputs give the same baseline.
 */
export function recordRun(previous: PerfBaseline | undefined, run: RecordedRun, limits: RecordLimits = {}): PerfBaseline {
  if (!Number.isFinite(Date.parse(run.at))) throw new RangeError(`recordRun: run.at is not a time: ${run.at}`);
  const maxSamples = clamp(limits.maxSamples ?? 2000, 2, BASELINE_LIMITS.maxSamples);
  const maxHistory = clamp(limits.maxHistory ?? BASELINE_LIMITS.maxHistory, 1, BASELINE_LIMITS.maxHistory);
  const maxRoutes = clamp(limits.maxRoutes ?? BASELINE_LIMITS.maxRoutes, 1, BASELINE_LIMITS.maxRoutes);
  const entries: Array<[string, BaselineRoute, number]> = [];
  for (const [name, latencies] of Object.entries(run.routes)) {
    const before = previous?.routes[name];
    if (latencies.length === 0) {
      if (before) entries.push([name, before, 0]);
      continue;
    }
    const sorted = sortLatencies(latencies, name);
    const entry = { at: run.at, p95Ms: roundMs(percentile(sorted, 0.95)), ...(run.commit !== undefined && { commit: run.commit }) };
    const history = [...(before?.history ?? []), entry].slice(-maxHistory);
    entries.push([name, { samples: thin(sorted, maxSamples).map(roundMs), history }, latencies.length]);
  }
  // A k6 import without `name` tags can yield a route per URL: keep the best-measured ones.
  entries.sort(([a, , countA], [b, , countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
  return {
    schemaVersion: 1,
    recordedAt: run.at,
    ...(run.commit !== undefined && { commit: run.commit }),
    routes: Object.fromEntries(entries.slice(0, maxRoutes).map(([name, route]) => [name, route]))
  };
}

function sortLatencies(latencies: readonly number[], route: string): number[] {
  const bad = latencies.find((ms) => !Number.isFinite(ms) || ms < 0);
  if (bad !== undefined) throw new RangeError(`recordRun: route ${route} has a latency that is not a duration: ${bad}`);
  return [...latencies].sort((a, b) => a - b);
}

/**
 * At most `max` of the sorted latencies, evenly spaced by rank (min and max included). This keeps
 * the empirical quantile function: any percentile of the kept set is within one kept step of the
 * full set's, and a later interval computed on fewer samples is wider, never falsely confident.
 * Not a random subset: the same run must record the same baseline. Not every k-th: that drops
 * the slowest requests, which are the tail a p95/p99 is about.
 */
export function thin(sorted: readonly number[], max: number): number[] {
  if (sorted.length <= max) return [...sorted];
  const step = (sorted.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => sorted[Math.round(i * step)]!);
}

/** Type 7 (linear interpolation between order statistics, R's default) on sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.floor(value)));
}
