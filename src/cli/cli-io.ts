import type { PrestartedWorkers, WorkerThreads } from '../checks/check.js';
import { workerThreadsFrom } from '../config/worker-threads.js';
import type { Logger } from '../logger.js';

/** What a CLI command may touch: standard output, the logger (stderr), colours, the bundle's worker script. */
export interface CliIo {
  stdout: (text: string) => void;
  logger: Logger;
  color: boolean;
  /** The bundled secrets scan worker (dist/scan-worker.js); without it, scans run on the main thread only. */
  scanWorkerUrl?: URL;
  /** Workers of that script started as the CLI started (prestart-scan-workers.ts). */
  prestartedScanWorkers?: PrestartedWorkers;
}

/** The threads `LAUNCH_READY_SCAN_THREADS` asks for (default: a core each), when the worker script is known. */
export function workerThreadsOf(io: CliIo): WorkerThreads | undefined {
  if (!io.scanWorkerUrl) return undefined;
  const threads = workerThreadsFrom(process.env, io.scanWorkerUrl);
  return io.prestartedScanWorkers ? { ...threads, prestarted: io.prestartedScanWorkers } : threads;
}
