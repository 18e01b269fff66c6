/** The built-in store on GitHub: files in the commit at `refs/launch-ready/state`, against the REST stand-in's Git database. */
import { createHash } from 'node:crypto';
import { createOctokit, type GitHubClient } from '../../src/github/create-octokit.js';
import { createGitRefStore } from '../../src/github/git-ref-store.js';
import { recordingLogger } from '../../src/logger.js';
import { expectNotLeaked } from '../checks/secrets/fake-secrets.js';
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js';

const WRITE_TOKEN = ['ghs', '_', 'Wr1t'.repeat(9)].join('');
const READ_TOKEN = ['ghs', '_', 'R3ad'.repeat(9)].join('');
const REF = 'refs/launch-ready/state';
const repository = { owner: 'acme', repo: 'shop' };

let api: GitHubApiServer;
let logger: ReturnType<typeof recordingLogger>;
beforeEach(async () => {
  api = await startGitHubApiServer({ writeTokens: [WRITE_TOKEN] });
  logger = recordingLogger();
});
afterEach(async () => {
  expectNotLeaked(logger.lines.join('\n'), [WRITE_TOKEN, READ_TOKEN]);
  await api.close();
});

const octokit = (token = WRITE_TOKEN) => createOctokit({ token, baseUrl: api.url, logger });
const storeFor = (client: GitHubClient = octokit(), writable = true) => createGitRefStore(client, repository, { writable, logger });
const calls = () => api.requests.map((request) => `${request.method} ${request.path}`);
/** Octokit's request log (one warning per failed request, from create-octokit), set apart from ours. */
const REQUEST_LOG = /^warning: (GET|POST|PATCH) \/repos\/acme\/shop\/git\/\S+ - \d{3} with id \S+ in \d+ms$/;
const ourLines = () => logger.lines.filter((line) => !REQUEST_LOG.test(line));
const commitAt = (sha: string) => api.git.objects.get(sha) as { type: 'commit'; parents: string[]; message: string };

test('an empty repository: nothing recorded yet, no warning, nothing written', async () => {
  const store = storeFor();
  expect(store.describe('perf-baseline.json')).toBe('refs/launch-ready/state:perf-baseline.json');
  expect(await store.read('perf-baseline.json')).toBeUndefined();
  expect(calls()).toEqual(['GET /repos/acme/shop/git/matching-refs/launch-ready%2Fstate']);
  expect(logger.lines).toEqual([]);
});

