/**
 * The main thread's side of the scan workers: starts them with the scanner's setup, gives each file
 * to the worker with the shortest queue (the main thread scans a file itself when every queue is
 * full, so no thread waits for another), passes every share to the main scanner as it arrives, and
 * stops them. A worker that cannot start or dies (its script missing, out of memory) costs nothing
 * but time: the files it had not answered are scanned on the main thread, which scans every later
 * one too, and the report is the same. (A failed secrets check would not fail the gate.) An error
 * scanning a file fails the scan, as it would on the main thread.
 */
import { Worker } from 'node:worker_threads';
import type { PrestartedWorkers } from '../../check.js';
import type { ScannerShare } from '../../../detect/contracts.js';
import type { ScanHere, ScanWorkers, ScannedFile } from '../scan-sources.js';
import type { ScannerSetup } from '../scanner-setup.js';
import type { DiskFile } from '../sources/source-item.js';
import type { FromWorker, ScanRequest, ToWorker } from './messages.js';

/**
 * Files sent to a worker and not answered yet, at most: enough to keep it busy while the main
 * thread scans a large file between two turns of its event loop, few enough that the last files
 * are shared out evenly. On the real-code benchmark (node_modules: 14,000 files, ~6 KB on
 * average), 32 left the worker idle 15–35% of the time after its first second; 128, under 5%.
 */
const QUEUE_LENGTH = 128;
/** Files a message carries at most; a batch not full is sent on the next turn of the event loop. */
const BATCH_LENGTH = 8;

export interface ScanWorkersInput {
  /** The worker script: dist/scan-worker.js. */
  url: URL;
  /** Workers of that script already started (cli/prestart-scan-workers.ts), taken before new ones are started. */
  prestarted?: PrestartedWorkers;
  /** How many workers. */
  count: number;
  setup: ScannerSetup;
  /** Where the shares go: the main scanner's `absorb`. */
  absorb: (share: ScannerShare) => void;
  /** Scans a file on the main thread: the files of a worker that died. */
  scanHere: ScanHere;
}

interface Pending {
  file: DiskFile;
  committed: boolean;
  resolve: (file: ScannedFile) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Offered and not sent yet. */
  batch: ScanRequest[];
  /** Whether it was ever given a file: one that was not has no share, and is stopped unheard. */
  used: boolean;
  /** It has built its scanner. */
  ready: boolean;
  /** Resolves once the worker has sent its last share after `finish`, or has died. */
  finished: Promise<void>;
  dead: boolean;
  /** Terminated on purpose: nothing left to answer. */
  stopped: boolean;
}

export function startScanWorkers(input: ScanWorkersInput): ScanWorkers {
  let nextId = 0;
  const running = Array.from({ length: input.count }, () => startOne(input));
  const stopAll = async (): Promise<void> => {
    for (const one of running) one.stopped = true;
    await Promise.all(running.map(({ worker }) => worker.terminate()));
  };
  const ready = (): boolean => running.some((one) => one.ready && !one.dead);
  return {
    offer(file: DiskFile, committed: boolean) {
      let free: Running | undefined;
      for (const one of running) if (!one.dead && one.pending.size < QUEUE_LENGTH && (!free || one.pending.size < free.pending.size)) free = one;
      if (!free) return undefined;
      const id = nextId++;
      free.used = true;
      const one = free;
      return new Promise<ScannedFile>((resolve, reject) => {
        one.pending.set(id, { file, committed, resolve, reject });
        one.batch.push({ id, file, committed });
        if (one.batch.length >= BATCH_LENGTH) send(one);
        else if (one.batch.length === 1) setImmediate(() => send(one));
      });
    },
    async finish() {
      try {
        for (const one of running) send(one);
        // A worker given no file may still be starting up; waiting for its (empty) last share would cost that time.
        const used = running.filter((one) => one.used);
        for (const { worker } of used) worker.postMessage({ type: 'finish' } satisfies ToWorker);
        await Promise.all(used.map((one) => one.finished));
      } finally {
        await stopAll();
      }
    },
    ready,
    starting: () => !ready() && running.some((one) => !one.dead),
    stop: stopAll
  };
}

/** Sends the worker its batch, if any (to a dead worker's, nothing: `died` scanned its files here). */
function send(one: Running): void {
  if (one.batch.length === 0) return;
  const requests = one.batch;
  one.batch = [];
  if (!one.dead) one.worker.postMessage({ type: 'scan', requests } satisfies ToWorker);
}

function startOne(input: ScanWorkersInput): Running {
  const worker = input.prestarted?.take() ?? new Worker(input.url);
  worker.postMessage({ type: 'setup', setup: input.setup } satisfies ToWorker);
  const pending = new Map<number, Pending>();
  let markFinished = (): void => {};
  const finished = new Promise<void>((resolve) => (markFinished = resolve));
  const one: Running = { worker, pending, batch: [], used: false, ready: false, finished, dead: false, stopped: false };
  let done = false;
  const died = (): void => {
    if (one.dead) return;
    one.dead = true;
    for (const { file, committed, resolve, reject } of one.stopped ? [] : pending.values()) {
      try {
        resolve(input.scanHere(file, committed));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    pending.clear();
    markFinished();
  };
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'ready') {
      one.ready = true;
      return;
    }
    if (message.type === 'finished') {
      input.absorb(message.share);
      done = true;
      markFinished();
      return;
    }
    // Already scanned here, after the worker died: its share must not be counted twice.
    if (!message.answers.some((answer) => pending.has(answer.id))) return;
    input.absorb(message.share);
    for (const answer of message.answers) {
      const waiting = pending.get(answer.id);
      if (!waiting) continue;
      pending.delete(answer.id);
      if ('failed' in answer) waiting.reject(new Error(`a scan worker failed: ${answer.failed}`));
      else waiting.resolve(answer.file);
    }
  });
  worker.on('error', died);
  worker.on('exit', () => {
    if (!done) died();
  });
  return one;
}
