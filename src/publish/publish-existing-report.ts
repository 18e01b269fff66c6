import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import type { ActionInputs } from '../config/action-inputs.js';
import type { Context } from '../context/context.js';
import { ConfigError } from '../errors.js';
import { createOctokit } from '../github/create-octokit.js';
import { describeGitHubError } from '../github/github-error.js';
import { decideGate } from '../gate.js';
import type { Logger } from '../logger.js';
import { allFindings, summarizeCounts, type Report } from '../report/report.js';
import { parseReportJson } from '../report/render-json.js';
import { verdictLine } from '../report/verdict.js';
import { publishComment } from './publish-comment.js';
import { publishJob, setOutputs } from './publish-job.js';

interface PublishExistingOptions {
  file: string;
  context: Context;
  inputs: ActionInputs;
  apiUrl: string;
  logger: Logger;
}

/**
 * Publishes a JSON report made by an earlier, read-only job (a fork PR's `pull_request` run)
 * without running any check: the `workflow_run` half of GitHub's safe pattern for fork PRs.
 * The report is untrusted: it is validated, its gate is recomputed, and on `workflow_run` the PR
 * it names must have the head commit the triggering run tested, so a fork cannot aim the comment
 * at another PR.
 */
export async function publishExistingReport(options: PublishExistingOptions): Promise<void> {
  const { file, context, inputs, apiUrl, logger } = options;
  const report = await loadUntrustedReport(file);
  const pullRequest = await verifiedPullRequest(report, context, { token: inputs.githubToken, apiUrl, logger });
  const published = { ...report, run: { ...report.run, pullRequest, headSha: context.headSha, runUrl: context.runUrl } };
  await publishJob(published, context);
  const commentUrl = inputs.comment ? await publishComment(published, context, { token: inputs.githubToken, apiUrl, pullRequest, logger }) : undefined;
  setOutputs(published, { reportFile: file, commentUrl });
  if (published.passed) core.info(verdictLine(published));
  else core.setFailed(verdictLine(published));
}

/** Reads and validates a report made elsewhere; its counts and verdict are recomputed. */
export async function loadUntrustedReport(file: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ConfigError(`cannot read the report file ${file}`);
  }
  return trustOnlyFindings(parseReportJson(text, file));
}

/** Counts and the verdict are derived again from the findings rather than believed. */
function trustOnlyFindings(report: Report): Report {
  return { ...report, counts: summarizeCounts(report.results), passed: decideGate(allFindings(report), report.failOn).passed };
}

/**
 * The PR to comment on: the event's own PR; or, on `workflow_run`, the PR the report names when
 * its head is the commit the triggering run tested; else none.
 */
export async function verifiedPullRequest(
  report: Report,
  context: Context,
  github: { token?: string; apiUrl: string; logger: Logger }
): Promise<number | undefined> {
  if (context.pullRequest) return context.pullRequest.number;
  const claimed = report.run.pullRequest;
  if (context.kind !== 'workflow_run' || claimed === undefined || !context.repository || !github.token) return undefined;
  try {
    const octokit = createOctokit({ token: github.token, baseUrl: github.apiUrl, logger: github.logger });
    const { data } = await octokit.rest.pulls.get({ ...context.repository, pull_number: claimed });
    if (data.head.sha === context.headSha) return claimed;
    github.logger.warning(`the report names PR #${claimed}, whose head is not the commit this workflow_run tested: not commenting`);
  } catch (error) {
    github.logger.warning(`could not look up PR #${claimed} (${describeGitHubError(error)}): not commenting`);
  }
  return undefined;
}
