/**
 * How many threads scan a large tree or folder: two where there are two cores (the main thread and
 * a worker), or `LAUNCH_READY_SCAN_THREADS` (1: the main thread alone). Two by default because each
 * worker adds ~40 MB: on the 200 MB throughput corpus, peak RSS is ~255 MB with two threads and
 * ~330 MB with four. Only the entry points know where the bundled worker script is, so they pass it in.
 */
import { availableParallelism } from 'node:os';
import type { WorkerThreads } from '../checks/check.js';
import { ConfigError } from '../errors.js';

export const SCAN_THREADS_VARIABLE = 'LAUNCH_READY_SCAN_THREADS';
const DEFAULT_MAX_THREADS = 2;
const MAX_THREADS = 16;

/** The threads `LAUNCH_READY_SCAN_THREADS` asks for (default: a core each, at most two), with the bundle's worker script. */
export function workerThreadsFrom(env: Readonly<Record<string, string | undefined>>, workerUrl: URL): WorkerThreads {
  const raw = env[SCAN_THREADS_VARIABLE]?.trim();
  if (!raw) return { workerUrl, count: Math.min(availableParallelism(), DEFAULT_MAX_THREADS) };
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_THREADS) {
    throw new ConfigError(`${SCAN_THREADS_VARIABLE} must be a whole number from 1 to ${MAX_THREADS} (1: scan on the main thread only), not "${raw.slice(0, 20)}"`);
  }
  return { workerUrl, count: Number(raw) };
}
