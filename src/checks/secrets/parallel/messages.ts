/** What the main thread and a scan worker say to each other (structured clones, one process). */
import type { ScannerShare } from '../../../detect/contracts.js';
import type { ScannedFile } from '../scan-sources.js';
import type { ScannerSetup } from '../scanner-setup.js';
import type { DiskFile } from '../sources/source-item.js';

/** One file to read and scan. */
export interface ScanRequest {
  id: number;
  file: DiskFile;
  committed: boolean;
}

/** A file's outcome, or why it could not be scanned. */
export type ScanAnswer = { id: number; file: ScannedFile } | { id: number; failed: string };

/**
 * The setup comes first, as a message rather than `workerData`, so a worker can be started before
 * the scan's configuration is known (cli/prestart-scan-workers.ts). Files go in batches: a message each way
 * per file cost about as much CPU as reading a small file (8,000 messages, ~180 ms across both
 * threads, against ~85 ms in batches of 16).
 */
export type ToWorker = { type: 'setup'; setup: ScannerSetup } | { type: 'scan'; requests: ScanRequest[] } | { type: 'finish' };

/**
 * `ready` once the worker has built its scanner. A batch's outcomes with what the worker's scanner
 * learned meanwhile (its share), so the main thread starts stretching fingerprints while the scan
 * goes on; or, after `finish`, the last share.
 */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'scanned'; answers: ScanAnswer[]; share: ScannerShare }
  | { type: 'finished'; share: ScannerShare };
