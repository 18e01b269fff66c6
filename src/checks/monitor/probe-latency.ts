/**
 * The light latency probe of the perf routes: a few sequential requests each, their p95 kept as a
 * trend for the status page. A handful of samples cannot support a regression verdict (the perf
 * check needs ≥ 59 for that), so none is given: this only says "it answered, in about this long".
 */
import type { HttpClient } from '../../http/http-types.js';
import { HttpFailure } from '../../http/http-types.js';

export interface LatencyProbe {
  /** `GET /api/listings`. */
  route: string;
  requests: number;
  failed: number;
  /** Nearest-rank p95 of the answered requests' total time; absent when none answered. */
  p95Ms?: number;
  /** The last status seen. */
  status?: number;
}

export interface LatencyTarget {
  method: string;
  path: string;
  url: string;
  headers: Record<string, string>;
}

export async function probeLatency(targets: readonly LatencyTarget[], options: { http: HttpClient; samples: number; timeoutMs: number; signal: AbortSignal }): Promise<LatencyProbe[]> {
  const probes: LatencyProbe[] = [];
  for (const target of targets) {
    const times: number[] = [];
    let failed = 0;
    let status: number | undefined;
    for (let sample = 0; sample < options.samples && !options.signal.aborted; sample += 1) {
      try {
        const answer = await options.http.request({ method: target.method, url: target.url, headers: target.headers, timeoutMs: options.timeoutMs, signal: options.signal, maxBodyBytes: 64 * 1024 });
        status = answer.status;
        times.push(answer.timings.totalMs);
        if (answer.status >= 500) failed += 1;
      } catch (error) {
        if (!(error instanceof HttpFailure)) throw error;
        failed += 1;
      }
    }
    const p95 = nearestRank(times, 0.95);
    probes.push({ route: `${target.method} ${target.path}`, requests: options.samples, failed, ...(p95 === undefined ? {} : { p95Ms: Math.round(p95) }), ...(status === undefined ? {} : { status }) });
  }
  return probes;
}

function nearestRank(values: readonly number[], quantile: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(quantile * sorted.length) - 1)];
}
