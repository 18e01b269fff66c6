import { EXIT } from '../errors.js';
import { createOctokit } from '../github/create-octokit.js';
import { summarizeGitHubError } from '../github/github-error.js';
import { listRecentDeployments } from '../github/list-recent-deployments.js';
import type { StatusHistory } from '../monitor/status-page/status-history.js';
import { readMonitorHistory, writeStatusPage } from '../monitor/status-page/write-status-page.js';
import type { CliIo } from './cli-io.js';
import type { CliCommand } from './parse-cli-args.js';

/**
 * `launch-ready status-page --history FILE --out DIR`: writes DIR/index.html from the monitor's
 * history. With `--repo OWNER/NAME` and GITHUB_TOKEN, the deploys come fresh from the deployments
 * API; a failed read keeps the history's deploys and says so.
 */
export async function statusPageCommand(command: Extract<CliCommand, { name: 'status-page' }>, io: CliIo): Promise<number> {
  const history = await withDeploys(await readMonitorHistory(command.history), command.repository, io);
  const written = await writeStatusPage(history, { out: command.out, title: command.title });
  io.stdout(`${written.page}\n`);
  return EXIT.passed;
}

async function withDeploys(history: StatusHistory, repository: string | undefined, io: CliIo): Promise<StatusHistory> {
  const token = process.env.GITHUB_TOKEN || undefined;
  const [owner, repo] = repository?.split('/') ?? [];
  if (!token || !owner || !repo) return history;
  try {
    const octokit = createOctokit({ token, baseUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com', logger: io.logger });
    return { ...history, deploys: await listRecentDeployments(octokit, { owner, repo }) };
  } catch (error) {
    io.logger.warning(`recent deploys not read (${summarizeGitHubError(error)}); showing the history's`);
    return history;
  }
}
