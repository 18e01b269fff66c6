/**
 * The repository's recent deploys for the status page, read from the deployments API: each
 * deployment's time, environment and ref, and the URL its latest successful status reports
 * (https://docs.github.com/rest/deployments/deployments#list-deployments, newest first).
 */
import type { StatusDeploy } from '../monitor/status-page/status-history.js';
import type { GitHubClient } from './create-octokit.js';

/** Deploys read; the page shows at most ten. Default 10. */
export async function listRecentDeployments(octokit: GitHubClient, repository: { owner: string; repo: string }, options: { limit?: number; environment?: string } = {}): Promise<StatusDeploy[]> {
  const limit = options.limit ?? 10;
  const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repository, per_page: limit, ...(options.environment ? { environment: options.environment } : {}) });
  return Promise.all(
    deployments.slice(0, limit).map(async (deployment) => {
      const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repository, deployment_id: deployment.id, per_page: 10 });
      const success = statuses.find((status) => status.state === 'success');
      const url = success?.environment_url || success?.target_url || undefined;
      return { at: deployment.created_at, environment: deployment.environment, ref: deployment.ref, ...(url ? { url } : {}) };
    })
  );
}
