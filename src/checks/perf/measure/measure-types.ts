/**
 * What the measurement engine takes and what its two load models share. See measure-targets.ts
 * for the entry point and how latency is counted in each model.
 */
import type { Clock } from '../../../clock.js';
import type { HttpClient, HttpRequest } from '../../../http/http-types.js';
import type { Sample } from '../perf-types.js';

/** One thing to time: a route of the deploy, or the same route of the live reference (`compareTo`). */
export interface MeasureTarget {
  /** Key of its samples in the result; unique. */
  id: string;
  /** Method, url, headers and timeoutMs; `signal` and `maxBodyBytes` are the engine's. */
  request: HttpRequest;
}

export interface MeasureDeps {
  /**
   * The run's client. Its pool (`connections` per origin, default 8) should hold at least
   * `concurrency` connections: a request waiting for a free one is timed while it waits.
   */
  http: HttpClient;
  clock: Clock;
  /** The check's deadline: aborts what is in flight; what was measured is returned. */
  signal: AbortSignal;
}

export interface MeasureOptions {
  /** Timed requests per target. */
  samples: number;
  /** Untimed requests per target before the timed ones (connections, caches, JIT). */
  warmup: number;
  /** Closed model: requests in flight at most, over all targets. */
  concurrency: number;
  /**
   * Requests per second over all targets: the open model, sending on a fixed schedule whatever the
   * server does. Undefined: the closed model.
   */
  rate?: number;
  /** On `deps.clock.now()`: nothing is sent from then on and what is in flight is abandoned. */
  deadline: number;
  /** Requests sent at most, warm-up included. */
  maxRequests: number;
}

/** One scheduled request, in send order. */
export interface Scheduled {
  /** Index into the targets. */
  target: number;
  /** False for warm-up. */
  counted: boolean;
}

/** A run in progress, as the two models drive it. */
export interface Run {
  schedule: readonly Scheduled[];
  http: HttpClient;
  clock: Clock;
  /** `deps.signal` or the deadline, whichever comes first: passed to every request. */
  signal: AbortSignal;
  deadline: number;
  /** True once nothing more may be sent (deadline passed, aborted, or a bug). */
  stopped(): boolean;
  /** Sends schedule[index], counting latency from `countFrom` (on the clock); never rejects. */
  send(index: number, countFrom: number): Promise<void>;
}

export type { Sample };
