/** The PR files API through Octokit's paginator, against the REST stand-in's GitHub-style `Link` pages. */
import { createOctokit } from '../../src/github/create-octokit.js';
import { listPullRequestFiles } from '../../src/github/list-pull-request-files.js';
import { recordingLogger } from '../../src/logger.js';
import { expectNotLeaked, FAKE } from '../checks/secrets/fake-secrets.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';

const TOKEN = ['ghs', '_', 'L1st'.repeat(9)].join('');
const PR = 7;
const target = { owner: 'acme', repo: 'shop', pullNumber: PR };
const FILES_PATH = `/repos/acme/shop/pulls/${PR}/files`;

let api: GitHubApiServer;
let logger: ReturnType<typeof recordingLogger>;
beforeEach(async () => {
  api = await startGitHubApiServer({ writeTokens: [] });
  logger = recordingLogger();
});
afterEach(() => api.close());

const list = () => listPullRequestFiles(createOctokit({ token: TOKEN, baseUrl: api.url, logger }), target);
const filesRequests = () => api.requests.filter((request) => request.path.startsWith(FILES_PATH)).map((request) => request.path);

/** `count` files as GitHub lists them, with the fields we drop. */
function githubFiles(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    sha: index.toString(16).padStart(40, '0'),
    filename: `src/file-${String(index).padStart(3, '0')}.ts`,
    status: index % 3 === 0 ? 'added' : 'modified',
    additions: 1,
    deletions: 0,
    changes: 1,
    blob_url: `https://github.test/acme/shop/blob/x/src/file-${index}.ts`,
    patch: `@@ -0,0 +1 @@\n+export const n${index} = ${index};`
  }));
}

test.each([
  [250, [`${FILES_PATH}?per_page=100`, `${FILES_PATH}?per_page=100&page=2`, `${FILES_PATH}?per_page=100&page=3`]],
  [100, [`${FILES_PATH}?per_page=100`]],
  [101, [`${FILES_PATH}?per_page=100`, `${FILES_PATH}?per_page=100&page=2`]],
  [0, [`${FILES_PATH}?per_page=100`]]
])('%i files: every page, 100 at a time, in order', async (count, pages) => {
  api.pullFiles.set(PR, githubFiles(count));
  const files = await list();
  expect(files).toHaveLength(count);
  expect(files.map((file) => file.filename)).toEqual(githubFiles(count).map((file) => file.filename));
  expect(filesRequests()).toEqual(pages);
  expect(api.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
  expect(logger.lines).toEqual([]);
});

test('keeps filename, status and patch only; a file GitHub sends no patch for has none; names stay as GitHub gave them', async () => {
  const hostile = 'docs/a|b `x` <script>\n.md';
  api.pullFiles.set(PR, [
    { filename: 'logo.png', status: 'added' },
    { filename: hostile, status: 'renamed', patch: `@@ -1 +1 @@\n-a\n+token=${FAKE.githubClassic}` },
    { filename: 'old.ts', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' }
  ]);
  expect(await list()).toEqual([
    { filename: 'logo.png', status: 'added', patch: undefined },
    { filename: hostile, status: 'renamed', patch: `@@ -1 +1 @@\n-a\n+token=${FAKE.githubClassic}` },
    { filename: 'old.ts', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' }
  ]);
  // The patch is data for the scanner, never a log line.
  expectNotLeaked(logger.lines.join('\n'), [FAKE.githubClassic, TOKEN]);
});

test('a page that fails with 500 once is retried and the list is complete', async () => {
  api.pullFiles.set(PR, githubFiles(250));
  api.fail({ path: /\/pulls\/7\/files\?.*page=2/, status: 500, times: 1 });
  expect(await list()).toHaveLength(250);
  expect(filesRequests().filter((path) => path.endsWith('page=2'))).toHaveLength(2);
});

type Failure = [name: string, setup: (api: GitHubApiServer) => void, status: number, tries: number];
const failures: Failure[] = [
  ['a token without access (403) is not retried', (server) => server.fail({ path: /\/pulls\/7\/files/, status: 403 }), 403, 1],
  ['a PR that does not exist (404) is not retried', () => {}, 404, 1],
  ['GitHub failing with 500 on page 2 is retried twice, then fails', (server) => server.fail({ path: /\/pulls\/7\/files\?.*page=2/, status: 500 }), 500, 3]
];

test.each(failures)('%s: rejects with the status for the caller to report', async (_name, setup, status, tries) => {
  if (status !== 404) api.pullFiles.set(PR, githubFiles(250));
  setup(api);
  const error: unknown = await list().then(
    () => undefined,
    (reason: unknown) => reason
  );
  expect(error).toMatchObject({ status });
  const failing = status === 500 ? filesRequests().filter((path) => path.endsWith('page=2')) : filesRequests();
  expect(failing).toHaveLength(tries);
  // Octokit redacts the token in the error it keeps; nothing we log or throw holds it.
  expectNotLeaked(`${String(error)}\n${JSON.stringify(error)}\n${logger.lines.join('\n')}`, [TOKEN]);
});
