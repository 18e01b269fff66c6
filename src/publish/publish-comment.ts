import type { Context } from '../context/context.js';
import type { GitHubClient } from '../github/create-octokit.js';
import { describeGitHubError } from '../github/github-error.js';
import { upsertComment } from '../github/upsert-comment.js';
import type { Logger } from '../logger.js';
import { commentMarker } from '../report/comment-marker.js';
import { renderComment } from '../report/render-comment.js';
import type { Report } from '../report/report.js';

export interface CommentOptions {
  /** The entry point's one GitHub client; undefined without a token. */
  octokit?: GitHubClient;
  pullRequest?: number;
  /** The `comment-key` input: which sticky comment this run keeps. Default: the shared one. */
  commentKey?: string;
  logger: Logger;
}

/**
 * Upserts the PR comment. Every failure (no token, a fork's read-only token, 403/404, GitHub
 * down) is a warning: the job summary still carries the full report and the gate is unchanged.
 */
export async function publishComment(report: Report, context: Context, options: CommentOptions): Promise<string | undefined> {
  const { logger, octokit } = options;
  if (!options.pullRequest || !context.repository) return undefined;
  if (!octokit) {
    logger.warning('no github-token: the PR comment was not posted; the report is in the job summary');
    return undefined;
  }
  const marker = commentMarker(options.commentKey);
  const body = renderComment(report, {
    marker,
    links: context.repositoryUrl && report.run.headSha ? { repoUrl: context.repositoryUrl, sha: report.run.headSha } : undefined,
    summaryUrl: context.runUrl
  });
  try {
    const target = { ...context.repository, issueNumber: options.pullRequest };
    const comment = await upsertComment(octokit, target, body, marker);
    logger.info(`PR comment ${comment.action}: ${comment.url}`);
    return comment.url;
  } catch (error) {
    logger.warning(`could not post the PR comment (${describeGitHubError(error)}); the full report is in the job summary`);
    return undefined;
  }
}
