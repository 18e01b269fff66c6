// PR-diff benchmark (`npm run bench:pr`): a throwaway git repository with a pull request of 1,000
// changed files (800 edited, 200 added; source, config and docs of real-world sizes, in 3 commits),
// scanned by the bundled action (`node dist/index.js`) as a `pull_request` run with no token and
// no comment. Prints the process time (user + system CPU of node and the git processes it starts,
// from bash's `times`) and the wall time of each run. Prints figures; asserts nothing.
//
// Environment: BENCH_RUNS (default 5), BENCH_PR_FILES (default 1000), LAUNCH_READY_DIST (default dist/).
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRandom } from '../corpus/prng.mjs';
import { LINE_SECRETS } from '../corpus/secret-values.mjs';
import { KIND_DIRS, KIND_FILE, assignment, baseName, makeBlocks, makeHostFile } from '../corpus/filler.mjs';
import { DIST, tempDir } from './tools.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const changedFiles = Number(process.env.BENCH_PR_FILES ?? 1000);
const EDITED_SHARE = 0.8;
const BASE_FILES = Math.round(changedFiles * 1.5);
const PLANTED_IN_PR = 12;
const KINDS = ['ts', 'ts', 'ts', 'js', 'js', 'py', 'go', 'yaml', 'json', 'md', 'sh', 'tf'];

const action = join(DIST, 'index.js');
if (!existsSync(action)) {
  console.error(`${action} is missing: run npm run build first`);
  process.exit(2);
}

