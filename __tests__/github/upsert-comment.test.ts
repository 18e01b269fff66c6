import { createOctokit } from '../../src/github/create-octokit.js';
import { upsertComment } from '../../src/github/upsert-comment.js';
import { recordingLogger } from '../../src/logger.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';

const MARKER = '<!-- launch-ready:comment -->';
const target = { owner: 'acme', repo: 'shop', issueNumber: 3 };
let api: GitHubApiServer;

beforeEach(async () => {
  api = await startGitHubApiServer({ writeTokens: ['w'], pageSize: 2 });
});
afterEach(() => api.close());

const octokit = (token = 'w') => createOctokit({ token, baseUrl: api.url, logger: recordingLogger() });
const bot = { login: 'github-actions[bot]', type: 'Bot' };

test('creates the comment once, then updates it in place, paging past other comments', async () => {
  api.comments.set(3, [1, 2, 3].map((id) => ({ id, body: `human ${id} ${MARKER}`, user: { login: 'h', type: 'User' } })));
  const first = await upsertComment(octokit(), target, `${MARKER}\none`, MARKER);
  const second = await upsertComment(octokit(), target, `${MARKER}\ntwo`, MARKER);
  expect(first.action).toBe('created');
  expect(second).toEqual({ action: 'updated', url: first.url });
  const ours = api.comments.get(3)!.filter((comment) => comment.body.startsWith(MARKER));
  expect(ours.map((comment) => comment.body)).toEqual([`${MARKER}\ntwo`]);
  expect(api.requests.some((request) => request.path.includes('page=2'))).toBe(true);
});

test('duplicates left by a race are removed, keeping the oldest', async () => {
  api.comments.set(3, [
    { id: 10, body: `${MARKER}\nold`, user: bot },
    { id: 11, body: `${MARKER}\nraced`, user: bot }
  ]);
  const result = await upsertComment(octokit(), target, `${MARKER}\nnew`, MARKER);
  expect(result.action).toBe('updated');
  expect(api.comments.get(3)).toEqual([{ id: 10, body: `${MARKER}\nnew`, user: bot }]);
});

test('a read-only token fails with the 403 status for the caller to turn into a warning', async () => {
  await expect(upsertComment(octokit('r'), target, `${MARKER}\nx`, MARKER)).rejects.toMatchObject({ status: 403 });
  expect(api.comments.get(3) ?? []).toEqual([]);
});
