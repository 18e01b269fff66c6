/** The last line of defence: secret values cut out of everything the check returns or throws. */
import { SCRUBBED, scrubOutcome, scrubText, secretValuesOf } from '../../../src/checks/env/scrub-secret-values.js';

const VARS = { DB_PASSWORD: { type: 'string' as const, secret: true }, NEXT_PUBLIC_KEY: { type: 'string' as const, public: true } };

test('values of secret-marked and secret-named variables of 8+ characters, longest first, also trimmed', () => {
  expect(
    secretValuesOf(
      [
        { name: 'DB_PASSWORD', value: ' hunter2hunter2 ' },
        { name: 'GITHUB_TOKEN', value: 'ghs_abcdefgh' },
        { name: 'API_KEY', value: 'short' },
        { name: 'NODE_ENV', value: 'production' },
        { name: 'NEXT_PUBLIC_KEY', value: 'pk_live_public_value' }
      ],
      VARS
    )
  ).toEqual([' hunter2hunter2 ', 'hunter2hunter2', 'ghs_abcdefgh']);
});

test('scrubText replaces every occurrence', () => {
  expect(scrubText('a hunter2hunter2 b hunter2hunter2', ['hunter2hunter2'])).toBe(`a ${SCRUBBED} b ${SCRUBBED}`);
});

test('scrubOutcome walks findings, tables and the reason', () => {
  const outcome = {
    findings: [{ check: 'env', ruleId: 'x', severity: 'high' as const, title: 't', message: 'got hunter2hunter2', fingerprint: 'f', location: { kind: 'env' as const, name: 'hunter2hunter2' } }],
    tables: [{ title: 'T', columns: ['a'], rows: [['hunter2hunter2']] }],
    metrics: { n: 1 },
    reason: 'because hunter2hunter2'
  };
  expect(JSON.stringify(scrubOutcome(outcome, ['hunter2hunter2']))).not.toContain('hunter2');
  expect(scrubOutcome(outcome, [])).toBe(outcome);
});
