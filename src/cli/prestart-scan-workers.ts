/**
 * Scan workers started before the run knows it needs them, as the CLI starts (`secrets scan`,
 * whose folder and tree scans use them from their first file): a worker takes ~100 ms to load the
 * scanner's code and ~40 ms to build its scanner, and the main thread scanned alone through all of
 * it (on the real-code benchmark, the worker joined 320 ms into a 1.1 s scan). Started first, it
 * loads its code while the main thread loads the CLI's, then waits for its setup (the scan
 * worker's first message). Until the pool takes it, a worker does not keep the process alive; one
 * that failed to start is never handed out, so the pool starts its own and hears why it fails.
 * The count is what `LAUNCH_READY_SCAN_THREADS` allows; a value it rejects starts none, and the
 * command reports it.
 */
import { Worker } from 'node:worker_threads';
import type { PrestartedWorkers } from '../checks/check.js';
import { workerThreadsFrom } from '../config/worker-threads.js';

/** Workers for the command `argv` names, if it scans for secrets. */
export function prestartScanWorkers(argv: readonly string[], workerUrl: URL): PrestartedWorkers | undefined {
  if (argv[0] !== 'secrets' || argv[1] !== 'scan') return undefined;
  let count: number;
  try {
    count = workerThreadsFrom(process.env, workerUrl).count - 1;
  } catch {
    return undefined;
  }
  return count > 0 ? prestartWorkers(workerUrl, count) : undefined;
}

interface Waiting {
  worker: Worker;
  failed: boolean;
  markFailed: () => void;
}

/** Starts `count` workers of the script at `url`. */
export function prestartWorkers(url: URL, count: number): PrestartedWorkers {
  const waiting = Array.from({ length: count }, (): Waiting => {
    const worker = new Worker(url);
    worker.unref();
    const one: Waiting = { worker, failed: false, markFailed: () => (one.failed = true) };
    // Without a listener, an 'error' event would be thrown.
    worker.on('error', one.markFailed).on('exit', one.markFailed);
    return one;
  });
  return {
    take() {
      for (let one = waiting.shift(); one; one = waiting.shift()) {
        one.worker.off('error', one.markFailed).off('exit', one.markFailed);
        if (one.failed) {
          void one.worker.terminate();
          continue;
        }
        // The taker listens from now on: events not delivered yet reach its listeners.
        one.worker.ref();
        return one.worker;
      }
      return undefined;
    }
  };
}
