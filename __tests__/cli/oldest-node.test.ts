/**
 * The bundled CLI under the oldest Node that package.json's `engines` promises (issue 13: `env
 * init` crashed on Node 20 with `Map.groupBy is not a function`). `npm test` runs on the Node of
 * node_modules (24), so this looks for the older one on PATH outside node_modules — the system
 * Node of a CI runner — and skips, saying so, when there is none.
 */
import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync, realpathSync } from 'node:fs';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { createRepo } from '../helpers/git-repo.js';
import { copyEnvApp } from '../checks/env/drift/env-app.js';

const ENGINES = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
/** `>=20` → 20. */
const OLDEST_MAJOR = Number(/^>=\s*(\d+)/.exec(ENGINES)?.[1]);

/** A `node` on PATH, outside node_modules, whose major version is the oldest supported one. */
function findOldestNode(): string | undefined {
  const seen = new Set<string>();
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '' || dir.split(/[\\/]/).includes('node_modules')) continue;
    const candidate = join(dir, process.platform === 'win32' ? 'node.exe' : 'node');
    try {
      accessSync(candidate, constants.X_OK);
      const real = realpathSync(candidate);
      if (seen.has(real)) continue;
      seen.add(real);
      const version = execFileSync(real, ['--version'], { encoding: 'utf8' }).trim();
      if (Number(/^v(\d+)\./.exec(version)?.[1]) === OLDEST_MAJOR) return real;
    } catch {
      // Not there, or not runnable: try the next folder.
    }
  }
  return undefined;
}

const oldestNode = findOldestNode();
const describeOnOldest = oldestNode ? describe : describe.skip;
const title = oldestNode
  ? `the bundled CLI on Node ${OLDEST_MAJOR} (engines: ${ENGINES})`
  : `the bundled CLI on Node ${OLDEST_MAJOR} — SKIPPED: no Node ${OLDEST_MAJOR} binary on PATH outside node_modules (CI runners have one)`;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** What a crash prints: the CLI's bug banner or a V8 stack frame. */
const CRASH = /crashed|^\s+at /m;

describeOnOldest(title, () => {
  let dir: string;
  let cli: (args: string[], cwd: string) => Promise<CliRun>;

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(join(tmpdir(), 'launch-ready-oldest-node-')));
    // A fresh bundle of src/ with scripts/bundle.mjs's entries, splitting and target.
    await build({
      entryPoints: { cli: resolve('src/cli.ts'), 'scan-worker': resolve('src/checks/secrets/parallel/scan-worker-entry.ts') },
      outdir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: `node${OLDEST_MAJOR}`,
      banner: { js: "import { createRequire as __lrCreateRequire } from 'node:module'; const require = __lrCreateRequire(import.meta.url);" },
      logLevel: 'error'
    });
    cli = (args, cwd) =>
      new Promise((done) => {
        execFile(oldestNode ?? '', [join(dir, 'cli.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } }, (error, stdout, stderr) => {
          done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
        });
      });
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('env init writes the schema', async () => {
    const app = await copyEnvApp();
    try {
      const result = await cli(['env', 'init', '--cwd', app.dir, '--output', '-'], app.dir);
      expect(result.stderr).not.toMatch(CRASH);
      expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('DATABASE_URL:') });
    } finally {
      await app.cleanup();
    }
  });

  test('run: 1 on the fixture app with its missing production variables, 0 with --fail-on never', async () => {
    const app = await copyEnvApp();
    try {
      const failed = await cli(['run', '--checks', 'env', '--environment', 'production'], app.dir);
      expect(failed.stderr).not.toMatch(CRASH);
      expect(failed).toMatchObject({ code: 1, stdout: expect.stringContaining('Required env var missing — DATABASE_URL') });
      const passed = await cli(['run', '--checks', 'env', '--environment', 'production', '--fail-on', 'never'], app.dir);
      expect(passed.stderr).not.toMatch(CRASH);
      expect(passed.code).toBe(0);
    } finally {
      await app.cleanup();
    }
  });

  test('secrets scan: 1 with a live key in a tracked file, 0 without (scan workers included)', async () => {
    const repo = await createRepo();
    try {
      await repo.write('README.md', '# nothing to see\n');
      await repo.git(['add', '-A']);
      const clean = await cli(['secrets', 'scan', '.'], repo.dir);
      expect(clean.stderr).not.toMatch(CRASH);
      expect(clean.code).toBe(0);
      await repo.write('pay.js', `const key = "sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}";\n`);
      await repo.git(['add', '-A']);
      const leaky = await cli(['secrets', 'scan', '.'], repo.dir);
      expect(leaky.stderr).not.toMatch(CRASH);
      expect(leaky).toMatchObject({ code: 1, stdout: expect.stringContaining('pay.js:1') });
    } finally {
      await repo.cleanup();
    }
  });

  test('demo runs the gate and exits 0: secrets and env, and a note instead of the smoke test (undici needs Node 22.19)', async () => {
    const result = await cli(['demo', '--format', 'json'], dir);
    expect(result.stderr).not.toMatch(CRASH);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: the demo's smoke test needs Node\.js 22\.19 or newer \(this is [\d.]+\); showing secrets and env only\n$/);
    const report = JSON.parse(result.stdout) as { gate: { exitCode: number }; results: Array<{ check: string; status: string }> };
    expect(report.gate.exitCode).toBe(1);
    expect(report.results.map((check) => `${check.check} ${check.status}`).sort()).toEqual(['domain skipped', 'env failed', 'monitor skipped', 'perf skipped', 'secrets failed', 'smoke skipped']);
  });
});
