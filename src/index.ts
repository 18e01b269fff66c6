/** The action's entry point (action.yml `main: dist/index.js`); `run` lives in main.ts so @github/local-action can call it. */
import * as core from '@actions/core';
import { EXIT } from './errors.js';
import { run } from './main.js';

let exitCode: number;
try {
  exitCode = await run({ scanWorkerUrl: new URL('./scan-worker.js', import.meta.url) });
} catch (error) {
  // Not a ConfigError: a bug in launch-ready. Keep the stack: it is what a bug report needs.
  core.setFailed(`launch-ready crashed; please report this bug: ${error instanceof Error ? error.stack : String(error)}`);
  exitCode = EXIT.crash;
}
// Exits now, not when the event loop drains: a check that timed out may still hold a socket or a timer.
process.exit(exitCode);
