import * as core from '@actions/core';
import { systemClock } from './clock.js';
import { parseActionInputs } from './config/action-inputs.js';
import { loadConfig } from './config/load-config.js';
import { workerThreadsFrom } from './config/worker-threads.js';
import { readActionContext } from './context/action-context.js';
import { FINGERPRINT_KEY_VARIABLE } from './detect/fingerprint-key.js';
import { ConfigError, EXIT } from './errors.js';
import { checkStore, outputPaths } from './action-io.js';
import { runActionMonitor } from './action-monitor.js';
import { createOctokit } from './github/create-octokit.js';
import { createGitHubReader } from './github/github-reader.js';
import { createDnsClient } from './dns/create-dns-client.js';
import { createHttpClient } from './http/create-http-client.js';
import type { Logger } from './logger.js';
import { publishComment } from './publish/publish-comment.js';
import { publishExistingReport } from './publish/publish-existing-report.js';
import { publishHandover } from './publish/publish-handover.js';
import { publishJob, setOutputs } from './publish/publish-job.js';
import { writeReportFiles } from './publish/write-report-files.js';
import { verdictLine } from './report/verdict.js';
import { run as runPipeline } from './run.js';

/** What only the bundle's entry point knows. */
export interface RunOptions {
  /** The bundled secrets scan worker (dist/scan-worker.js); without it, scans run on the main thread only. */
  scanWorkerUrl?: URL;
}

/** The GitHub Action: inputs → context → checks → report (and its gate) → publish; returns the exit code. */
export async function run(options: RunOptions = {}): Promise<number> {
  const logger: Logger = { info: core.info, warning: core.warning, debug: core.debug };
  // Masked in the job log whatever its source (a `secrets.` expression is masked already; a plain env is not).
  const fingerprintKey = process.env[FINGERPRINT_KEY_VARIABLE];
  if (fingerprintKey?.trim()) core.setSecret(fingerprintKey.trim());
  try {
    const inputs = parseActionInputs((name) => core.getInput(name));
    const context = await readActionContext(process.env, inputs);
    // The one GitHub client of the run: checks read through it, publishers write through it.
    const octokit = inputs.githubToken
      ? createOctokit({ token: inputs.githubToken, baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com', logger })
      : undefined;
    const comment = { enabled: inputs.comment, key: inputs.commentKey };
    if (inputs.report) {
      const policy = { failOn: inputs.failOn, failOnError: inputs.failOnError };
      return await publishExistingReport({ file: inputs.report, context, policy, comment, octokit, logger });
    }
    const config = await loadConfig({ workspace: context.workspace, path: inputs.config.explicit ? inputs.config.path : undefined });
    if (inputs.mode === 'monitor' || (inputs.mode === 'auto' && context.kind === 'schedule')) {
      return await runActionMonitor({ config, context, octokit, logger });
    }
    // One HTTP client for the run (a bounded keep-alive pool); the process exits after the run, which closes it.
    const http = createHttpClient();
    const report = await runPipeline({
      config,
      context,
      checks: inputs.checks,
      failOn: inputs.failOn,
      failOnError: inputs.failOnError,
      deps: {
        logger,
        clock: systemClock(),
        // The environment is read here, at the edge: the job's real env vars and the fingerprint key.
        env: process.env,
        github: createGitHubReader(octokit, context),
        http,
        dns: createDnsClient(),
        store: checkStore(config, context, octokit, logger),
        threads: options.scanWorkerUrl ? workerThreadsFrom(process.env, options.scanWorkerUrl) : undefined
      }
    });
    const files = await writeReportFiles(report, outputPaths(inputs));
    await publishJob(report, context);
    if (inputs.handover) await publishHandover(report, config, { now: new Date() });
    const pullRequest = context.pullRequest?.number;
    const commentUrl = comment.enabled ? await publishComment(report, context, { octokit, pullRequest, commentKey: comment.key, logger }) : undefined;
    setOutputs(report, { ...files, commentUrl });
    if (report.gate.passed) core.info(verdictLine(report));
    else core.setFailed(verdictLine(report));
    return report.gate.exitCode;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    core.setFailed(error.message);
    return EXIT.usage;
  }
}
