// Printing for the accuracy benchmark: per-tool tables of one corpus's scores, recall broken
// down by a label field, false positives by kind and rule, and the real-code figures.
import { table } from './tools.mjs';

export const fixed = (value, digits) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
export const shortName = (name) => name.split(' ')[0];

/** One row per tool: TP, FN, FP, recall, precision, FP per MB of the corpus, wall time, RSS. */
export function printScores(results, megabytes) {
  table(
    ['tool', 'TP', 'FN', 'FP', 'recall', 'precision', 'FP/MB', 'wall s', 'peak RSS MB'],
    results.map(({ name, outcome, score: s, error }) =>
      error
        ? [name, `not run: ${error}`]
        : [name, s.tp, s.fn, s.fp, fixed(s.recall, 3), fixed(s.precision, 3), fixed(s.fp / megabytes, 2), fixed(outcome.run.wallMs / 1000, 1), fixed(outcome.run.peakRssMb, 0)]
    )
  );
}

/** Recall per value of `keyOf(label)`, every scored tool side by side (hits/planted). */
export function printRecallBy(title, scored, keyOf) {
  if (scored.length === 0) return;
  const rows = [...scored[0].score.recallBy(keyOf)].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  console.log(`\n${title}:`);
  table(
    ['', ...scored.map((result) => shortName(result.name))],
    rows.map(([value]) => [value, ...scored.map((result) => {
      const [hits, planted] = result.score.recallBy(keyOf).get(value);
      return `${hits}/${planted} ${fixed(hits / planted, 2)}`;
    })])
  );
}

/** False positives by what was on the line and by rule; with `verbose`, each FP and FN. */
export function printFalsePositives(scored, { verbose = false, fnLabel = (fn) => fn.provider } = {}) {
  console.log('\nfalse positives by what was on the line:');
  for (const result of scored) {
    const parts = [...result.score.fpByKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`);
    console.log(`  ${result.name}: ${parts.length ? parts.join(', ') : 'none'}`);
    const rules = [...result.score.fpByRule].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([rule, n]) => `${rule} ${n}`);
    if (rules.length) console.log(`    by rule: ${rules.join(', ')}`);
    if (!verbose) continue;
    for (const fp of result.score.fpList.slice(0, 60)) console.log(`    FP ${fp.file}:${fp.line} ${fp.ruleId} (${fp.kind})`);
    for (const fn of result.score.fnList.slice(0, 200)) console.log(`    FN ${fn.file}:${fn.line} ${fnLabel(fn)}`);
  }
}

/** Real code: every finding is a false positive; FP per MB, then the rules and files behind them. */
export function printRealCode(results, megabytes) {
  table(
    ['tool', 'findings', 'lines', 'FP/MB', 'wall s', 'MB/s', 'peak RSS MB'],
    results.map(({ name, outcome, lines, error }) =>
      error
        ? [name, `not run: ${error}`]
        : [name, outcome.detections.length, lines, fixed(lines / megabytes, 3), fixed(outcome.run.wallMs / 1000, 1), fixed(megabytes / (outcome.run.wallMs / 1000), 1), fixed(outcome.run.peakRssMb, 0)]
    )
  );
  for (const { name, outcome } of results.filter((result) => result.outcome)) {
    if (outcome.detections.length === 0) continue;
    const top = (keyOf) => [...countLines(outcome.detections, keyOf)].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`  ${shortName(name)} top rules: ${top((d) => d.ruleId)}`);
    console.log(`  ${shortName(name)} top files: ${top((d) => d.file)}`);
  }
}

/** Distinct reported lines (file:line) of `detections`. */
export function distinctLines(detections) {
  return new Set(detections.map((d) => `${d.file}:${d.line}`)).size;
}

function countLines(detections, keyOf) {
  const seen = new Set();
  const counts = new Map();
  for (const d of detections) {
    const k = `${keyOf(d)}\u0000${d.file}:${d.line}`;
    if (seen.has(k)) continue;
    seen.add(k);
    counts.set(keyOf(d), (counts.get(keyOf(d)) ?? 0) + 1);
  }
  return counts;
}