const work = tempDir('pr-bench');
try {
  const repo = join(work, 'repo');
  const started = performance.now();
  const pr = buildRepository(repo);
  console.log(
    `PR fixture: ${pr.changed} changed files (${pr.edited} edited, ${pr.added} added) in ${pr.commits} commits, ` +
      `+${pr.addedLines} lines / ${(pr.addedBytes / 1e6).toFixed(2)} MB added; ${pr.baseFiles} files on the base branch ` +
      `(${(pr.headBytes / 1e6).toFixed(1)} MB at head); ${PLANTED_IN_PR} secrets planted in added lines; built in ${((performance.now() - started) / 1000).toFixed(1)} s`
  );

  const runnerTemp = join(work, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  const eventPath = join(work, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number: 42,
      pull_request: { number: 42, base: { ref: 'main', sha: pr.baseSha }, head: { ref: 'feature/bulk-change', sha: pr.headSha } },
      repository: { full_name: 'acme/app', name: 'app', owner: { login: 'acme' } }
    })
  );
  // Only what a runner sets for this step: nothing from this shell (no token, no real GITHUB_*).
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: repo,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: pr.headSha,
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: runnerTemp,
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary.md'),
    GITHUB_OUTPUT: join(runnerTemp, 'output.txt'),
    INPUT_COMMENT: 'false',
    INPUT_CHECKS: 'secrets',
    'INPUT_FAIL-ON': 'never',
    'INPUT_GITHUB-TOKEN': ''
  };

  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    writeFileSync(env.GITHUB_OUTPUT, '');
    // bash's `times` prints the CPU time of the children it waited for (node, and node's git children).
    const script = `start=$(date +%s%N); "${process.execPath}" "${action}" >"${join(work, 'stdout.txt')}" 2>&1; code=$?; end=$(date +%s%N); times; echo $(( (end - start) / 1000000 )) $code`;
    const out = execFileSync('bash', ['-c', script], { cwd: repo, env, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    const [user, sys] = lines[1].trim().split(/\s+/).map(parseBashTime);
    const [wallMs, code] = lines[2].split(' ').map(Number);
    samples.push({ cpuMs: user + sys, userMs: user, sysMs: sys, wallMs, code });
  }

  const report = readReport(join(runnerTemp, 'launch-ready', 'report.json'));
  const secrets = report?.results?.find((result) => result.check === 'secrets');
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const cpu = samples.map((s) => s.cpuMs);
  const wall = samples.map((s) => s.wallMs);
  console.log(`action (${action}), node ${process.version}, ${runs} runs, exit codes ${[...new Set(samples.map((s) => s.code))].join(',')}:`);
  for (const [i, s] of samples.entries()) console.log(`  run ${i + 1}: process time ${s.cpuMs} ms (user ${s.userMs} + sys ${s.sysMs}), wall ${s.wallMs} ms`);
  console.log(`  process time (user+sys, node + git children): median ${median(cpu)} ms, max ${Math.max(...cpu)} ms; wall median ${median(wall)} ms, max ${Math.max(...wall)} ms`);
  if (secrets) {
    const metrics = Object.entries(secrets.metrics ?? {}).map(([name, value]) => `${name} ${value}`).join(', ');
    console.log(`  secrets check: ${secrets.status}, ${secrets.findings.length} findings (${PLANTED_IN_PR} planted), duration ${secrets.durationMs} ms; metrics: ${metrics || 'none'}`);
    if (secrets.reason) console.log(`  reason: ${secrets.reason}`);
  } else {
    console.log(`  no report was written; action output:\n${readFileSync(join(work, 'stdout.txt'), 'utf8').slice(0, 2000)}`);
  }
  console.log(`issue 4 acceptance 5, figures only: ${changedFiles}-file PR, median process time ${median(cpu)} ms (goal < 2000 ms)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Builds base (main) and head (3 commits on a branch); returns the SHAs and sizes. */
function buildRepository(repo) {
  const rng = createRandom('launch-ready-pr-bench-v1');
  mkdirSync(repo, { recursive: true });
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Bench',
    GIT_AUTHOR_EMAIL: 'bench@example.invalid',
    GIT_COMMITTER_NAME: 'Bench',
    GIT_COMMITTER_EMAIL: 'bench@example.invalid',
    GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z'
  };
  const git = (...args) => execFileSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8', maxBuffer: 1e9 }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');

  const files = new Map();
  const used = new Set();
  const newFile = () => {
    const kind = rng.pick(KINDS);
    let path;
    do path = `${rng.pick(['svc-a', 'svc-b', 'web', 'lib', 'tools'])}/${rng.pick(KIND_DIRS[kind]) || 'root'}/${KIND_FILE[kind](baseName(rng))}`;
    while (used.has(path));
    used.add(path);
    const { head, blocks, tail } = makeHostFile(kind, rng, rng.range(40, 700));
    return { path, kind, lines: [...head, ...blocks.flat(), ...tail] };
  };
  for (let i = 0; i < BASE_FILES; i += 1) {
    const file = newFile();
    files.set(file.path, file);
  }
  writeAll(repo, files.values());
  git('add', '-A');
  git('commit', '-q', '-m', 'Base');
  const baseSha = git('rev-parse', 'HEAD');

  git('checkout', '-q', '-b', 'feature/bulk-change');
  const editedCount = Math.round(changedFiles * EDITED_SHARE);
  const addedCount = changedFiles - editedCount;
  const toEdit = rng.shuffle([...files.keys()]).slice(0, editedCount);
  const commits = 3;
  let addedLines = 0;
  let addedBytes = 0;
  const plantSlots = new Set(Array.from({ length: PLANTED_IN_PR }, (_, i) => Math.floor(((i + 0.5) * changedFiles) / PLANTED_IN_PR)));
  let changeIndex = 0;
  const addLines = (lines) => {
    addedLines += lines.length;
    for (const line of lines) addedBytes += Buffer.byteLength(line) + 1;
  };
  for (let c = 0; c < commits; c += 1) {
    const touched = [];
    const editSlice = toEdit.slice(Math.floor((c * editedCount) / commits), Math.floor(((c + 1) * editedCount) / commits));
    for (const path of editSlice) {
      const file = files.get(path);
      const hunks = rng.range(1, 4);
      for (let h = 0; h < hunks; h += 1) {
        const block = makeBlocks(file.kind, rng, rng.range(3, 30));
        // In the last hunk, so no later hunk of this file removes the planted line.
        if (plantSlots.has(changeIndex) && h === hunks - 1) {
          const secret = rng.pick(LINE_SECRETS);
          block.splice(rng.int(block.length + 1), 0, assignment(file.kind, rng, secret.name, secret.value(rng)));
        }
        const at = rng.int(file.lines.length + 1);
        const removed = rng.chance(0.3) ? rng.range(1, 5) : 0;
        file.lines.splice(at, removed, ...block);
        addLines(block);
      }
      touched.push(file);
      changeIndex += 1;
    }
    for (let i = Math.floor((c * addedCount) / commits); i < Math.floor(((c + 1) * addedCount) / commits); i += 1) {
      const file = newFile();
      if (plantSlots.has(changeIndex)) {
        const secret = rng.pick(LINE_SECRETS);
        file.lines.splice(rng.int(file.lines.length + 1), 0, assignment(file.kind, rng, secret.name, secret.value(rng)));
      }
      files.set(file.path, file);
      touched.push(file);
      addLines(file.lines);
      changeIndex += 1;
    }
    writeAll(repo, touched);
    git('add', '-A');
    git('commit', '-q', '-m', `Bulk change part ${c + 1}`);
  }
  const headSha = git('rev-parse', 'HEAD');
  const changed = git('diff', '--name-only', `${baseSha}...${headSha}`).split('\n').filter(Boolean).length;
  let headBytes = 0;
  for (const file of files.values()) headBytes += file.lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
  return { baseSha, headSha, changed, edited: editedCount, added: addedCount, commits, addedLines, addedBytes, baseFiles: BASE_FILES, headBytes };
}

function writeAll(repo, files) {
  for (const file of files) {
    const target = join(repo, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${file.lines.join('\n')}\n`);
  }
}

function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** `0m0.123s` → 123 */
function parseBashTime(text) {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  return match ? Math.round((Number(match[1]) * 60 + Number(match[2])) * 1000) : NaN;
}

