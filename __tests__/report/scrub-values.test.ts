/** The last line of defence: secret values cut out of everything a check returns or throws. */
import { SCRUBBED, scrubbable, scrubText, scrubValues } from '../../src/report/scrub-values.js';

test('values of 8+ characters, also trimmed, longest first', () => {
  expect(scrubbable([' hunter2hunter2 ', 'short', 'ghs_abcdefgh'])).toEqual([' hunter2hunter2 ', 'hunter2hunter2', 'ghs_abcdefgh']);
});

test('scrubText replaces every occurrence', () => {
  expect(scrubText('a hunter2hunter2 b hunter2hunter2', ['hunter2hunter2'])).toBe(`a ${SCRUBBED} b ${SCRUBBED}`);
});

test('scrubValues walks findings, tables and the reason', () => {
  const outcome = {
    findings: [{ check: 'env', ruleId: 'x', severity: 'high' as const, title: 't', message: 'got hunter2hunter2', fingerprint: 'f', location: { kind: 'env' as const, name: 'hunter2hunter2' } }],
    tables: [{ title: 'T', columns: ['a'], rows: [['hunter2hunter2']] }],
    metrics: { n: 1 },
    reason: 'because hunter2hunter2'
  };
  expect(JSON.stringify(scrubValues(outcome, ['hunter2hunter2']))).not.toContain('hunter2');
  expect(scrubValues(outcome, [])).toBe(outcome);
});
