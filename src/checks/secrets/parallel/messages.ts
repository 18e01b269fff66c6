/** What the main thread and a scan worker say to each other (structured clones, one process). */
import type { ScannerShare } from '../../../detect/contracts.js';
import type { ScannedFile } from '../scan-sources.js';
import type { DiskFile } from '../sources/source-item.js';

export type ToWorker = { type: 'scan'; id: number; file: DiskFile; committed: boolean } | { type: 'finish' };

/**
 * A file's outcome with what the worker's scanner learned meanwhile (its share), so the main thread
 * starts stretching fingerprints while the scan goes on; or why the file could not be scanned; or,
 * after `finish`, the last share.
 */
export type FromWorker =
  | { type: 'scanned'; id: number; file: ScannedFile; share: ScannerShare }
  | { type: 'failed'; id: number; message: string }
  | { type: 'finished'; share: ScannerShare };