test('a write is a blob, a tree, a commit and a new ref; a read walks ref → commit → tree → blob', async () => {
  const text = `${JSON.stringify({ schemaVersion: 1, note: 'p95 ≤ 200 ms — ünïcode' })}\n${'x'.repeat(300_000)}`;
  const store = storeFor();
  await store.write!('perf-baseline.json', text);
  const written = calls().slice(1); // after the read that found no ref
  const blobSha = createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0`).update(text).digest('hex');
  expect(written).toEqual(['POST /repos/acme/shop/git/blobs', 'POST /repos/acme/shop/git/trees', 'POST /repos/acme/shop/git/commits', 'POST /repos/acme/shop/git/refs']);
  expect(JSON.parse(api.requests[1]!.body!)).toEqual({ content: text, encoding: 'utf-8' });
  expect(JSON.parse(api.requests[2]!.body!)).toEqual({ tree: [{ path: 'perf-baseline.json', mode: '100644', type: 'blob', sha: blobSha }] });
  expect(JSON.parse(api.requests[4]!.body!)).toEqual({ ref: REF, sha: api.git.refs.get(REF) });
  expect(commitAt(api.git.refs.get(REF)!)).toMatchObject({ parents: [], message: 'launch-ready: record perf-baseline.json' });

  api.requests.length = 0;
  expect(await storeFor(octokit(READ_TOKEN), false).read('perf-baseline.json')).toBe(text);
  expect(calls().map((call) => call.replace(/[0-9a-f]{40}/, '<sha>'))).toEqual([
    'GET /repos/acme/shop/git/matching-refs/launch-ready%2Fstate',
    'GET /repos/acme/shop/git/commits/<sha>',
    'GET /repos/acme/shop/git/trees/<sha>?recursive=true',
    'GET /repos/acme/shop/git/blobs/<sha>'
  ]);
  expect(logger.lines).toEqual([]);
});

test('keys share the ref: each write keeps the others, moves the ref forward and has the previous commit as parent', async () => {
  const store = storeFor();
  await store.write!('perf-baseline.json', 'one');
  const first = api.git.refs.get(REF)!;
  await store.write!('smoke/state.json', 'two');
  const second = api.git.refs.get(REF)!;
  await store.write!('perf-baseline.json', 'three');

  expect(commitAt(second).parents).toEqual([first]);
  expect(commitAt(api.git.refs.get(REF)!).parents).toEqual([second]);
  expect(api.requests.filter((request) => request.method === 'PATCH').map((request) => JSON.parse(request.body!))).toEqual([
    { sha: second, force: false },
    { sha: api.git.refs.get(REF), force: false }
  ]);
  expect(JSON.parse(api.requests.filter((request) => request.path.endsWith('/git/trees')).at(-1)!.body!)).toHaveProperty('base_tree');
  expect(await store.read('perf-baseline.json')).toBe('three');
  expect(await store.read('smoke/state.json')).toBe('two');
  expect(await store.read('missing.json')).toBeUndefined();
  expect(api.git.readFile(REF, 'smoke/state.json')).toBe('two');
  expect(logger.lines).toEqual([]);
});

test('a read-only store has no write; a read-only token that tries is a warning, not a throw', async () => {
  expect(storeFor(octokit(), false).write).toBeUndefined();
  await expect(storeFor(octokit(READ_TOKEN), true).write!('perf-baseline.json', 'x')).resolves.toBeUndefined();
  expect(api.git.refs.size).toBe(0);
  expect(ourLines()).toEqual([
    'warning: could not record refs/launch-ready/state:perf-baseline.json (403: Resource not accessible by integration - https://docs.github.com/rest/git — recording needs `permissions: contents: write` in the workflow): kept the previous state'
  ]);
});

test('a blob that keeps failing (500, after Octokit retries) is a warning and no text', async () => {
  await storeFor().write!('perf-baseline.json', 'kept');
  api.fail({ method: 'GET', path: /\/git\/blobs\//, status: 500 });
  expect(await storeFor(octokit(READ_TOKEN), false).read('perf-baseline.json')).toBeUndefined();
  expect(api.requests.filter((request) => request.path.includes('/git/blobs/'))).toHaveLength(3);
  expect(ourLines()).toEqual([
    'warning: could not read refs/launch-ready/state:perf-baseline.json (500: Server Error - https://docs.github.com/rest): treated as not recorded yet'
  ]);
});

test('a token that may not read the repository (403) is a warning and no text', async () => {
  api.fail({ method: 'GET', path: /\/git\/matching-refs\//, status: 403 });
  expect(await storeFor(octokit(READ_TOKEN), false).read('perf-baseline.json')).toBeUndefined();
  expect(ourLines()).toEqual([
    'warning: could not read refs/launch-ready/state:perf-baseline.json (403: Resource not accessible by integration - https://docs.github.com/rest — the token needs `contents: read`): treated as not recorded yet'
  ]);
});

test('a ref another run moved between our read and our update: recorded again on top of its commit', async () => {
  await storeFor().write!('perf-baseline.json', 'base');
  const racing = octokit();
  let raced = false;
  racing.hook.before('request', async (options) => {
    if (options.method !== 'PATCH' || raced) return;
    raced = true;
    await storeFor().write!('other.json', 'theirs');
  });
  const theirs = () => api.requests.filter((request) => request.method === 'PATCH')[0]!;
  await storeFor(racing).write!('perf-baseline.json', 'ours');

  const patches = api.requests.filter((request) => request.method === 'PATCH').map((request) => JSON.parse(request.body!).sha as string);
  expect(patches).toHaveLength(3); // theirs, our refused one, our retry
  expect(commitAt(api.git.refs.get(REF)!).parents).toEqual([JSON.parse(theirs().body!).sha]);
  expect([api.git.readFile(REF, 'perf-baseline.json'), api.git.readFile(REF, 'other.json')]).toEqual(['ours', 'theirs']);
  expect(ourLines()).toEqual([
    'info: refs/launch-ready/state moved while recording perf-baseline.json (422: Update is not a fast forward - https://docs.github.com/rest/git): recording again on top of it'
  ]);
});

test('retries once only: a second refusal is a warning and the ref stays', async () => {
  await storeFor().write!('perf-baseline.json', 'base');
  const before = api.git.refs.get(REF);
  api.fail({ method: 'PATCH', path: /\/git\/refs\//, status: 422 });
  await storeFor().write!('perf-baseline.json', 'new');
  expect(api.requests.filter((request) => request.method === 'PATCH')).toHaveLength(2);
  expect(api.git.refs.get(REF)).toBe(before);
  expect(ourLines().at(-1)).toMatch(/^warning: could not record refs\/launch-ready\/state:perf-baseline\.json \(422: .*\): kept the previous state$/);
});
