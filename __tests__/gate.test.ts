import { decideGate } from '../src/gate.js';
import type { Finding, Severity } from '../src/report/finding.js';

const finding = (severity: Severity): Finding => ({ check: 'secrets', ruleId: 'r', severity, title: 't', message: 'm', fingerprint: 'f' });

test.each([
  { failOn: 'critical', severities: ['high', 'medium'], passed: true, blocking: 0 },
  { failOn: 'critical', severities: ['critical', 'low'], passed: false, blocking: 1 },
  { failOn: 'high', severities: ['critical', 'high', 'medium'], passed: false, blocking: 2 },
  { failOn: 'low', severities: ['info'], passed: true, blocking: 0 },
  { failOn: 'low', severities: ['low'], passed: false, blocking: 1 },
  { failOn: 'never', severities: ['critical'], passed: true, blocking: 0 },
  { failOn: 'critical', severities: [], passed: true, blocking: 0 }
] as const)('fail-on $failOn with $severities', ({ failOn, severities, passed, blocking }) => {
  expect(decideGate(severities.map(finding), failOn)).toEqual({ passed, blocking });
});

test('known (baselined) findings never fail the gate', () => {
  expect(decideGate([{ ...finding('critical'), known: true }], 'low')).toEqual({ passed: true, blocking: 0 });
});
