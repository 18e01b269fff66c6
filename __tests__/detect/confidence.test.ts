import { judgeConfidence, severityFor } from '../../src/detect/confidence.js';
import type { Confidence, Severity } from '../../src/report/finding.js';
import { checksumRule, genericRule, scanText, tokenRule, VALUES } from './engine-fixtures.js';

describe('judgeConfidence', () => {
  test.each([
    ['a checksum that holds → high (over the rule\'s medium)', checksumRule, VALUES.checked, false, 'high'],
    ['a checksum that fails → low', checksumRule, VALUES.unchecked, false, 'low'],
    ['no checksum → the rule\'s confidence', genericRule, VALUES.generic, false, 'medium'],
    ['no checksum, no rule confidence → high', tokenRule, VALUES.token, false, 'high'],
    ['a fixture marked fake → low, whatever the checksum', checksumRule, VALUES.checked, true, 'low'],
    ['confidence by the value, over the rule\'s', { ...genericRule, confidenceOf: () => 'medium' as const, confidence: 'low' as const }, VALUES.generic, false, 'medium'],
    ['a checksum still wins over confidence by the value', { ...checksumRule, confidenceOf: () => 'low' as const }, VALUES.checked, false, 'high']
  ])('%s', (_name, rule, secret, markedFake, expected) => {
    expect(judgeConfidence(rule, secret, markedFake)).toBe(expected);
  });
});

describe('severityFor: the documented table', () => {
  const table: Array<[Severity, Record<Confidence, Severity>]> = [
    ['critical', { high: 'critical', medium: 'high', low: 'low' }],
    ['high', { high: 'high', medium: 'medium', low: 'low' }],
    ['medium', { high: 'medium', medium: 'low', low: 'low' }],
    ['low', { high: 'low', medium: 'low', low: 'low' }],
    ['info', { high: 'info', medium: 'info', low: 'info' }]
  ];
  test.each(table)('rule severity %s', (ruleSeverity, expected) => {
    for (const confidence of ['high', 'medium', 'low'] as const) {
      expect([confidence, severityFor(ruleSeverity, confidence)]).toEqual([confidence, expected[confidence]]);
    }
  });
});

describe('confidence and severity on findings', () => {
  test.each([
    ['verified', `a = ${VALUES.checked}`, 'src/a.ts', { confidence: 'high', severity: 'high' }],
    ['checksum failed', `a = ${VALUES.unchecked}`, 'src/a.ts', { confidence: 'low', severity: 'low' }],
    ['generic guess', `secret = "${VALUES.generic}"`, 'src/a.ts', { confidence: 'medium', severity: 'medium' }],
    ['provider format', `a = ${VALUES.token}`, 'src/a.ts', { confidence: 'high', severity: 'critical' }],
  ])('%s', (_name, text, path, expected) => {
    const [finding] = scanText(text, path);
    expect(finding).toMatchObject(expected);
  });

  test('a test fixture that calls its value fake is not reported (no checksum to prove it real)', () => {
    expect(scanText('a = tok_FakeE9r0T1y2U3i4O5p6A7s8D9f0G1h2', 'test/a.ts')).toEqual([]);
  });

  test('entropy gates a rule: a low-entropy value is no finding', () => {
    expect(scanText('secret = "aaaabbbbaaaabbbb"')).toEqual([]);
  });
});
