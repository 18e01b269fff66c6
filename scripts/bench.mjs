// Cold-start benchmark: runs `node dist/cli.js demo` in fresh processes and prints the process time
// (user + system CPU, the node process and the git processes it starts) and the wall time of each,
// then the size of the committed bundle. A run includes all three checks of the demo: the secrets
// scan, env, and the smoke test of the sample app it serves over HTTPS in the same process (its
// certificate made each run). Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const runs = Number(process.env.BENCH_RUNS ?? 10);
const samples = [];
for (let i = 0; i < runs; i += 1) {
  // bash's `times` prints the CPU time of the children it waited for (node, and node's git children).
  const out = execFileSync('bash', ['-c', `start=$(date +%s%N); "${process.execPath}" dist/cli.js demo --format json >/dev/null; end=$(date +%s%N); times; echo $(( (end - start) / 1000000 ))`], { encoding: 'utf8' });
  const lines = out.trim().split('\n');
  const [user, sys] = lines[1].trim().split(/\s+/).map(parseBashTime);
  samples.push({ cpuMs: user + sys, wallMs: Number(lines[2]) });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cpu = samples.map((s) => s.cpuMs);
const wall = samples.map((s) => s.wallMs);
console.log(`cold demo run (${runs} runs, node ${process.version}): process time median ${median(cpu)} ms, max ${Math.max(...cpu)} ms; wall median ${median(wall)} ms, max ${Math.max(...wall)} ms`);

const files = readdirSync('dist', { recursive: true }).filter((name) => name.endsWith('.js'));
const total = files.reduce((sum, name) => sum + statSync(join('dist', name)).size, 0);
console.log(`bundle: ${files.length} files in dist/, ${(total / 1024).toFixed(1)} KiB of JavaScript`);

/** `0m0.123s` → 123 */
function parseBashTime(text) {
  const match = /^(\d+)m([\d.]+)s$/.exec(text);
  return match ? Math.round((Number(match[1]) * 60 + Number(match[2])) * 1000) : NaN;
}
