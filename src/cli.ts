#!/usr/bin/env node
/**
 * The `launch-ready` command: thin argv handling over the same pipeline as the action. This first
 * step is small on purpose: for `secrets scan` it starts the scan workers, which load their code
 * while the rest of the CLI loads its own (cli/prestart-scan-workers.ts), then it loads and runs the rest.
 */
import { prestartScanWorkers } from './cli/prestart-scan-workers.js';

const argv = process.argv.slice(2);
const scanWorkerUrl = new URL('./scan-worker.js', import.meta.url);
const prestartedScanWorkers = prestartScanWorkers(argv, scanWorkerUrl);
const { runCli } = await import('./cli/run-cli.js');
const exitCode = await runCli(argv, { scanWorkerUrl, ...(prestartedScanWorkers ? { prestartedScanWorkers } : {}) });
// Exits now, not when the event loop drains: a check that timed out may still hold a socket or a
// timer. Writes to a pipe or a file have finished by now (they are synchronous on Linux and macOS).
process.exit(exitCode);
