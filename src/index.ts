/** The action's entry point (action.yml `main: dist/index.js`); `run` lives in main.ts so @github/local-action can call it. */
import * as core from '@actions/core';
import { EXIT } from './errors.js';
import { run } from './main.js';

try {
  await run({ scanWorkerUrl: new URL('./scan-worker.js', import.meta.url) });
} catch (error) {
  // Not a ConfigError: a bug in launch-ready. Keep the stack: it is what a bug report needs.
  core.setFailed(`launch-ready crashed; please report this bug: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = EXIT.crash;
}
