/** `launch-ready monitor` on a checkout: state in a local JSON file; a missing file is a fresh start, a corrupt one a warning and a fresh start. */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorCommand } from '../../src/cli/monitor-command.js';
import { parseCliArgs } from '../../src/cli/parse-cli-args.js';
import { recordingLogger } from '../../src/logger.js';
import { parseMonitorState } from '../../src/monitor/parse-monitor-state.js';
import { startHttpServer, type TestServer } from '../helpers/test-servers.js';

let app: TestServer;
let dir: string;
beforeAll(async () => {
  app = await startHttpServer((req, res) => res.writeHead(req.url === '/up' ? 200 : 503).end());
});
afterAll(() => app.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'monitor-cli-'));
  await writeFile(join(dir, 'launch-ready.yml'), ['smoke:', '  retries: 0', '  routes: [{ path: /up }, { path: /down }]', 'monitor: { history: 10 }'].join('\n'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function monitor() {
  const logger = recordingLogger();
  let out = '';
  const command = parseCliArgs(['monitor', '--cwd', dir, '--base-url', app.url]);
  if (command.name !== 'monitor') throw new Error('expected the monitor command');
  const code = await monitorCommand(command, { stdout: (text) => void (out += text), logger, color: false });
  return { code, out, logger };
}

const stateFile = () => join(dir, '.launch-ready/monitor-state.json');

test('a missing state is a fresh start without a warning; each run adds to the file', async () => {
  const first = await monitor();
  expect(first.code).toBe(0);
  expect(first.out).toContain('monitor: 2 targets, 1 down (GET /down); 0 alert(s) sent; state in .launch-ready/monitor-state.json');
  expect(first.logger.lines.filter((line) => line.startsWith('warning:'))).toEqual([]);
  await monitor();
  const state = parseMonitorState(await readFile(stateFile(), 'utf8'));
  expect(state.targets['route:GET /down']).toMatchObject({ up: false, consecutiveFailures: 2 });
  expect(state.incidents).toHaveLength(1);
});

test('a corrupt state file is a warning and a fresh start, then replaced', async () => {
  await mkdir(join(dir, '.launch-ready'));
  await writeFile(stateFile(), '{"version": 1, "targets": {"x": {"kind": "planet"}}, "incidents": []}');
  const run = await monitor();
  expect(run.code).toBe(0);
  expect(run.logger.lines).toContain(
    'warning: the monitor state .launch-ready/monitor-state.json is corrupt (targets["x"].kind: expected one of route, flow, host): starting fresh; it is replaced at the end of this run'
  );
  expect(parseMonitorState(await readFile(stateFile(), 'utf8')).targets['route:GET /down']!.consecutiveFailures).toBe(1);
});

test('each run writes the status page from the stored history: both routes, the down one said in words', async () => {
  await monitor();
  const run = await monitor();
  expect(run.out).toContain(`status page ${join(dir, '.launch-ready/status/index.html')}`);
  const page = await readFile(join(dir, '.launch-ready/status/index.html'), 'utf8');
  expect(page).toContain('GET /up');
  expect(page).toContain('GET /down');
  // Two runs, both failing for /down: 0% over every window; both passing for /up: 100%.
  expect(page).toMatch(/0(\.00)?\s*%/);
  expect(page).toMatch(/100(\.00)?\s*%/);
});
