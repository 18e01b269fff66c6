import { checkStatus, decideGate, type FailOn } from '../src/gate.js';
import type { CheckResult, Finding, Severity } from '../src/report/finding.js';

const finding = (severity: Severity): Finding => ({ check: 'secrets', ruleId: 'r', severity, title: 't', message: 'm', fingerprint: 'f' });
const result = (findings: Finding[], status: CheckResult['status'] = 'passed'): CheckResult => ({
  check: 'secrets',
  status,
  findings,
  metrics: {},
  durationMs: 0
});
const decide = (failOn: FailOn, results: CheckResult[], failOnError = true) =>
  decideGate(
    results.map((item) => ({ ...item, status: checkStatus(item, failOn) })),
    { failOn, failOnError }
  );

test.each([
  { failOn: 'critical', severities: ['high', 'medium'], passed: true, blocking: 0 },
  { failOn: 'critical', severities: ['critical', 'low'], passed: false, blocking: 1 },
  { failOn: 'high', severities: ['critical', 'high', 'medium'], passed: false, blocking: 2 },
  { failOn: 'low', severities: ['info'], passed: true, blocking: 0 },
  { failOn: 'low', severities: ['low'], passed: false, blocking: 1 },
  { failOn: 'never', severities: ['critical'], passed: true, blocking: 0 },
  { failOn: 'critical', severities: [], passed: true, blocking: 0 }
] as const)('fail-on $failOn with $severities', ({ failOn, severities, passed, blocking }) => {
  expect(decide(failOn, [result(severities.map(finding))])).toMatchObject({ passed, blocking, exitCode: passed ? 0 : 1 });
});

test('known (baselined) findings never fail the gate', () => {
  expect(decide('low', [result([{ ...finding('critical'), known: true }])])).toMatchObject({ passed: true, blocking: 0 });
});

test.each([
  { failOnError: true, passed: false, exitCode: 1 },
  { failOnError: false, passed: true, exitCode: 0 }
])('an errored check with fail-on-error $failOnError: passed $passed', ({ failOnError, passed, exitCode }) => {
  const errored = { ...result([], 'errored'), check: 'env', reason: 'boom' };
  expect(decide('critical', [result([]), errored], failOnError)).toEqual({
    failOn: 'critical',
    failOnError,
    passed,
    blocking: 0,
    errored: ['env'],
    exitCode
  });
});

describe('check status has one definition: failed exactly when a finding blocks the gate', () => {
  test.each([
    { failOn: 'critical', severities: ['medium'], status: 'passed' },
    { failOn: 'critical', severities: ['critical'], status: 'failed' },
    { failOn: 'low', severities: ['info'], status: 'passed' },
    { failOn: 'never', severities: ['critical'], status: 'passed' }
  ] as const)('fail-on $failOn with $severities: $status', ({ failOn, severities, status }) => {
    expect(checkStatus(result(severities.map(finding)), failOn)).toBe(status);
  });

  test('skipped and errored stay as the check ended', () => {
    expect(checkStatus(result([finding('critical')], 'skipped'), 'low')).toBe('skipped');
    expect(checkStatus(result([], 'errored'), 'low')).toBe('errored');
  });
});
