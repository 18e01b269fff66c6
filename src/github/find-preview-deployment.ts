/**
 * The preview deployment a hosting integration (Vercel, Netlify, Render…) made for a commit, read
 * from the repository's deployments and their statuses: on a pull request without a base URL, the
 * smoke check tests the preview of the head commit. The newest deployment of that commit that is
 * not production wins (https://docs.github.com/rest/deployments/deployments#list-deployments).
 */
import type { GitHubClient } from './create-octokit.js';

export type PreviewDeployment =
  | { state: 'ready'; url: string; environment: string }
  | { state: 'pending'; environment: string }
  | { state: 'failed'; environment: string; status: string }
  | { state: 'none' };

const WAITING = new Set(['pending', 'queued', 'in_progress']);

export async function findPreviewDeployment(octokit: GitHubClient, repository: { owner: string; repo: string }, sha: string): Promise<PreviewDeployment> {
  const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repository, sha, per_page: 30 });
  const preview = deployments.find((deployment) => deployment.production_environment !== true);
  if (!preview) return { state: 'none' };
  const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repository, deployment_id: preview.id, per_page: 10 });
  const latest = statuses[0];
  const environment = preview.environment;
  if (!latest || WAITING.has(latest.state)) return { state: 'pending', environment };
  const url = latest.environment_url || latest.target_url;
  if (latest.state === 'success' && url) return { state: 'ready', url, environment };
  return { state: 'failed', environment, status: latest.state };
}
