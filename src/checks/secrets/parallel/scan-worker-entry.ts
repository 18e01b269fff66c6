/** A secrets scan worker's entry point (dist/scan-worker.js), started by checks/secrets/parallel/scan-workers.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { serveScanRequests } from './serve-scan-requests.js';
import type { ScannerSetup } from '../scanner-setup.js';

if (parentPort) serveScanRequests(parentPort, workerData as ScannerSetup);
