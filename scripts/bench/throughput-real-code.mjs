// The real-code half of `npm run bench:secrets` (issue 16, "Keep: speed"): launch-ready (default
// mode, no fingerprint key) and secretlint (preset-recommend) on the whole real-code corpus, the
// project's own node_modules (scripts/corpus/real-code.mjs), in the same run; MB/s, the ratio,
// and launch-ready's peak RSS. Prints figures; asserts nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureRealCodeCorpus } from '../corpus/real-code.mjs';
import { runLaunchReady, runSecretlint, secretlintVersion } from './tools.mjs';

/** Runs both tools on ~`megabytes` MB of node_modules and prints one line each and the goals. */
export async function benchRealCode({ megabytes, log }) {
  const corpus = ensureRealCodeCorpus({ megabytes, log });
  const mb = corpus.bytes / 1e6;
  console.log(`\nreal-code corpus: ${corpus.files} files of ${corpus.packages} packages from the project's node_modules, ${mb.toFixed(1)} MB (text files ≤ 1 MB, fixed order; list ${corpus.listHash}) in ${corpus.root}`);
  if (mb < megabytes - 1) console.log(`  note: that is all the text ≤ 1 MB this node_modules holds, short of BENCH_REALCODE_MB=${megabytes}`);
  warm(corpus.root);
  const results = [];
  for (const [name, run] of [
    ['launch-ready (default: no fingerprint key)', () => runLaunchReady(corpus.root, { timeoutMs: 900_000 })],
    [`secretlint ${secretlintVersion()} (preset-recommend)`, () => runSecretlint(corpus.root, { format: 'compact', timeoutMs: 1_800_000 })]
  ]) {
    process.stderr.write(`running ${name} on the real-code corpus…\n`);
    try {
      const outcome = await run();
      const wallS = outcome.run.wallMs / 1000;
      results.push({ name, mbps: mb / wallS, wallS, cpuS: outcome.run.cpuMs / 1000, rssMb: outcome.run.peakRssMb, findings: outcome.detections.length, code: outcome.run.code });
    } catch (error) {
      results.push({ name, error: error.message.split('\n')[0] });
    }
  }
  for (const r of results) {
    console.log(r.error ? `  ${r.name}: not run: ${r.error}` : `  ${r.name}: ${mb.toFixed(1)} MB in ${r.wallS.toFixed(2)} s wall = ${r.mbps.toFixed(1)} MB/s; CPU ${Number.isFinite(r.cpuS) ? `${r.cpuS.toFixed(2)} s (${(mb / r.cpuS).toFixed(1)} MB per CPU second)` : '–'}; peak RSS ${r.rssMb?.toFixed(0) ?? '–'} MB; ${r.findings} findings`);
  }
  const [lr, sl] = results;
  if (lr.mbps && sl.mbps) {
    console.log(`\nissue 16 "Keep: speed", figures only: on real code launch-ready ${lr.mbps.toFixed(1)} MB/s (goal ≥ 100) = ${(lr.mbps / sl.mbps).toFixed(1)}× secretlint's ${sl.mbps.toFixed(1)} MB/s (goal ≥ 6×; by CPU time ${(lr.cpuS && sl.cpuS ? (mb / lr.cpuS) / (mb / sl.cpuS) : NaN).toFixed(1)}×, a figure the other work on a shared machine disturbs less); peak RSS ${lr.rssMb?.toFixed(0) ?? '–'} MB (goal < 300 MB)`);
  }
}

/** Reads every file once, so both tools start from a warm page cache. */
function warm(root) {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) if (entry.isFile()) readFileSync(join(entry.parentPath, entry.name));
}
