import { renderJson, parseReportJson } from '../../src/report/render-json.js';
import { ConfigError } from '../../src/errors.js';
import type { Report } from '../../src/report/report.js';
import { buildFixtureReport } from './fixture-report.js';

describe('renderJson', () => {
  const report = buildFixtureReport();
  const json = JSON.parse(renderJson(report)) as Report & { findings: Array<Record<string, unknown>> };

  test('writes the report, then every finding sorted, pretty-printed with a final newline', () => {
    const text = renderJson(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {')).toBe(true);
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'run', 'failOn', 'passed', 'gate', 'counts', 'results', 'findings']);
    expect(json.findings.map((finding) => finding.fingerprint)).toEqual(['fp-ghp', 'fp-env', 'fp-aws', 'fp-hostile', 'fp-smoke']);
    expect(Object.keys(json.findings[0]!)).toEqual([
      'check',
      'ruleId',
      'severity',
      'title',
      'message',
      'location',
      'evidence',
      'fingerprint',
      'remediation'
    ]);
  });

  test('has a stable key order whatever order the fields were set in', () => {
    const shuffled = JSON.parse(JSON.stringify(report), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value
    ) as Report;
    // Metric order is the check's choice (the comment shows the first ones), so it is kept as given.
    for (const [index, result] of shuffled.results.entries()) result.metrics = report.results[index]!.metrics;
    expect(renderJson(shuffled)).toBe(renderJson(report));
  });

  test('round-trips through parseReportJson', () => {
    expect(parseReportJson(renderJson(report), 'report.json')).toEqual(report);
  });
});

describe('parseReportJson', () => {
  const valid = (): Record<string, unknown> => JSON.parse(renderJson(buildFixtureReport())) as Record<string, unknown>;
  const parse = (value: unknown): Report => parseReportJson(typeof value === 'string' ? value : JSON.stringify(value), 'report.json');
  const withFinding = (change: (finding: Record<string, unknown>) => void): Record<string, unknown> => {
    const data = valid() as { results: Array<{ findings: Array<Record<string, unknown>> }> };
    change(data.results[2]!.findings[0]!);
    return data;
  };

  test.each([
    { name: 'not JSON', input: '{"schemaVersion": 1,', message: /^report\.json: not valid JSON/ },
    { name: 'not an object', input: [], message: 'report.json: the document: expected an object, got an array' },
    { name: 'another schema version', input: { ...valid(), schemaVersion: 2 }, message: /schemaVersion: expected 1, got 2/ },
    { name: 'another tool', input: { ...valid(), tool: { name: 'x', version: '1' } }, message: /tool\.name: expected one of launch-ready, got "x"/ },
    { name: 'a bad fail-on', input: { ...valid(), failOn: 'info' }, message: /failOn: expected one of critical, high, medium, low, never, got "info"/ },
    { name: 'results not an array', input: { ...valid(), results: {} }, message: /results: expected an array, got an object/ },
    {
      name: 'a bad severity',
      input: withFinding((finding) => (finding.severity = 'urgent')),
      message: /results\[2\]\.findings\[0\]\.severity: expected one of critical, high, medium, low, info, got "urgent"/
    },
    { name: 'a title that is not text', input: withFinding((finding) => (finding.title = { html: '<b>' })), message: /findings\[0\]\.title: expected a string, got an object/ },
    {
      name: 'a location of an unknown kind',
      input: withFinding((finding) => (finding.location = { kind: 'route' })),
      message: /findings\[0\]\.location\.kind: expected one of file, url, env, got "route"/
    },
    {
      name: 'a fractional line',
      input: withFinding((finding) => (finding.location = { kind: 'file', path: 'a', line: 1.5 })),
      message: /location\.line: expected an integer ≥ 0, got 1\.5/
    },
    { name: 'a huge message', input: withFinding((finding) => (finding.message = 'x'.repeat(10_001))), message: /message: expected at most 10000 characters, got 10001/ },
    { name: 'a non-hex head SHA', input: { ...valid(), run: { event: 'push', headSha: '../../evil' } }, message: /run\.headSha: expected a hex commit SHA/ },
    {
      name: 'a metric that is not a number',
      input: { ...valid(), results: [{ check: 'perf', status: 'passed', findings: [], metrics: { p95: 'fast' }, durationMs: 1 }] },
      message: /results\[0\]\.metrics\.p95: expected a finite number, got "fast"/
    }
  ])('rejects $name with a ConfigError that names the field', ({ input, message }) => {
    expect(() => parse(input)).toThrow(ConfigError);
    expect(() => parse(input)).toThrow(message);
  });

  test('recomputes counts and never lets a report claim a pass its findings fail', () => {
    const data = { ...valid(), passed: true, counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } };
    const report = parse(data);
    expect(report.gate.passed).toBe(false);
    expect(report.counts).toEqual({ critical: 1, high: 2, medium: 2, low: 0, info: 0 });
  });

  test('drops fields it does not know', () => {
    const data = withFinding((finding) => (finding.html = 'DROP-ME'));
    const report = parse({ ...data, extra: true });
    expect(JSON.stringify(report)).not.toContain('DROP-ME');
    expect(report).not.toHaveProperty('extra');
  });

  test('accepts null for optional fields', () => {
    const report = parse(withFinding((finding) => (finding.evidence = null)));
    expect(report.results[2]!.findings[0]!.evidence).toBeUndefined();
  });

  test('quotes a bad value briefly and on one line', () => {
    const input = withFinding((finding) => (finding.severity = `\n::error::pwned${'x'.repeat(100)}`));
    expect(() => parse(input)).toThrow(/got "\\n::error::pwnedx+…"$/);
  });
});
