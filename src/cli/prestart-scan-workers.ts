/**
 * Which commands start their scan workers before the rest of the CLI loads (prestart-workers.ts):
 * `secrets scan`, whose folder and tree scans use them from their first file. The count is what
 * `LAUNCH_READY_SCAN_THREADS` allows; a value it rejects starts none, and the command reports it.
 */
import { prestartWorkers, type PrestartedWorkers } from '../checks/secrets/parallel/prestart-workers.js';
import { workerThreadsFrom } from '../config/worker-threads.js';

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
