// Smoke check benchmark (`npm run bench:smoke`), issue 14 acceptance 6. Two figures:
// 1. the process time (user + system CPU, from GNU time) and wall time of
//    `node dist/cli.js run --checks smoke --format json --cwd DIR` on 50 routes and 5 flows of 3
//    steps, against a local app (smoke-app.mjs);
// 2. the HTTP client's own cost per request: the bundled client (createHttpClient from the chunk of
//    dist/ the CLI loads) against `http.request` with a keep-alive `http.Agent`, both in this
//    process, on the same app answering 200 bytes, one request at a time and 8 at a time.
// The app runs in a child process of its own, so its work never shares an event loop with the
// measured process: the CLI in (1), this process in (2). Runs the bundle: `npm run build` first.
// Prints figures; asserts nothing.
//
// Environment: BENCH_RUNS (CLI runs, default 7), BENCH_HTTP_REQUESTS (requests per measured round,
// default 2000), BENCH_HTTP_ROUNDS (default 5), LAUNCH_READY_DIST (default dist/). `--only cli` or
// `--only client` runs one half.
import { Buffer } from 'node:buffer';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { APP_FLOWS, APP_ROUTES } from './smoke-app.mjs';
import { DIST, REPO, measure, table, tempDir } from './tools.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const requests = Number(process.env.BENCH_HTTP_REQUESTS ?? 2000);
const WARMUP = 200;
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 5);
const CONCURRENCY = [1, 8];
const GOAL_MS = 2000;
const BASELINE = 'node:http + keep-alive Agent';
const CLIENT = 'launch-ready client';
const ROUTE_COUNT = Object.values(APP_ROUTES).reduce((sum, n) => sum + n, 0);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const cli = join(DIST, 'cli.js');
if (only !== undefined && only !== 'cli' && only !== 'client') {
  console.error(`--only takes cli or client, not ${only}`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run build\` first`);
  process.exit(1);
}

