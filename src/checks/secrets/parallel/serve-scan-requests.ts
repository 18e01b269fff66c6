/**
 * A scan worker's side: builds the same scanner as the main thread's from the setup it was started
 * with, then reads and scans the files of each batch it is sent, in order, and answers with their
 * outcomes and its scanner's share. It never sees a report: findings go back to the main thread,
 * already redacted.
 */
import type { MessagePort } from 'node:worker_threads';
import { createScannerFromSetup, type ScannerSetup } from '../scanner-setup.js';
import { scanItem } from '../scan-sources.js';
import { readDiskFile } from '../sources/read-disk-file.js';
import type { FromWorker, ScanAnswer, ToWorker } from './messages.js';

export function serveScanRequests(port: MessagePort, setup: ScannerSetup): void {
  const scanner = createScannerFromSetup(setup, 'worker');
  const reply = (message: FromWorker): void => port.postMessage(message);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'finish') {
      reply({ type: 'finished', share: scanner.takeShare() });
      port.close();
      return;
    }
    const answers = message.requests.map(({ id, file, committed }): ScanAnswer => {
      try {
        return { id, file: scanItem(readDiskFile(file), committed, scanner) };
      } catch (error) {
        return { id, failed: error instanceof Error ? error.message : String(error) };
      }
    });
    reply({ type: 'scanned', answers, share: scanner.takeShare() });
  });
}
