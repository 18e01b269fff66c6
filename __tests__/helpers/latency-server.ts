/**
 * A real `node:http` server on 127.0.0.1 (see test-servers.ts) whose answers take a seeded, known
 * amount of time: the peer for tests and benches of the perf check (issue #15, acceptance 1–3).
 *
 *   const server = await startLatencyServer({
 *     seed: 7,
 *     profile: { medianMs: 20, sigma: 0.3, outlierRate: 0.02, outlierFactor: 5 },
 *     paths: { '/b': { medianMs: 25, sigma: 0.3 } }   // `/b` 25% slower than everything else
 *   });
 *   … requests to `${server.url}/a` and `${server.url}/b` …
 *   server.served;          // what it did, in arrival order: path, drawn delay, outlier or not
 *   server.maxInFlight();   // most requests it was answering at once
 *   server.setProfile({ medianMs: 40, sigma: 0.3 }, '/a');   // change it while running (A/B)
 *   server.stall(300, { atRequest: 10 });                     // a stop-the-world pause
 *   await server.close();
 *
 * The delay of one request: `medianMs × e^(sigma·z)` with z standard normal (a lognormal whose
 * median is `medianMs`), times `outlierFactor` for a share `outlierRate` of requests. The whole
 * answer (head and body) is written after the delay, so time to first byte ≈ total.
 *
 * Determinism: each path has its own stream of the seeded PRNG (seeded-random.ts, seeded from
 * `seed` and the path), and every request takes exactly three numbers from it. So the k-th request
 * to a path gets the same delay for a given seed whatever the interleaving with other paths, and
 * two servers with one seed and profiles that differ only in `medianMs` draw the same z's: their
 * delays differ exactly by the scale (an A/B test without sampling noise between A and B).
 *
 * What it cannot promise: Node timers fire no earlier than asked but up to ~1 ms late (more on a
 * busy CPU), and loopback adds ~0.1–0.5 ms. A client measures the drawn delay plus 0–2 ms; use
 * `served` for the exact delays that were intended, and generous factors for what was measured.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { seededRandom } from './seeded-random.js';
import { startHttpServer, type TestServer } from './test-servers.js';

/** How one path answers. */
export interface LatencyProfile {
  /** The median delay in milliseconds (the lognormal's e^μ). */
  medianMs: number;
  /** The spread: standard deviation of the delay's logarithm. 0 = always `medianMs`. Default 0. */
  sigma?: number;
  /** Share of requests that are slow outliers, from 0 to 1. Default 0. */
  outlierRate?: number;
  /** An outlier's delay is its lognormal draw times this. Default 10. */
  outlierFactor?: number;
  /** The status answered. Default 200. */
  status?: number;
  /** Body size in bytes (`x`s, with Content-Length). Default 2. */
  bodyBytes?: number;
}

export interface LatencyServerOptions {
  /** Seed of the delays: one seed, one sequence of delays per path. */
  seed: number;
  /** For every path without its own entry in `paths`. */
  profile: LatencyProfile;
  /** Per-path profiles, keyed by the path without its query (`/a`, `/api/items`). */
  paths?: Record<string, LatencyProfile>;
}

/** One request as the server handled it. */
export interface ServedRequest {
  /** The path without its query. */
  path: string;
  /** The delay drawn from the path's profile, in milliseconds (a stall may hold the answer longer). */
  delayMs: number;
  outlier: boolean;
  /** performance.now() when the request had fully arrived. */
  arrivedAt: number;
  /** performance.now() when the answer was written; undefined until then (or when the client left). */
  answeredAt?: number;
}

export interface LatencyServer extends TestServer {
  /** Every request handled, in arrival order. */
  served: ServedRequest[];
  /** Replaces the profile of `path`, or the default profile without one. Streams go on, not reset. */
  setProfile(profile: LatencyProfile, path?: string): void;
  /**
   * A stop-the-world pause (a GC, a cold start, a saturated upstream): no answer is written for
   * `ms`; requests in progress or arriving meanwhile are answered when it ends, at the earliest.
   * Starts now, or when the `atRequest`-th request since the start (1-based, all paths) arrives.
   */
  stall(ms: number, options?: { atRequest?: number }): void;
  /** Requests being answered right now. */
  inFlight(): number;
  /** The most requests answered at once so far: the concurrency a client really put on the server. */
  maxInFlight(): number;
}

/** FNV-1a: a path's stream seed from the server's seed. */
function streamSeed(seed: number, path: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * One delay: three numbers from `random` (two for Box–Muller's normal, one for the outlier).
 * Exported for benches that simulate a distribution without a server.
 */
export function drawDelay(random: () => number, profile: LatencyProfile): { delayMs: number; outlier: boolean } {
  const u1 = 1 - random(); // (0, 1]: log(0) is never taken
  const u2 = random();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  const outlier = random() < (profile.outlierRate ?? 0);
  const delayMs = profile.medianMs * Math.exp((profile.sigma ?? 0) * z) * (outlier ? (profile.outlierFactor ?? 10) : 1);
  return { delayMs, outlier };
}

/** Starts the server on 127.0.0.1, port 0. */
export async function startLatencyServer(options: LatencyServerOptions): Promise<LatencyServer> {
  let fallback = options.profile;
  const profiles = new Map(Object.entries(options.paths ?? {}));
  const streams = new Map<string, () => number>();
  const served: ServedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let maxInFlight = 0;
  let stallUntil = 0;
  let pendingStall: { ms: number; atRequest: number } | undefined;

  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const arrivedAt = performance.now();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const profile = profiles.get(path) ?? fallback;
    const stream = streams.get(path) ?? seededRandom(streamSeed(options.seed, path));
    streams.set(path, stream);
    const record: ServedRequest = { path, arrivedAt, ...drawDelay(stream, profile) };
    served.push(record);
    if (pendingStall && served.length >= pendingStall.atRequest) {
      stallUntil = arrivedAt + pendingStall.ms;
      pendingStall = undefined;
    }
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.once('close', () => (inFlight -= 1));
    const answer = (): void => {
      const held = stallUntil - performance.now();
      if (held > 0) return later(held, answer);
      if (res.destroyed) return;
      record.answeredAt = performance.now();
      const body = Buffer.alloc(profile.bodyBytes ?? 2, 'x');
      res.writeHead(profile.status ?? 200, { 'content-type': 'text/plain', 'content-length': body.length });
      res.end(body);
    };
    later(record.delayMs, answer);
  };

  const server = await startHttpServer(handle);
  return {
    ...server,
    served,
    setProfile(profile, path) {
      if (path === undefined) fallback = profile;
      else profiles.set(path, profile);
    },
    stall(ms, stallOptions = {}) {
      if (stallOptions.atRequest === undefined) stallUntil = performance.now() + ms;
      else pendingStall = { ms, atRequest: stallOptions.atRequest };
    },
    inFlight: () => inFlight,
    maxInFlight: () => maxInFlight,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await server.close();
    }
  };
}
