#!/usr/bin/env node
/**
 * The `launch-ready` command: thin argv handling over the same pipeline as the action. This first
 * step is small on purpose: for `secrets scan` it starts the scan workers, which load their code
 * while the rest of the CLI loads its own (cli/prestart-scan-workers.ts), then it loads and runs the rest.
 */
import module from 'node:module';
import { prestartScanWorkers } from './cli/prestart-scan-workers.js';

// Node ≥ 22.1 keeps the bundle's compiled code in a cache on disk (in the temp folder; the
// NODE_DISABLE_COMPILE_CACHE variable turns it off), as tsc does: compiling ~1.4 MB of modules
// took ~40 ms of each start, before any file was read. Node 20 has no such cache and goes on.
const compileCache = (module as { enableCompileCache?: () => { directory?: string } }).enableCompileCache?.();
// Scan workers read it too: each compiles the scanner's ~300 KB when it starts.
if (compileCache?.directory && process.env['NODE_COMPILE_CACHE'] === undefined) process.env['NODE_COMPILE_CACHE'] = compileCache.directory;

const argv = process.argv.slice(2);
const scanWorkerUrl = new URL('./scan-worker.js', import.meta.url);
const prestartedScanWorkers = prestartScanWorkers(argv, scanWorkerUrl);
const { runCli } = await import('./cli/run-cli.js');
const exitCode = await runCli(argv, { scanWorkerUrl, ...(prestartedScanWorkers ? { prestartedScanWorkers } : {}) });
// Exits now, not when the event loop drains: a check that timed out may still hold a socket or a
// timer. Writes to a pipe or a file have finished by now (they are synchronous on Linux and macOS).
process.exit(exitCode);
