/**
 * `smoke.waitFor`: polls a readiness route until it answers 2xx, with exponential backoff and
 * jitter (so many jobs do not poll in step), until its timeout or the check's deadline. A deploy
 * takes minutes to go live; testing it before would report every route as broken.
 */
import type { Clock } from '../../clock.js';
import type { HttpClient } from '../../http/http-types.js';
import { HttpFailure } from '../../http/http-types.js';
import type { RequestPlan } from './plan-request.js';

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

export interface WaitResult {
  ready: boolean;
  waitedMs: number;
  attempts: number;
  /** The last status or failure, for the finding when it never became ready. */
  last: string;
}

export interface WaitDeps {
  http: HttpClient;
  clock: Clock;
  signal: AbortSignal;
  /** In [0, 1); injected so tests are deterministic. Default Math.random. */
  random?: () => number;
}

export async function waitUntilReady(plan: RequestPlan, deps: WaitDeps, timeoutMs: number): Promise<WaitResult> {
  const started = deps.clock.now();
  const deadline = started + timeoutMs;
  const random = deps.random ?? Math.random;
  let last: string;
  for (let attempt = 1; ; attempt += 1) {
    const left = deadline - deps.clock.now();
    try {
      const response = await deps.http.request({
        method: plan.method,
        url: plan.url,
        headers: plan.headers,
        timeoutMs: Math.max(1, Math.min(plan.timeoutMs, left)),
        signal: deps.signal
      });
      last = String(response.status);
      if (response.status >= 200 && response.status < 300) return { ready: true, waitedMs: deps.clock.now() - started, attempts: attempt, last };
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      last = error.kind === 'tls' ? `TLS: ${error.code ?? 'refused'}` : error.kind;
      // A certificate does not fix itself while we wait.
      if (error.kind === 'tls' || error.kind === 'aborted') return { ready: false, waitedMs: deps.clock.now() - started, attempts: attempt, last };
    }
    const backoff = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1)) * (0.5 + random());
    const remaining = deadline - deps.clock.now();
    if (remaining <= 0 || deps.signal.aborted) return { ready: false, waitedMs: deps.clock.now() - started, attempts: attempt, last };
    await deps.clock.sleep(Math.min(backoff, remaining), deps.signal).catch(() => {});
  }
}
