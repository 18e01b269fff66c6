/**
 * The main thread's side of the scan workers: starts them with the scanner's setup, gives each file
 * to the worker with the shortest queue (the main thread scans a file itself when every queue is
 * full, so no thread waits for another), passes every share to the main scanner as it arrives, and
 * stops them. A worker that fails or exits early fails the scan with the reason, like an error on
 * the main thread would.
 */
import { Worker } from 'node:worker_threads';
import type { ScannerShare } from '../engine/contracts.js';
import type { ScanWorkers, ScannedFile } from '../scan-sources.js';
import type { ScannerSetup } from '../scanner-setup.js';
import type { DiskFile } from '../sources/source-item.js';
import type { FromWorker, ToWorker } from './messages.js';

/**
 * Files sent to a worker and not answered yet, at most: enough to keep it busy while the main
 * thread scans a large file between two turns of its event loop (8 left the worker idle ~10% of
 * the time on the throughput corpus), few enough that the last files are shared out evenly.
 */
const QUEUE_LENGTH = 32;

export interface ScanWorkersInput {
  /** The worker script: dist/scan-worker.js. */
  url: URL;
  /** How many workers. */
  count: number;
  setup: ScannerSetup;
  /** Where the shares go: the main scanner's `absorb`. */
  absorb: (share: ScannerShare) => void;
}

interface Pending {
  resolve: (file: ScannedFile) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Resolves once the worker has sent its last share, after `finish`. */
  finished: Promise<void>;
  failed?: Error;
}

export function startScanWorkers(input: ScanWorkersInput): ScanWorkers {
  let nextId = 0;
  const running = Array.from({ length: input.count }, () => startOne(input));
  const stopAll = async (): Promise<void> => {
    await Promise.all(running.map(({ worker }) => worker.terminate()));
  };
  return {
    offer(file: DiskFile, committed: boolean) {
      let free: Running | undefined;
      for (const one of running) if (!one.failed && one.pending.size < QUEUE_LENGTH && (!free || one.pending.size < free.pending.size)) free = one;
      if (!free) return undefined;
      const id = nextId++;
      const { pending, worker } = free;
      return new Promise<ScannedFile>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'scan', id, file, committed } satisfies ToWorker);
      });
    },
    async finish() {
      try {
        for (const { worker } of running) worker.postMessage({ type: 'finish' } satisfies ToWorker);
        await Promise.all(running.map((one) => one.finished));
      } finally {
        await stopAll();
      }
    },
    stop: stopAll
  };
}

function startOne(input: ScanWorkersInput): Running {
  const worker = new Worker(input.url, { workerData: input.setup });
  const pending = new Map<number, Pending>();
  let markFinished = (): void => {};
  let markFailed = (_error: Error): void => {};
  const finished = new Promise<void>((resolve, reject) => {
    markFinished = resolve;
    markFailed = reject;
  });
  // Awaited in finish(); a failure before that must not surface as an unhandled rejection.
  finished.catch(() => {});
  const one: Running = { worker, pending, finished };
  let done = false;
  const fail = (error: Error): void => {
    if (one.failed) return;
    one.failed = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    markFailed(error);
  };
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'finished') {
      input.absorb(message.share);
      done = true;
      markFinished();
      return;
    }
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'failed') {
      waiting?.reject(new Error(`a scan worker failed: ${message.message}`));
      return;
    }
    input.absorb(message.share);
    waiting?.resolve(message.file);
  });
  worker.on('error', (error) => fail(new Error(`a scan worker failed: ${error.message}`)));
  worker.on('exit', (code) => {
    if (!done) fail(new Error(`a scan worker stopped before the scan ended (exit code ${code})`));
  });
  return one;
}
