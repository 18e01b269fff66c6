/**
 * `launch-ready status-page --history FILE --out DIR`: the page written where GitHub Pages can
 * publish it, the deploys read from the deployments API (the local REST stand-in) when a
 * repository and a token are given, and a bad history file a located usage error. A secret that a
 * careless monitor stored beside a target (its headers) never reaches the page or the Markdown.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { statusPageCommand } from '../../../src/cli/status-page-command.js';
import { ConfigError } from '../../../src/errors.js';
import { silentLogger } from '../../../src/logger.js';
import { buildStatusView } from '../../../src/monitor/status-page/build-status-view.js';
import { renderStatusHtml } from '../../../src/monitor/status-page/render-status-html.js';
import { renderStatusMarkdown } from '../../../src/monitor/status-page/render-status-markdown.js';
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js';
import { sampleHistory } from './sample-history.js';

const PLANTED = 'hdr-PlantedMonitorHeader9Vt2Qs7Lx';
const savedEnv = { ...process.env };
let dir: string;
let api: GitHubApiServer;
let stdout: string;
const io = { stdout: (text: string) => void (stdout += text), logger: silentLogger, color: false };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'status-cmd-'));
  stdout = '';
  api = await startGitHubApiServer({ writeTokens: [] });
});
afterEach(async () => {
  process.env = { ...savedEnv };
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

test('writes index.html and .nojekyll into the folder, and prints the page path', async () => {
  await writeFile(join(dir, 'history.json'), JSON.stringify(sampleHistory()));
  delete process.env.GITHUB_TOKEN;
  const code = await statusPageCommand({ name: 'status-page', history: join(dir, 'history.json'), out: join(dir, 'site') }, io);
  expect(code).toBe(0);
  expect(stdout).toBe(`${join(dir, 'site', 'index.html')}\n`);
  expect(await readFile(join(dir, 'site', 'index.html'), 'utf8')).toContain('91.66%');
  expect(await readFile(join(dir, 'site', '.nojekyll'), 'utf8')).toBe('');
});

test('with --repo and a token, the deploys come from the deployments API', async () => {
  api.deployments.push({ id: 7, sha: 'd'.repeat(40), ref: 'v2.0.0', created_at: '2026-12-07T11:00:00Z', environment: 'production', statuses: [{ state: 'success', environment_url: 'https://shop.example.com' }] });
  await writeFile(join(dir, 'history.json'), JSON.stringify(sampleHistory()));
  Object.assign(process.env, { GITHUB_TOKEN: 'read-token', GITHUB_API_URL: api.url });
  await statusPageCommand({ name: 'status-page', history: join(dir, 'history.json'), out: dir, repository: 'acme/shop' }, io);
  const page = await readFile(join(dir, 'index.html'), 'utf8');
  expect(page).toContain('v2.0.0');
  expect(page).not.toContain('v1.4.1');
  expect(api.requests.map((request) => request.path.split('?')[0])).toEqual(['/repos/acme/shop/deployments', '/repos/acme/shop/deployments/7/statuses']);
});

test.each([
  ['missing', undefined, /history\.json: cannot read the history file \(ENOENT\)/],
  ['corrupt', '{"targets": [', /history\.json: not valid JSON/]
])('a %s history file is a located usage error', async (_title, text, message) => {
  if (text !== undefined) await writeFile(join(dir, 'history.json'), text);
  const written = statusPageCommand({ name: 'status-page', history: join(dir, 'history.json'), out: dir }, io);
  await expect(written).rejects.toThrow(ConfigError);
  await expect(statusPageCommand({ name: 'status-page', history: join(dir, 'history.json'), out: dir }, io)).rejects.toThrow(message);
});

test('a header value stored beside a target reaches neither the page nor the Markdown', () => {
  const history = sampleHistory();
  Object.assign(history.targets[0]!, { headers: { authorization: `Bearer ${PLANTED}` } });
  const view = buildStatusView(JSON.parse(JSON.stringify(history)));
  expect(renderStatusHtml(view)).not.toContain(PLANTED);
  expect(renderStatusMarkdown(view)).not.toContain(PLANTED);
});
