import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import type { Context } from '../context/context.js';
import { ConfigError } from '../errors.js';
import type { GitHubClient } from '../github/create-octokit.js';
import { describeGitHubError } from '../github/github-error.js';
import type { GatePolicy } from '../gate.js';
import type { Logger } from '../logger.js';
import { assembleReport } from '../report/assemble-report.js';
import type { Report } from '../report/report.js';
import { parseReportJson } from '../report/render-json.js';
import { verdictLine } from '../report/verdict.js';
import { publishComment } from './publish-comment.js';
import { publishJob, setOutputs } from './publish-job.js';

interface PublishExistingOptions {
  file: string;
  context: Context;
  /** The publishing workflow's own gate inputs: a report from a fork does not choose its own threshold. */
  policy: { failOn?: GatePolicy['failOn']; failOnError: boolean };
  comment: { enabled: boolean; key?: string };
  /** The entry point's one GitHub client; undefined without a token. */
  octokit?: GitHubClient;
  logger: Logger;
}

/**
 * Publishes a JSON report made by an earlier, read-only job (a fork PR's `pull_request` run)
 * without running any check: the `workflow_run` half of GitHub's safe pattern for fork PRs.
 * The report is untrusted: it is validated, its gate is decided again under this workflow's
 * `fail-on` (when set) and `fail-on-error`, and on `workflow_run` the PR it names must have the
 * head commit the triggering run tested, so a fork cannot aim the comment at another PR.
 * @returns the process exit code the gate means
 */
export async function publishExistingReport(options: PublishExistingOptions): Promise<number> {
  const { file, context, octokit, logger } = options;
  const report = await loadUntrustedReport(file);
  const pullRequest = await verifiedPullRequest(report, context, { octokit, logger });
  // Where it is published is this run's to say: the report's repository is as untrusted as its PR.
  const repository = context.repository ? `${context.repository.owner}/${context.repository.repo}` : report.run.repository;
  const published = assembleReport({
    tool: report.tool,
    run: { ...report.run, repository, pullRequest, headSha: context.headSha, runUrl: context.runUrl },
    results: report.results,
    policy: { failOn: options.policy.failOn ?? report.gate.failOn, failOnError: options.policy.failOnError }
  });
  await publishJob(published, context);
  const commentUrl = options.comment.enabled
    ? await publishComment(published, context, { octokit, pullRequest, commentKey: options.comment.key, logger })
    : undefined;
  setOutputs(published, { reportFile: file, commentUrl });
  if (published.gate.passed) core.info(verdictLine(published));
  else core.setFailed(verdictLine(published));
  return published.gate.exitCode;
}

/** Reads and validates a report made elsewhere; its statuses, counts and verdict are derived again. */
export async function loadUntrustedReport(file: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigError(`cannot read the report file ${file}`);
  }
  return parseReportJson(text, file);
}

/**
 * The PR to comment on: the event's own PR; or, on `workflow_run`, the PR the report names when
 * its head is the commit the triggering run tested; else none.
 */
export async function verifiedPullRequest(
  report: Report,
  context: Context,
  github: { octokit?: GitHubClient; logger: Logger }
): Promise<number | undefined> {
  if (context.pullRequest) return context.pullRequest.number;
  const claimed = report.run.pullRequest;
  const { octokit } = github;
  if (context.kind !== 'workflow_run' || claimed === undefined || !context.repository) return undefined;
  if (!octokit) {
    // Said here: without a verified PR the comment step returns before its own no-token warning.
    github.logger.warning(`no github-token: cannot check that PR #${claimed} is the PR this workflow_run tested; not commenting`);
    return undefined;
  }
  try {
    const { data } = await octokit.rest.pulls.get({ ...context.repository, pull_number: claimed });
    if (data.head.sha === context.headSha) return claimed;
    github.logger.warning(`the report names PR #${claimed}, whose head is not the commit this workflow_run tested: not commenting`);
  } catch (error) {
    github.logger.warning(`could not look up PR #${claimed} (${describeGitHubError(error)}): not commenting`);
  }
  return undefined;
}
