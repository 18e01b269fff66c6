/** Known (baselined) findings, confidence, history commits and suppression hints in every renderer. */
import { renderComment } from '../../src/report/render-comment.js';
import { parseReportJson, renderJson } from '../../src/report/render-json.js';
import { FINGERPRINT_KEY, renderSarif } from '../../src/report/render-sarif.js';
import { renderText } from '../../src/report/render-text.js';
import { makeFinding, reportWith } from './fixture-report.js';

const known = makeFinding({ ruleId: 'stripe-live-secret-key', severity: 'critical', known: true, fingerprint: 'fp-known', location: { kind: 'file', path: 'old.js', line: 1 } });
const guess = makeFinding({
  ruleId: 'generic-secret',
  severity: 'low',
  confidence: 'low',
  fingerprint: 'fp-guess',
  suppressWith: '// launch-ready:allow reason: <why>',
  location: { kind: 'file', path: 'src/a.ts', line: 4, commit: { sha: 'a'.repeat(40), author: 'Ada <script>', date: '2026-01-02T03:04:05Z' } }
});
const report = reportWith([known, guess], { failOn: 'low' });

test('the comment marks known and low-confidence findings, the commit, and how to suppress', () => {
  const comment = renderComment(report, { marker: '<!-- m -->' });
  expect(comment).toContain('known (baseline)');
  expect(comment).toContain('low confidence');
  expect(comment).toContain('aaaaaaaaaaaa');
  expect(comment).not.toContain('<script>');
  expect(comment).toMatch(/Not a secret\? Add <code>/);
});

test('the terminal text says the same', () => {
  const text = renderText(report, { color: false });
  expect(text).toContain('known (baseline)');
  expect(text).toContain('commit aaaaaaaaaaaa by Ada <script>, 2026-01-02');
  expect(text).toContain('not a secret? add: // launch-ready:allow reason: <why>');
});

test('SARIF marks a known finding unchanged and a new one new', () => {
  const results = renderSarif(report, { toolVersion: '0' }).runs[0]!.results;
  expect(results.map((result) => [result.partialFingerprints[FINGERPRINT_KEY], result.baselineState])).toEqual(
    expect.arrayContaining([['fp-known', 'unchanged'], ['fp-guess', 'new']])
  );
});

test('the JSON report keeps the qualifiers through a round trip', () => {
  const parsed = parseReportJson(renderJson(report), 'report.json');
  const findings = parsed.results[0]!.findings;
  expect(findings.find((f) => f.fingerprint === 'fp-known')?.known).toBe(true);
  expect(findings.find((f) => f.fingerprint === 'fp-guess')).toMatchObject({ confidence: 'low', suppressWith: guess.suppressWith, location: guess.location });
});

test('known findings never fail the gate', () => {
  expect(reportWith([known], { failOn: 'low' }).gate.passed).toBe(true);
});

test('the verdict says how many known findings the baseline accepts', () => {
  expect(renderComment(report, { marker: '<!-- m -->' })).toContain('1 known finding accepted in the baseline');
});
