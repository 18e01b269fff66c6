import type { Context } from '../context/context.js';
import type { GitHubClient } from './create-octokit.js';
import { findPreviewDeployment, type PreviewDeployment } from './find-preview-deployment.js';
import { listPullRequestFiles } from './list-pull-request-files.js';

/** A file a pull request changes, as the REST API lists it. */
export interface PullRequestFile {
  filename: string;
  status: string;
  /** The unified diff hunk(s); absent for binary or very large files. */
  patch?: string;
}

/**
 * What checks may read from GitHub: facts about this run's pull request, through the one client
 * the entry point built. Checks never write to GitHub; publishing is the publishers' job.
 */
export interface GitHubReader {
  /** Files changed by the pull request (the fallback when the base commit is missing locally). */
  listPullRequestFiles: () => Promise<PullRequestFile[]>;
  /** The preview deployment of the pull request's head commit, as its latest status says. */
  findPreviewDeployment: () => Promise<PreviewDeployment>;
}

/** The reader for this run's pull request; undefined without a client or outside a pull request. */
export function createGitHubReader(octokit: GitHubClient | undefined, context: Context): GitHubReader | undefined {
  if (!octokit || !context.repository || !context.pullRequest) return undefined;
  const target = { ...context.repository, pullNumber: context.pullRequest.number };
  const { repository, pullRequest } = context;
  return {
    listPullRequestFiles: () => listPullRequestFiles(octokit, target),
    findPreviewDeployment: () => findPreviewDeployment(octokit, repository, pullRequest.headSha)
  };
}