const started = performance.now();
const app = await startApp();
const work = tempDir('bench-smoke');
/** One line per figure: what, value, and the command that gives it again. */
const figures = [];
try {
  console.log(`app: node:http on 127.0.0.1:${app.port} in a child process (smoke-app.mjs); node ${process.version}, ${process.platform}/${process.arch}\n`);
  if (only !== 'client') await benchCli();
  if (only !== 'cli') await benchClient();
} finally {
  app.stop();
  rmSync(work, { recursive: true, force: true });
}
console.log('\nfigures, each with the command that reproduces it:');
for (const line of figures) console.log(`  ${line}`);
console.log(`bench:smoke finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);

// ————— 1. the CLI on 50 routes and 5 flows —————

async function benchCli() {
  const project = join(work, 'project');
  writeProject(project, app.port);
  const args = [cli, 'run', '--checks', 'smoke', '--format', 'json', '--cwd', project];
  const samples = [];
  for (let i = 0; i < runs; i += 1) samples.push(await runCli(args, project));
  const startup = [];
  for (let i = 0; i < 3; i += 1) startup.push(await measure(process.execPath, [cli, '--version'], { cwd: project, timeoutMs: 60_000 }));

  console.log(`launch-ready run --checks smoke, ${ROUTE_COUNT} routes and ${APP_FLOWS} flows of 3 steps, ${runs} runs (the first on a cold cache):`);
  for (const [i, s] of samples.entries()) {
    const cpu = s.cpuMs === undefined ? 'process time n/a (no GNU time)' : `process time ${Math.round(s.cpuMs)} ms (user ${Math.round(s.userMs)} + sys ${Math.round(s.sysMs)})`;
    console.log(`  run ${i + 1}: ${cpu}, wall ${Math.round(s.wallMs)} ms, peak RSS ${fixed(s.peakRssMb, 0)} MB, exit ${s.code}; smoke check ${s.checkMs ?? '?'} ms; ${s.summary}`);
  }
  const broken = samples.filter((s) => !s.clean);
  if (broken.length > 0) {
    console.log(`  WARNING: ${broken.length} of ${runs} runs did not pass all ${ROUTE_COUNT} routes and ${APP_FLOWS} flows with 0 findings; first: ${broken[0].problem}`);
  }
  const stat = (values) => (values.some((v) => v === undefined) ? ['–', '–', '–'] : [median(values), Math.min(...values), Math.max(...values)].map((v) => Math.round(v)));
  const cpu = stat(samples.map((s) => s.cpuMs));
  const startupCpu = stat(startup.map((s) => s.cpuMs));
  console.log('');
  table(
    ['ms (lower is better)', 'median', 'min', 'max'],
    [
      ['process time (user + sys)', ...cpu],
      ['  user', ...stat(samples.map((s) => s.userMs))],
      ['  sys', ...stat(samples.map((s) => s.sysMs))],
      ['wall time', ...stat(samples.map((s) => s.wallMs))],
      ['smoke check (report durationMs)', ...stat(samples.map((s) => s.checkMs))],
      ['node + CLI load (--version), process', ...startupCpu],
      ['node + CLI load (--version), wall', ...stat(startup.map((s) => s.wallMs))]
    ]
  );
  console.log(`  each run: node ${cli} run --checks smoke --format json --cwd <temp project>; time from ${samples[0].rssMethod === 'GNU time %M' ? "GNU time -f '%e %U %S %M'" : 'wall clock only'}`);
  console.log(`\nissue 14 acceptance 6, figures only: ${ROUTE_COUNT} routes and ${APP_FLOWS} flows, median process time ${cpu[0]} ms (goal < ${GOAL_MS} ms)\n`);
  figures.push(`CLI process time, ${ROUTE_COUNT} routes + ${APP_FLOWS} flows: median ${cpu[0]} ms, min ${cpu[1]}, max ${cpu[2]} (goal < ${GOAL_MS} ms) — npm run bench:smoke -- --only cli`);
  figures.push(`CLI wall time: median ${stat(samples.map((s) => s.wallMs))[0]} ms; of the process time, node + loading the CLI: ${startupCpu[0]} ms — npm run bench:smoke -- --only cli`);
}

/** One timed CLI run; its JSON report read back to say whether every route and flow passed. */
async function runCli(args, cwd) {
  const run = await measure(process.execPath, args, { cwd, timeoutMs: 120_000 });
  const sample = { ...run, clean: false, summary: '', problem: '' };
  let smoke;
  try {
    smoke = JSON.parse(run.stdout).results.find((result) => result.check === 'smoke');
  } catch {
    smoke = undefined;
  }
  if (!smoke) {
    sample.summary = `no smoke result (exit ${run.code})`;
    sample.problem = `${sample.summary}: ${run.stderr.trim().slice(0, 300) || run.stdout.slice(0, 300)}`;
    return sample;
  }
  const m = smoke.metrics ?? {};
  const routesPassed = (m.routes ?? 0) - (m.routesFailed ?? 0);
  const flowsPassed = (m.flows ?? 0) - (m.flowsFailed ?? 0);
  sample.checkMs = smoke.durationMs;
  sample.summary = `${routesPassed}/${m.routes} routes, ${flowsPassed}/${m.flows} flows passed, ${smoke.findings.length} findings (${smoke.status})`;
  sample.clean = routesPassed === ROUTE_COUNT && flowsPassed === APP_FLOWS && smoke.findings.length === 0;
  sample.problem = [sample.summary, ...smoke.findings.slice(0, 3).map((finding) => `${finding.ruleId}: ${finding.message}`), smoke.reason ?? ''].filter(Boolean).join('; ');
  return sample;
}

/** A folder with the config of every app route and flow; no git: `--checks smoke` runs smoke alone. */
function writeProject(dir, port) {
  const routes = [
    ...range(APP_ROUTES.pages).map((n) => `{ path: /page/${n}, expect: { status: 200, bodyContains: "Page ${n}" } }`),
    ...range(APP_ROUTES.apis).map((n) => `{ path: /api/${n}, expect: { contentType: application/json, json: { /status: ok } } }`),
    ...range(APP_ROUTES.redirects).map((n) => `{ path: /go/${n}, expect: { status: 200, finalUrl: /page/${n} } }`),
    ...range(APP_ROUTES.accounts).map((n) => `{ path: /account/${n}, private: true, expect: { status: 200 } }`)
  ];
  const flows = range(APP_FLOWS).map((n) =>
    [
      `    - name: form ${n}`,
      '      steps:',
      `        - { path: /flow/${n}/form, private: true, capture: { csrf: { regex: 'name="csrf" value="([^"]+)"' } } }`,
      `        - { path: /flow/${n}/submit, method: POST, json: { csrf: "\${csrf}" }, expect: { status: 201, json: { /status: created } } }`,
      `        - { path: /flow/${n}/done, expect: { status: 200, bodyContains: Thanks } }`
    ].join('\n')
  );
  const yaml = [
    'smoke:',
    `  baseUrl: http://127.0.0.1:${port}`,
    '  edge: { hsts: false }',
    '  routes:',
    ...routes.map((route) => `    - ${route}`),
    '  flows:',
    ...flows
  ].join('\n');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'launch-ready.yml'), `${yaml}\n`);
}

