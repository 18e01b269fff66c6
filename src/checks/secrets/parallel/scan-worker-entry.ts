/** A secrets scan worker's entry point (dist/scan-worker.js), started by checks/secrets/parallel/scan-workers.ts. */
import { parentPort } from 'node:worker_threads';
import { serveScanRequests } from './serve-scan-requests.js';

if (parentPort) serveScanRequests(parentPort);
