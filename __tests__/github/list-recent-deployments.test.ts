/** The status page's deploys, read from the local GitHub REST stand-in through the real Octokit client. */
import { createOctokit } from '../../src/github/create-octokit.js';
import { listRecentDeployments } from '../../src/github/list-recent-deployments.js';
import { silentLogger } from '../../src/logger.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';

let api: GitHubApiServer;
beforeAll(async () => {
  api = await startGitHubApiServer({ writeTokens: [] });
  api.deployments.push(
    { id: 1, sha: 'a'.repeat(40), ref: 'v1.4.0', created_at: '2026-12-05T10:00:00Z', environment: 'production', statuses: [{ state: 'success', environment_url: 'https://shop.example.com' }] },
    { id: 2, sha: 'b'.repeat(40), ref: 'feature/x', created_at: '2026-12-06T10:00:00Z', environment: 'preview', statuses: [{ state: 'pending' }, { state: 'failure' }] },
    { id: 3, sha: 'c'.repeat(40), ref: 'v1.4.1', created_at: '2026-12-07T08:30:00Z', environment: 'production', statuses: [{ state: 'in_progress' }, { state: 'success', target_url: 'https://v141.shop.example.com' }] }
  );
});
afterAll(() => api.close());

test('newest first, each with its environment, ref and the URL of its successful status', async () => {
  const octokit = createOctokit({ token: 'read-token', baseUrl: api.url, logger: silentLogger });
  expect(await listRecentDeployments(octokit, { owner: 'acme', repo: 'shop' })).toEqual([
    { at: '2026-12-07T08:30:00Z', environment: 'production', ref: 'v1.4.1', url: 'https://v141.shop.example.com' },
    { at: '2026-12-06T10:00:00Z', environment: 'preview', ref: 'feature/x' },
    { at: '2026-12-05T10:00:00Z', environment: 'production', ref: 'v1.4.0', url: 'https://shop.example.com' }
  ]);
  expect(await listRecentDeployments(octokit, { owner: 'acme', repo: 'shop' }, { limit: 1 })).toHaveLength(1);
});
