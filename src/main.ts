import * as core from '@actions/core';
import { join } from 'node:path';
import type { CheckDeps } from './checks/check.js';
import { FINGERPRINT_KEY_VARIABLE } from './detect/fingerprint-key.js';
import { scanThreadsFrom } from './checks/secrets/parallel/scan-threads.js';
import { parseActionInputs, type ActionInputs } from './config/action-inputs.js';
import { loadConfig } from './config/load-config.js';
import { readActionContext } from './context/action-context.js';
import type { Context } from './context/context.js';
import { ConfigError, EXIT } from './errors.js';
import { createOctokit } from './github/create-octokit.js';
import { listPullRequestFiles } from './github/list-pull-request-files.js';
import type { Logger } from './logger.js';
import { publishComment } from './publish/publish-comment.js';
import { publishExistingReport } from './publish/publish-existing-report.js';
import { publishJob, setOutputs } from './publish/publish-job.js';
import { writeReportFiles } from './publish/write-report-files.js';
import { verdictLine } from './report/verdict.js';
import { run as runPipeline } from './run.js';

/** What only the bundle's entry point knows. */
export interface RunOptions {
  /** The bundled secrets scan worker (dist/scan-worker.js); without it, scans run on the main thread only. */
  scanWorkerUrl?: URL;
}

/** The GitHub Action: inputs → context → checks → report → publish → gate. */
export async function run(options: RunOptions = {}): Promise<void> {
  const logger: Logger = { info: core.info, warning: core.warning, debug: core.debug };
  // Masked in the job log whatever its source (a `secrets.` expression is masked already; a plain env is not).
  const fingerprintKey = process.env[FINGERPRINT_KEY_VARIABLE];
  if (fingerprintKey?.trim()) core.setSecret(fingerprintKey.trim());
  try {
    const inputs = parseActionInputs((name) => core.getInput(name));
    const context = await readActionContext(process.env, inputs);
    const apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com';
    if (inputs.report) {
      await publishExistingReport({ file: inputs.report, context, inputs, apiUrl, logger });
      return;
    }
    const config = await loadConfig({ workspace: context.workspace, path: inputs.config.explicit ? inputs.config.path : undefined });
    const deps = checkDeps(inputs, context, apiUrl, logger);
    if (options.scanWorkerUrl) deps.scanThreads = scanThreadsFrom(process.env, options.scanWorkerUrl);
    const report = await runPipeline({ config, context, checks: inputs.checks, failOn: inputs.failOn, deps });
    const files = await writeReportFiles(report, outputPaths(inputs));
    await publishJob(report, context);
    const commentUrl = inputs.comment
      ? await publishComment(report, context, { token: inputs.githubToken, apiUrl, pullRequest: context.pullRequest?.number, logger })
      : undefined;
    setOutputs(report, { ...files, commentUrl });
    if (report.passed) core.info(verdictLine(report));
    else core.setFailed(verdictLine(report));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    core.setFailed(error.message);
    process.exitCode = EXIT.usage;
  }
}

function checkDeps(inputs: ActionInputs, context: Context, apiUrl: string, logger: Logger): CheckDeps {
  // The environment is read here, at the edge, for the values of `secret: true` env vars.
  const deps: CheckDeps = { logger, now: () => performance.now(), env: process.env };
  const { githubToken } = inputs;
  if (githubToken && context.repository && context.pullRequest) {
    const target = { ...context.repository, pullNumber: context.pullRequest.number };
    deps.listPullRequestFiles = () => listPullRequestFiles(createOctokit({ token: githubToken, baseUrl: apiUrl, logger }), target);
  }
  return deps;
}

/** Defaults live in RUNNER_TEMP so the report never lands in the checkout (and in the next scan). */
function outputPaths(inputs: ActionInputs): { reportFile: string; sarifFile: string } {
  const dir = join(process.env.RUNNER_TEMP ?? process.cwd(), 'launch-ready');
  return {
    reportFile: inputs.reportFile ?? join(dir, 'report.json'),
    sarifFile: inputs.sarifFile ?? join(dir, 'results.sarif')
  };
}
