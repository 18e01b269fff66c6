/** What the action hands the pipeline and its publishers from the runner: the checks' store and where reports go. */
import { join } from 'node:path';
import type { CheckStore } from './checks/check.js';
import type { ActionInputs } from './config/action-inputs.js';
import type { Config } from './config/config-types.js';
import type { Context } from './context/context.js';
import { createFileStore } from './files/file-store.js';
import type { GitHubClient } from './github/create-octokit.js';
import { createGitRefStore } from './github/git-ref-store.js';
import type { Logger } from './logger.js';

/**
 * Where checks keep state across runs: the file the config names (read-only here: a checkout is
 * thrown away after the job), else the repository's git ref refs/launch-ready/state, which pushes
 * to the default branch record and everything else only reads.
 */
export function checkStore(config: Config, context: Context, octokit: GitHubClient | undefined, logger: Logger): CheckStore | undefined {
  if (config.perf?.baseline) return createFileStore(context.workspace, { writable: false });
  if (!octokit || !context.repository) return undefined;
  return createGitRefStore(octokit, context.repository, { writable: context.onDefaultBranch === true, logger });
}

/** Defaults live in RUNNER_TEMP so the report never lands in the checkout (and in the next scan). */
export function outputPaths(inputs: ActionInputs): { reportFile: string; sarifFile: string } {
  const dir = join(process.env.RUNNER_TEMP ?? process.cwd(), 'launch-ready');
  return {
    reportFile: inputs.reportFile ?? join(dir, 'report.json'),
    sarifFile: inputs.sarifFile ?? join(dir, 'results.sarif')
  };
}
