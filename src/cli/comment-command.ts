import { readActionContext } from '../context/action-context.js';
import { ConfigError, EXIT } from '../errors.js';
import { createOctokit } from '../github/create-octokit.js';
import { publishComment } from '../publish/publish-comment.js';
import { loadUntrustedReport, verifiedPullRequest } from '../publish/publish-existing-report.js';
import type { CliCommand } from './parse-cli-args.js';
import type { CliIo } from './cli-io.js';

/**
 * `launch-ready comment --report FILE`: posts a JSON report as the PR comment without running
 * checks. Reads GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL like the action does.
 */
export async function commentCommand(command: Extract<CliCommand, { name: 'comment' }>, io: CliIo): Promise<number> {
  const env = { ...process.env, GITHUB_REPOSITORY: command.repository ?? process.env.GITHUB_REPOSITORY };
  const token = process.env.GITHUB_TOKEN || undefined;
  const context = await readActionContext(env, { githubToken: token, config: { path: '', explicit: false }, checks: 'auto', comment: true, failOnError: true, mode: 'gate', handover: false });
  const octokit = token ? createOctokit({ token, baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com', logger: io.logger }) : undefined;
  const report = await loadUntrustedReport(command.report);
  const pullRequest =
    context.kind === 'workflow_run'
      ? await verifiedPullRequest(report, context, { octokit, logger: io.logger })
      : (command.pullRequest ?? context.pullRequest?.number ?? report.run.pullRequest);
  if (pullRequest === undefined && context.kind !== 'workflow_run') {
    throw new ConfigError('launch-ready comment: no pull request to comment on (the report names none); pass --pr N');
  }
  // On workflow_run the PR was verified against the tested commit: links point there, not at the report's claim.
  const headSha = context.kind === 'workflow_run' ? context.headSha : (report.run.headSha ?? context.headSha);
  const url = await publishComment({ ...report, run: { ...report.run, headSha } }, context, { octokit, pullRequest, logger: io.logger });
  if (url) io.stdout(`${url}\n`);
  return url ? EXIT.passed : EXIT.failed;
}
