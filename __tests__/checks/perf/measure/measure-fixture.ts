/**
 * Shared setup of the measurement tests: a real client with a pool larger than any concurrency
 * used here, latency servers closed after each test, and measureTargets with roomy defaults.
 */
import { measureTargets, type MeasureOptions } from '../../../../src/checks/perf/measure/measure-targets.js';
import type { Sample } from '../../../../src/checks/perf/perf-types.js';
import { systemClock } from '../../../../src/clock.js';
import { createHttpClient } from '../../../../src/http/create-http-client.js';
import type { HttpClient } from '../../../../src/http/http-types.js';
import { startLatencyServer, type LatencyServer, type LatencyServerOptions } from '../../../helpers/latency-server.js';

export const clock = systemClock();
let client: HttpClient | undefined;
const servers: LatencyServer[] = [];

/**
 * Call at the top of a test file. Before the first test, a few requests load undici and warm the
 * code paths: a cold process answers its first requests ~100–300 ms late, which a test of the open
 * model would read as a stall.
 */
export function useMeasureFixture(): void {
  beforeAll(async () => {
    const warm = createHttpClient({ connections: 8 });
    const server = await startLatencyServer({ seed: 0, profile: { medianMs: 1 } });
    for (let round = 0; round < 5; round++) {
      await Promise.all(Array.from({ length: 8 }, () => warm.request({ method: 'GET', url: server.url, timeoutMs: 5000 })));
    }
    await warm.close();
    await server.close();
  });
  beforeEach(() => {
    client = createHttpClient({ connections: 64 });
  });
  afterEach(async () => {
    await client?.close();
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
}

export async function latencyServer(options: LatencyServerOptions): Promise<LatencyServer> {
  const server = await startLatencyServer(options);
  servers.push(server);
  return server;
}

/** A GET target with a 5 s timeout. */
export function target(id: string, url: string, timeoutMs = 5000): { id: string; request: { method: string; url: string; timeoutMs: number } } {
  return { id, request: { method: 'GET', url, timeoutMs } };
}

/** measureTargets with the fixture's client and the system clock; 20 s deadline, no cap, no warm-up. */
export function measure(
  targets: Parameters<typeof measureTargets>[0],
  options: Partial<MeasureOptions> & { samples: number },
  signal: AbortSignal = new AbortController().signal
): Promise<Map<string, Sample[]>> {
  return measureTargets(targets, { http: client!, clock, signal }, { warmup: 0, concurrency: 1, deadline: clock.now() + 20_000, maxRequests: 100_000, ...options });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
