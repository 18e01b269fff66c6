import type { PullRequestFile } from './github-reader.js';
import type { GitHubClient } from './create-octokit.js';

/**
 * The PR's files with their patches, every page (the API returns at most 3,000 files and omits
 * the patch of binary and very large files: https://docs.github.com/rest/pulls/pulls#list-pull-requests-files).
 */
export async function listPullRequestFiles(
  octokit: GitHubClient,
  target: { owner: string; repo: string; pullNumber: number }
): Promise<PullRequestFile[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: 100
  });
  return files.map((file) => ({ filename: file.filename, status: file.status, patch: file.patch }));
}