// ————— 2. the client's own cost per request —————

async function benchClient() {
  const { createHttpClient, source } = await loadClient();
  const undici = await import('undici');
  const url = `http://127.0.0.1:${app.port}/bytes`;
  const pool = Math.max(...CONCURRENCY);
  const agent = new Agent({ keepAlive: true, maxSockets: pool });
  const dispatcher = new undici.Agent({ connections: pool, pipelining: 1 });
  const client = createHttpClient({ connections: pool });
  let wrong = 0;
  const check = (status, bytes) => {
    if (status !== 200 || bytes !== 200) wrong += 1;
  };
  // The baseline first; undici alone (the version in node_modules, the one the bundle carries)
  // tells the library's share from the client's own: timings, body cap, error mapping.
  const modes = {
    [BASELINE]: async () => {
      const { status, body } = await rawGet(agent, url);
      check(status, body.length);
    },
    'undici.request, same Agent options': async () => {
      const { statusCode, body } = await undici.request(url, { dispatcher });
      check(statusCode, (await body.bytes()).length);
    },
    [CLIENT]: async () => {
      const response = await client.request({ method: 'GET', url, timeoutMs: 10_000 });
      check(response.status, response.body.length);
    }
  };
  const samples = new Map();
  try {
    for (let round = 0; round < ROUNDS; round += 1) {
      // Rotated, so no mode always runs first, on the coldest (or last, on the most used) heap.
      const names = Object.keys(modes);
      const order = names.map((_, i) => names[(i + round) % names.length]);
      for (const concurrency of CONCURRENCY) {
        for (const mode of order) {
          await timeRequests(modes[mode], WARMUP, concurrency);
          const key = `${mode}|${concurrency}`;
          samples.set(key, [...(samples.get(key) ?? []), await timeRequests(modes[mode], requests, concurrency)]);
        }
      }
    }
  } finally {
    agent.destroy();
    await dispatcher.destroy();
    await client.close();
  }

  console.log(`HTTP client overhead: GET of 200 bytes, ${requests} requests per round after ${WARMUP} warm-up, ${ROUNDS} rounds; in this process, the app in its own`);
  console.log(`  client: ${source}; CPU = user + sys of this process (process.cpuUsage) per request`);
  console.log('  best = the fastest round (the least disturbed by other work on the machine), median = the middle one');
  if (wrong > 0) console.log(`  WARNING: ${wrong} answers were not 200 with 200 bytes`);
  const rows = [];
  const reproduce = `BENCH_HTTP_REQUESTS=${requests} BENCH_HTTP_ROUNDS=${ROUNDS} npm run bench:smoke -- --only client`;
  for (const concurrency of CONCURRENCY) {
    const of = (mode) => {
      const list = samples.get(`${mode}|${concurrency}`);
      const wall = list.map((s) => s.wallUs);
      const cpu = list.map((s) => s.cpuUs);
      return { wallBest: Math.min(...wall), wallMedian: median(wall), cpuBest: Math.min(...cpu), cpuMedian: median(cpu) };
    };
    const keys = ['wallBest', 'wallMedian', 'cpuBest', 'cpuMedian'];
    for (const mode of Object.keys(modes)) {
      const s = of(mode);
      rows.push([mode, concurrency, ...keys.map((key) => s[key].toFixed(1)), fixed(1e6 / s.wallBest, 0)]);
    }
    const [raw, bare, ours] = Object.keys(modes).map(of);
    rows.push([`  ${CLIENT} − node:http`, concurrency, ...keys.map((key) => signed(ours[key] - raw[key])), '']);
    rows.push([`  ${CLIENT} − undici.request`, concurrency, ...keys.map((key) => signed(ours[key] - bare[key])), '']);
    figures.push(
      `client overhead per request at concurrency ${concurrency}, best rounds: ${signed(ours.wallBest - raw.wallBest)} µs wall, ${signed(ours.cpuBest - raw.cpuBest)} µs CPU vs node:http ` +
        `(client ${ours.wallBest.toFixed(1)} µs, node:http ${raw.wallBest.toFixed(1)} µs); ${signed(ours.wallBest - bare.wallBest)} µs wall, ` +
        `${signed(ours.cpuBest - bare.cpuBest)} µs CPU vs undici alone — ${reproduce}`
    );
  }
  console.log('');
  table(['µs per request (lower is better)', 'concurrency', 'wall best', 'wall median', 'CPU best', 'CPU median', 'req/s (best)'], rows);
}

