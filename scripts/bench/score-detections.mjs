// Scores one tool's detections against a corpus's labels. A detection is a true positive when it
// reports a labelled secret's file and line (± 0), or one of the label's `alsoLines` (a key file
// reported at its first line); a reported line that is neither a secret's nor an ambiguous one
// (labelled, but left out of the score) is a false positive. Distinct file:line pairs are counted,
// so two rules on one line count once.

const key = (file, line) => `${file}:${line}`;

/**
 * `labels`: `{ positives: [{ file, line, provider, category?, shape?, source?, ruleId?, alsoLines? }],
 * negatives: [{ file, line, kind }], ambiguous?: [{ file, line }] }`. `detections`:
 * `[{ file, line, ruleId }]`. Returns counts, recall and precision, and their breakdowns.
 */
export function scoreDetections(labels, detections) {
  const positives = new Map(labels.positives.map((label) => [key(label.file, label.line), label]));
  const alsoKeys = new Set(labels.positives.flatMap((label) => (label.alsoLines ?? []).map((line) => key(label.file, line))));
  const negatives = new Map(labels.negatives.map((label) => [key(label.file, label.line), label]));
  const ambiguous = new Set((labels.ambiguous ?? []).map((label) => key(label.file, label.line)));
  const reported = new Map();
  for (const detection of detections) {
    const k = key(detection.file ?? '(no file)', detection.line ?? '?');
    if (!reported.has(k)) reported.set(k, []);
    reported.get(k).push(detection);
  }
  const found = [];
  const fnList = [];
  const ruleMismatches = [];
  for (const [k, label] of positives) {
    const hits = reported.get(k) ?? (label.alsoLines ?? []).map((line) => reported.get(key(label.file, line))).find(Boolean);
    if (!hits) {
      fnList.push(label);
      continue;
    }
    found.push(label);
    if (label.ruleId && !hits.some((d) => d.ruleId === label.ruleId)) ruleMismatches.push({ expected: label.ruleId, reported: hits.map((d) => d.ruleId).join('+') });
  }
  const fpList = [];
  for (const [k, hits] of reported) {
    if (positives.has(k) || alsoKeys.has(k) || ambiguous.has(k)) continue;
    fpList.push({ file: hits[0].file, line: hits[0].line, ruleId: [...new Set(hits.map((d) => d.ruleId))].join('+'), kind: negatives.get(k)?.kind ?? 'unlabelled line' });
  }
  const tp = found.length;
  const fp = fpList.length;
  return {
    tp,
    fn: positives.size - tp,
    fp,
    recall: tp / positives.size,
    precision: tp + fp === 0 ? NaN : tp / (tp + fp),
    found,
    fnList,
    fpList,
    ruleMismatches,
    /** `Map(value → [hits, planted])` over the positives, e.g. by provider or category. */
    recallBy: (keyOf) => {
      const out = new Map();
      for (const label of labels.positives) {
        const entry = out.get(keyOf(label)) ?? [0, 0];
        entry[1] += 1;
        out.set(keyOf(label), entry);
      }
      for (const label of found) out.get(keyOf(label))[0] += 1;
      return out;
    },
    fpByKind: countBy(fpList, (fp) => fp.kind),
    fpByRule: countBy(fpList.flatMap((fp) => fp.ruleId.split('+')), (ruleId) => ruleId)
  };
}

export function countBy(items, keyOf) {
  const counts = new Map();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}
