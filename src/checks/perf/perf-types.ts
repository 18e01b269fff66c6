/**
 * The perf check's data between its parts: what one timed request gave (measure/), what the
 * statistics say about a set of them (stats/), and what a stored reference holds (baseline/).
 */

/** One timed request. Errors and non-2xx answers are counted, never timed as fast. */
export interface Sample {
  /**
   * Milliseconds on a monotonic clock: from the send (closed model) or from the intended send time
   * (open model, so a stalled server is not hidden: coordinated omission), to the last body byte.
   */
  latencyMs: number;
  /** A 2xx answer. */
  ok: boolean;
  /** The status, when there was an answer. */
  status?: number;
  /** The failure's kind (timeout, refused…), when there was none. */
  failure?: string;
  /**
   * The client's own time around an answer, not counted in `latencyMs`: from our call to the
   * promise settling, minus what the HTTP layer timed (event-loop waits and promise hops). Shown so
   * a reader can tell how much of a small latency the measuring itself could blur.
   */
  overheadMs?: number;
}

/** An estimate with its confidence interval. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
  /** e.g. 0.95. */
  confidence: number;
}

/** Regression verdict of one route: `inconclusive` never fails a build. */
export type Verdict = 'regressed' | 'unchanged' | 'inconclusive';

/** A stored reference: the latencies of the last good run on the default branch, per route. */
export interface PerfBaseline {
  schemaVersion: 1;
  /** ISO 8601. */
  recordedAt: string;
  /** The commit it was measured on, when known. */
  commit?: string;
  routes: Record<string, BaselineRoute>;
}

export interface BaselineRoute {
  /** Successful latencies in milliseconds (at most a few thousand, rounded to 0.01 ms). */
  samples: number[];
  /** p95 of recent recorded runs, oldest first (at most 20): the trend chart and the noise between runs. */
  history: Array<{ at: string; p95Ms: number; commit?: string }>;
}
