/**
 * The write port for GitHub issues, beside the read-only GitHubReader: the monitor opens one issue
 * per incident, comments on it and closes it. Only the monitor's alert delivery writes through it,
 * never a check. Lists are paginated (an old repository has many closed incidents).
 */
import type { GitHubClient } from './create-octokit.js';

export interface ListedIssue {
  number: number;
  body: string;
  url: string;
}

export interface IssueWriter {
  /** Open issues carrying `label`, oldest first (the oldest wins when two runs raced). */
  listOpen: (label: string) => Promise<ListedIssue[]>;
  create: (issue: { title: string; body: string; labels: string[] }) => Promise<ListedIssue>;
  comment: (number: number, body: string) => Promise<void>;
  close: (number: number, reason: 'completed' | 'not_planned') => Promise<void>;
}

export function createIssueWriter(octokit: GitHubClient, repository: { owner: string; repo: string }): IssueWriter {
  const issues = octokit.rest.issues;
  return {
    listOpen: async (label) => {
      const listed = await octokit.paginate(issues.listForRepo, { ...repository, labels: label, state: 'open', per_page: 100 });
      return listed
        .filter((issue) => !issue.pull_request)
        .map((issue) => ({ number: issue.number, body: issue.body ?? '', url: issue.html_url }))
        .sort((a, b) => a.number - b.number);
    },
    create: async (issue) => {
      const { data } = await issues.create({ ...repository, ...issue });
      return { number: data.number, body: data.body ?? '', url: data.html_url };
    },
    comment: async (number, body) => {
      await issues.createComment({ ...repository, issue_number: number, body });
    },
    close: async (number, reason) => {
      await issues.update({ ...repository, issue_number: number, state: 'closed', state_reason: reason });
    }
  };
}