/**
 * createHttpClient as the CLI runs it: exported by a chunk of the bundle (its name is hashed), else
 * bundled from src/ with scripts/bundle.mjs's options, as __tests__/http/bundled-client.test.ts does.
 */
async function loadClient() {
  const chunks = join(DIST, 'chunks');
  for (const name of existsSync(chunks) ? readdirSync(chunks) : []) {
    if (!name.endsWith('.js') || !/export\s*\{[^}]*\bcreateHttpClient\b/.test(readFileSync(join(chunks, name), 'utf8'))) continue;
    const loaded = await import(pathToFileURL(join(chunks, name)).href);
    if (typeof loaded.createHttpClient === 'function') return { createHttpClient: loaded.createHttpClient, source: `createHttpClient from ${join(DIST, 'chunks', name)}` };
  }
  const outdir = join(work, 'client-bundle');
  await build({
    entryPoints: [join(REPO, 'src', 'http', 'create-http-client.ts')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: "import { createRequire as __lrCreateRequire } from 'node:module'; const require = __lrCreateRequire(import.meta.url);" },
    logLevel: 'error'
  });
  const loaded = await import(pathToFileURL(join(outdir, 'create-http-client.js')).href);
  return { createHttpClient: loaded.createHttpClient, source: 'src/http/create-http-client.ts bundled by esbuild (no chunk of the dist exports it)' };
}

/** `total` requests, `concurrency` at a time: wall and CPU time of this process per request, in µs. */
async function timeRequests(send, total, concurrency) {
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        await send();
      }
    })
  );
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallUs: (wallMs * 1000) / total, cpuUs: (cpu.user + cpu.system) / total };
}

/** The baseline: one GET through node:http, the body read whole (as the client reads it). */
function rawGet(agent, url) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

// ————— helpers —————

/** smoke-app.mjs in a child process; resolves its port and a way to stop it. */
function startApp() {
  const child = fork(join(import.meta.dirname, 'smoke-app.mjs'), ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the benchmark app did not start within 10 s'));
    }, 10_000);
    child.once('error', reject);
    child.once('message', ({ port }) => {
      clearTimeout(timer);
      resolve({ port, stop: () => child.kill() });
    });
  });
}

function range(count) {
  return Array.from({ length: count }, (_, i) => i + 1);
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function fixed(value, digits) {
  return value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

function signed(value) {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
}
