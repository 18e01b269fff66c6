/** Counts as the report says them: by severity, the known (baselined) ones apart. */
import type { Finding } from '../../src/report/finding.js';
import { formatFindingCounts } from '../../src/report/format-values.js';

const finding = (severity: Finding['severity'], known = false): Finding =>
  ({ check: 'secrets', ruleId: 'r', severity, title: 't', message: 'm', fingerprint: 'f', ...(known ? { known } : {}) }) as Finding;

test.each([
  ['nothing', [], 'no findings'],
  ['by severity, most severe first', [finding('low'), finding('critical'), finding('low')], '1 critical · 2 low'],
  ['only known ones: not "no findings"', [finding('critical', true)], '1 known'],
  ['new and known', [finding('high'), finding('critical', true), finding('low', true)], '1 high · 2 known']
])('%s', (_name, findings, expected) => {
  expect(formatFindingCounts(findings)).toBe(expected);
});
