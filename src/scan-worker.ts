/** A secrets scan worker's entry point (dist/scan-worker.js), started by checks/secrets/parallel/scan-workers.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { serveScanRequests } from './checks/secrets/parallel/serve-scan-requests.js';
import type { ScannerSetup } from './checks/secrets/scanner-setup.js';

if (parentPort) serveScanRequests(parentPort, workerData as ScannerSetup);
