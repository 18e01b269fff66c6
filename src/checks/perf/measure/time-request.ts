/**
 * One request turned into a Sample. An answer is timed by the HTTP layer (`timings.totalMs`: from
 * handing the request to the pool to the last body byte, on a monotonic clock, without the
 * promise hops back to us) plus whatever wait came before sending (`sentAt - countFrom`: the open
 * model's lag behind its schedule). A failure has no timings: it is timed on the clock, from
 * `countFrom` to the rejection. Either way a slow failure is as slow as it was, never fast.
 * What the clock saw beyond the HTTP layer's own timing is kept apart as `overheadMs`.
 */
import { HttpFailure, type HttpClient, type HttpRequest } from '../../../http/http-types.js';
import type { Clock } from '../../../clock.js';
import type { Sample } from '../perf-types.js';

/**
 * Bodies are read to the last byte (a fair latency) but only this much is kept: the client counts
 * and drops the rest (read-body.ts).
 */
export const MEASURE_MAX_BODY_BYTES = 64 * 1024;

/**
 * Undefined when the request was cut by `signal` (the check's deadline or the engine's): it was
 * not measured, and counting it as an error would blame the server for our own bound.
 */
export async function timeRequest(
  request: HttpRequest,
  deps: { http: HttpClient; clock: Clock; signal: AbortSignal },
  countFrom: number
): Promise<Sample | undefined> {
  const sentAt = deps.clock.now();
  try {
    const response = await deps.http.request({ ...request, maxBodyBytes: MEASURE_MAX_BODY_BYTES, signal: deps.signal });
    const overheadMs = Math.max(0, deps.clock.now() - sentAt - response.timings.totalMs);
    const ok = response.status >= 200 && response.status < 300;
    return { latencyMs: sentAt - countFrom + response.timings.totalMs, ok, status: response.status, overheadMs };
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    if (error.kind === 'aborted' && deps.signal.aborted) return undefined;
    return { latencyMs: deps.clock.now() - countFrom, ok: false, failure: error.kind };
  }
}
