/** The preview deployment of a commit, read from the REST stand-in's deployments and statuses. */
import { createOctokit } from '../../src/github/create-octokit.js';
import { findPreviewDeployment } from '../../src/github/find-preview-deployment.js';
import { silentLogger } from '../../src/logger.js';
import { startGitHubApiServer, type GitHubApiServer, type StoredDeployment } from '../helpers/github-api-server.js';

const SHA = 'c'.repeat(40);
const repository = { owner: 'acme', repo: 'shop' };
let api: GitHubApiServer;

beforeAll(async () => {
  api = await startGitHubApiServer({ writeTokens: [] });
});
afterAll(() => api.close());
afterEach(() => void (api.deployments.length = 0));

const find = () => findPreviewDeployment(createOctokit({ token: 't', baseUrl: api.url, logger: silentLogger }), repository, SHA);
const deployment = (overrides: Partial<StoredDeployment>): StoredDeployment => ({ id: 1, sha: SHA, environment: 'Preview', statuses: [], ...overrides });

test.each<[string, StoredDeployment[], unknown]>([
  ['no deployment of the commit', [deployment({ sha: 'd'.repeat(40) })], { state: 'none' }],
  ['only production', [deployment({ production_environment: true, statuses: [{ state: 'success', environment_url: 'https://shop.test' }] })], { state: 'none' }],
  ['created, no status yet', [deployment({})], { state: 'pending', environment: 'Preview' }],
  ['in progress', [deployment({ statuses: [{ state: 'queued' }, { state: 'in_progress' }] })], { state: 'pending', environment: 'Preview' }],
  ['ready, environment_url first', [deployment({ statuses: [{ state: 'pending' }, { state: 'success', environment_url: 'https://pr-7.shop.test', target_url: 'https://vercel.test/logs' }] })], { state: 'ready', url: 'https://pr-7.shop.test', environment: 'Preview' }],
  ['ready, target_url when it is all there is', [deployment({ statuses: [{ state: 'success', target_url: 'https://pr-7.shop.test' }] })], { state: 'ready', url: 'https://pr-7.shop.test', environment: 'Preview' }],
  ['failed', [deployment({ statuses: [{ state: 'failure' }] })], { state: 'failed', environment: 'Preview', status: 'failure' }],
  ['the newest preview wins', [deployment({ id: 1, statuses: [{ state: 'failure' }] }), deployment({ id: 2, statuses: [{ state: 'success', environment_url: 'https://new.shop.test' }] })], { state: 'ready', url: 'https://new.shop.test', environment: 'Preview' }]
])('%s', async (_name, deployments, expected) => {
  api.deployments.push(...deployments);
  expect(await find()).toEqual(expected);
  expect(api.requests.at(-1)?.path).toMatch(/^\/repos\/acme\/shop\/deployments/);
});
