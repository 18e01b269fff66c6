import type { GitHubClient } from './create-octokit.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface UpsertedComment {
  url: string;
  action: 'created' | 'updated';
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
}

/**
 * Keeps exactly one launch-ready comment on the PR: the one whose body starts with `marker`.
 * Updates it in place when present, else creates it. When two runs raced and both created one,
 * the oldest is kept and updated and the others are deleted, so the PR never shows duplicates.
 */
export async function upsertComment(
  octokit: GitHubClient,
  target: CommentTarget,
  body: string,
  marker: string
): Promise<UpsertedComment> {
  const existing = await findMarkedComments(octokit, target, marker);
  const [first] = existing;
  if (first) {
    const updated = await octokit.rest.issues.updateComment({ ...repoOf(target), comment_id: first.id, body });
    await deleteComments(octokit, target, existing.slice(1));
    return { url: updated.data.html_url, action: 'updated' };
  }
  const created = await octokit.rest.issues.createComment({ ...repoOf(target), issue_number: target.issueNumber, body });
  const afterCreate = await findMarkedComments(octokit, target, marker);
  const oldest = afterCreate[0];
  if (oldest && oldest.id !== created.data.id) {
    // Another run created its comment first: keep that one and remove ours and any others.
    const updated = await octokit.rest.issues.updateComment({ ...repoOf(target), comment_id: oldest.id, body });
    await deleteComments(octokit, target, afterCreate.slice(1));
    return { url: updated.data.html_url, action: 'updated' };
  }
  return { url: created.data.html_url, action: 'created' };
}

async function findMarkedComments(octokit: GitHubClient, target: CommentTarget, marker: string): Promise<ListedComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repoOf(target),
    issue_number: target.issueNumber,
    per_page: 100
  });
  return comments.filter((comment) => comment.body?.startsWith(marker)).sort((a, b) => a.id - b.id);
}

async function deleteComments(octokit: GitHubClient, target: CommentTarget, comments: readonly ListedComment[]): Promise<void> {
  for (const comment of comments) {
    await octokit.rest.issues.deleteComment({ ...repoOf(target), comment_id: comment.id });
  }
}

function repoOf(target: CommentTarget): { owner: string; repo: string } {
  return { owner: target.owner, repo: target.repo };
}
