// Env check benchmark (`npm run bench:env`), issue 5 acceptance 4: the process time (user + system
// CPU of node and the processes it starts, from bash's `times`, as in scripts/bench.mjs) of
// `launch-ready run --checks env` over 500 declared variables, a 5,000-file TS/JS/Python codebase
// and a production job's environment (scripts/corpus/env-corpus.mjs, generated once in the temp
// dir). Runs the bundle: `npm run build` first. Prints figures; asserts nothing.
// Environment: BENCH_RUNS (default 5), LAUNCH_READY_DIST (default dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureEnvCorpus } from '../corpus/env-corpus.mjs';
import { DIST, tempDir } from './tools.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const cli = join(DIST, 'cli.js');
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run build\` first`);
  process.exit(1);
}

const corpus = ensureEnvCorpus({ log: (line) => process.stderr.write(`${line}\n`) });
const s = corpus.summary;
console.log(
  `env corpus: ${s.vars} variables (${Object.entries(s.byType).map(([type, n]) => `${n} ${type}`).join(', ')}; ${s.secret} secret, ${s.public} public), ` +
    `${s.files} files (${Object.entries(s.byLanguage).map(([lang, n]) => `${n} ${lang}`).join(', ')}; ${(s.bytes / 1e6).toFixed(1)} MB, ` +
    `${s.references} env references, ${s.undeclaredReferenced} undeclared names), ${s.envValues} values in the process environment ` +
    `— ${corpus.cached ? 'cached' : 'generated'} in ${corpus.root}`
);
console.log(`node ${process.version}, ${process.platform}/${process.arch}; process time = user + system CPU of node and its children\n`);

const scratch = tempDir('bench-env');
try {
  // Asked in an empty folder first: a bundle older than the env check may also reject the corpus's config.
  const probe = runOnce(['run', '--cwd', scratch, '--checks', 'env', '--format', 'json']);
  if (probe.code === 2 && /unknown check "env"/.test(probe.stderr)) {
    console.log(`env check not available yet (${cli} has no \`env\` check; rebuild with \`npm run build\` once it is registered)`);
    process.exit(0);
  }
  const first = runOnce(['run', '--cwd', corpus.root, '--checks', 'env', '--format', 'json']);
  if (first.code !== 0 && first.code !== 1) {
    console.error(`launch-ready exited with ${first.code}:\n${first.stderr}`);
    process.exit(1);
  }
  const samples = [first];
  for (let i = 1; i < runs; i += 1) samples.push(runOnce(['run', '--cwd', corpus.root, '--checks', 'env', '--format', 'json']));
  const startup = Array.from({ length: 3 }, () => runOnce(['--version']));

  describeResult(first.stdout);
  const cpu = samples.map((sample) => sample.cpuMs);
  const wall = samples.map((sample) => sample.wallMs);
  console.log(`\nlaunch-ready run --checks env (${runs} runs, first one on a cold cache):`);
  console.log(`  process time: median ${median(cpu)} ms, min ${Math.min(...cpu)} ms, max ${Math.max(...cpu)} ms (each: ${cpu.join(', ')} ms)`);
  console.log(`  wall time:    median ${median(wall)} ms, min ${Math.min(...wall)} ms, max ${Math.max(...wall)} ms`);
  console.log(`  of which node start + loading the CLI (\`--version\`): median ${median(startup.map((sample) => sample.cpuMs))} ms process time`);
  console.log(`\nissue 5 acceptance 4, figures only: ${median(cpu)} ms median process time for ${s.vars} variables and ${s.files} files (goal < 1000 ms)`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** One run of the CLI in the corpus's environment: `{ code, cpuMs, wallMs, stdout, stderr }`. */
function runOnce(args) {
  const out = join(scratch, 'out.json');
  const err = join(scratch, 'err.txt');
  // bash's `times` prints its own CPU time, then that of the children it waited for (node, and git).
  const script = 'out=$1 err=$2; shift 2; start=$(date +%s%N); "$@" >"$out" 2>"$err"; code=$?; end=$(date +%s%N); times; echo "$code $(( (end - start) / 1000000 ))"';
  const result = spawnSync('bash', ['-c', script, 'bench', out, err, process.execPath, cli, ...args], {
    cwd: corpus.root,
    env: corpus.env,
    encoding: 'utf8'
  });
  const lines = result.stdout.trim().split('\n');
  const [user, sys] = lines[1].trim().split(/\s+/).map(parseBashTime);
  const [code, wallMs] = lines[2].split(' ').map(Number);
  return { code, cpuMs: user + sys, wallMs, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
}

/** What the env check reported, so the figure is known to cover real work. */
function describeResult(json) {
  const report = JSON.parse(json);
  const result = report.results.find((r) => r.check === 'env');
  if (!result) {
    console.log('the report has no env result');
    return;
  }
  const byRule = {};
  for (const finding of result.findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  const metrics = Object.entries(result.metrics).map(([name, value]) => `${name} ${value}`).join(', ');
  console.log(`env check: ${result.status}${result.reason ? ` (${result.reason})` : ''}; ${result.findings.length} findings`);
  if (Object.keys(byRule).length > 0) console.log(`  by rule: ${Object.entries(byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', ')}`);
  if (metrics) console.log(`  metrics: ${metrics}`);
  console.log(`  its own durationMs: ${result.durationMs} ms`);
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** `0m0.123s` → 123 */
function parseBashTime(text) {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  return match ? Math.round((Number(match[1]) * 60 + Number(match[2])) * 1000) : NaN;
}
