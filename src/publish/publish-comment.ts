import type { Context } from '../context/context.js';
import { createOctokit } from '../github/create-octokit.js';
import { describeGitHubError } from '../github/github-error.js';
import { upsertComment } from '../github/upsert-comment.js';
import type { Logger } from '../logger.js';
import { renderComment } from '../report/render-comment.js';
import type { Report } from '../report/report.js';
import { COMMENT_MARKER } from '../report/comment-marker.js';


export interface CommentOptions {
  token?: string;
  apiUrl: string;
  pullRequest?: number;
  logger: Logger;
}

/**
 * Upserts the PR comment. Every failure (no token, a fork's read-only token, 403/404, GitHub
 * down) is a warning: the job summary still carries the full report and the gate is unchanged.
 */
export async function publishComment(report: Report, context: Context, options: CommentOptions): Promise<string | undefined> {
  const { logger } = options;
  if (!options.pullRequest || !context.repository) return undefined;
  if (!options.token) {
    logger.warning('no github-token: the PR comment was not posted; the report is in the job summary');
    return undefined;
  }
  const body = renderComment(report, {
    marker: COMMENT_MARKER,
    links: context.repositoryUrl && report.run.headSha ? { repoUrl: context.repositoryUrl, sha: report.run.headSha } : undefined,
    summaryUrl: context.runUrl
  });
  try {
    const octokit = createOctokit({ token: options.token, baseUrl: options.apiUrl, logger });
    const target = { ...context.repository, issueNumber: options.pullRequest };
    const comment = await upsertComment(octokit, target, body, COMMENT_MARKER);
    logger.info(`PR comment ${comment.action}: ${comment.url}`);
    return comment.url;
  } catch (error) {
    logger.warning(`could not post the PR comment (${describeGitHubError(error)}); the full report is in the job summary`);
    return undefined;
  }
}
