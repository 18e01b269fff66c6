/**
 * The handover of a real run against a real local server, with secrets planted where a careless
 * renderer would leak them: a secret env var's value (which also fails its pattern, so the env
 * check reports on it), a secret request header from `${env.…}`, and a server that echoes that
 * header into a body the smoke check then quotes. None may reach the document; the names may.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { Context } from '../../src/context/context.js';
import { renderHandover } from '../../src/handover/render-handover.js';
import { createHttpClient } from '../../src/http/create-http-client.js';
import { silentLogger } from '../../src/logger.js';
import { run } from '../../src/run.js';
import { startHttpServer, type TestServer } from '../helpers/test-servers.js';

const SECRET_ENV_VALUE = 'sk_test_PlantedEnvValue7Qx2Lm9Vb4Nc';
const SECRET_HEADER_VALUE = 'hdr-PlantedHeaderValue3Kp8Wz1Rt6Yu';

const CONFIG = `
failOn: high
headers:
  x-api-key: \${env.API_KEY}
env:
  files: []
  vars:
    STRIPE_SECRET_KEY: { type: string, secret: true, required: true, pattern: "^sk_live_" }
    NEXT_PUBLIC_SITE: { type: string, public: true }
smoke:
  routes:
    - { path: / }
    - { path: /echo, expect: { bodyContains: "welcome" } }
perf:
  routes: ["/"]
  samples: 60
  warmup: 1
  budget: { p95: 2s }
`;

let server: TestServer;
let dir: string;
let document: string;

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    // The hostile echo: whatever key the client sent comes back in the body.
    if (req.url === '/echo') return res.writeHead(200, { 'content-type': 'text/plain' }).end(`you sent ${String(req.headers['x-api-key'])}`);
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
  });
  dir = await mkdtemp(join(tmpdir(), 'handover-'));
  await writeFile(join(dir, 'launch-ready.yml'), CONFIG);
  const config = await loadConfig({ workspace: dir });
  const context: Context = { eventName: 'local', kind: 'local', workspace: dir, requested: { baseUrl: server.url, environment: 'production' }, hasToken: false };
  const http = createHttpClient();
  try {
    const report = await run({
      config,
      context,
      checks: ['env', 'smoke', 'perf'],
      deps: { logger: silentLogger, clock: systemClock(), env: { STRIPE_SECRET_KEY: SECRET_ENV_VALUE, API_KEY: SECRET_HEADER_VALUE }, http }
    });
    document = renderHandover({ report, config, generatedAt: '2026-12-07T09:30:00.000Z' });
  } finally {
    await http.close();
  }
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

test('the header really was sent and echoed: the test would catch a leak', () => {
  expect(server.requests.some((request) => request.headers['x-api-key'] === SECRET_HEADER_VALUE)).toBe(true);
});

test('no planted secret, nor a telling piece of one, is in the document', () => {
  for (const secret of [SECRET_ENV_VALUE, SECRET_HEADER_VALUE]) {
    expect(document).not.toContain(secret);
    expect(document).not.toContain(secret.slice(-12));
  }
});

test('the document names the variables and the routes, with status and p95, from the run', () => {
  expect(document).toMatch(/\| STRIPE\\_SECRET\\_KEY \| secret \| every environment \|/);
  expect(document).toMatch(/\| NEXT\\_PUBLIC\\_SITE \| public \\\(reaches the browser\\\) \| optional \|/);
  expect(document).toMatch(/\| GET \/echo \| 200 \| [^|]+ \| ❌ \|/);
  expect(document).toMatch(/\| GET \/ \| 200 \| [^|]+ \| ✅ \| \d[\d,.]* ms \|/);
  expect(document).toContain('**Fix:**');
});
