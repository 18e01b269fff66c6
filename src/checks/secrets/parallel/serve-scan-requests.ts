/**
 * A scan worker's side: waits for the scanner's setup (the first message), builds the same scanner
 * as the main thread's from it, then reads and scans the files of each batch it is sent, in order,
 * and answers with their outcomes and its scanner's share. It never sees a report: findings go back
 * to the main thread, already redacted.
 */
import type { MessagePort } from 'node:worker_threads';
import type { SecretScanner } from '../../../detect/contracts.js';
import { createScannerFromSetup } from '../scanner-setup.js';
import { scanDiskFile } from '../scan-sources.js';
import type { FromWorker, ScanAnswer, ToWorker } from './messages.js';

export function serveScanRequests(port: MessagePort): void {
  let scanner: SecretScanner | undefined;
  const reply = (message: FromWorker): void => port.postMessage(message);
  port.on('message', (message: ToWorker) => {
    if (message.type === 'setup') {
      scanner = createScannerFromSetup(message.setup, 'worker');
      reply({ type: 'ready' });
      return;
    }
    // The main thread sends the setup before anything else; messages arrive in order.
    if (!scanner) throw new Error(`a scan worker was sent "${message.type}" before its setup`);
    if (message.type === 'finish') {
      reply({ type: 'finished', share: scanner.takeShare() });
      port.close();
      return;
    }
    const using = scanner;
    const answers = message.requests.map(({ id, file, committed }): ScanAnswer => {
      try {
        return { id, file: scanDiskFile(file, committed, using) };
      } catch (error) {
        return { id, failed: error instanceof Error ? error.message : String(error) };
      }
    });
    reply({ type: 'scanned', answers, share: scanner.takeShare() });
  });
}
