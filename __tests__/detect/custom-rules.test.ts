import { compileCustomRules } from '../../src/detect/custom-rules.js';
import { createSecretScanner } from '../../src/detect/create-scanner.js';
import { ConfigError } from '../../src/errors.js';
import { configWith } from '../checks/secrets/config-fixture.js';

const acmeValue = ['acme', '_', 'q7w8e9r0t1y2u3i4o5p6a7s8d9f0g1h2'].join('');

function scanWith(rule: Parameters<typeof compileCustomRules>[0][number], text: string) {
  const scanner = createSecretScanner({ rules: compileCustomRules([rule]), config: configWith().secrets, today: () => new Date(0) });
  return scanner.scan({ path: 'a.ts', text, origin: 'added' });
}

describe('compileCustomRules', () => {
  const base = { id: 'acme-internal-token', pattern: 'acme_[a-z0-9]{32}', keywords: ['ACME_'], severity: 'critical' as const };

  test('compiles a config rule with defaults and lowercase keywords', () => {
    const [rule] = compileCustomRules([base]);
    expect(rule).toMatchObject({ id: 'acme-internal-token', title: 'acme-internal-token', severity: 'critical', keywords: ['acme_'] });
    expect(rule?.pattern.flags).toBe('dg');
  });

  test('the whole match is the secret by default', () => {
    const [finding] = scanWith(base, `token = ${acmeValue}`);
    expect(finding).toMatchObject({ ruleId: 'acme-internal-token', evidence: 'acme… (37 chars)', location: { column: 9 } });
  });

  test('a named group `secret` narrows the secret', () => {
    const rule = { ...base, pattern: 'acme_token\\s*=\\s*(?<secret>[a-z0-9]{12})', keywords: [] };
    const [finding] = scanWith(rule, 'acme_token = q7w8e9r0t1y2');
    expect(finding).toMatchObject({ evidence: 'q7w8… (12 chars)', location: { column: 14 } });
  });

  test('a leading (?i) becomes the i flag', () => {
    const [rule] = compileCustomRules([{ ...base, pattern: '(?i)acme_[a-z0-9]{32}' }]);
    expect(rule?.pattern.flags).toBe('dgi');
    expect(scanWith({ ...base, pattern: '(?i)acme_[a-z0-9]{32}' }, acmeValue.toUpperCase())).toHaveLength(1);
  });

  test('an invalid pattern is a ConfigError naming the rule', () => {
    expect(() => compileCustomRules([{ ...base, pattern: 'acme_[' }])).toThrow(ConfigError);
    expect(() => compileCustomRules([{ ...base, pattern: 'acme_[' }])).toThrow(/secrets\.rules\[0\] \(acme-internal-token\)/);
  });

  test('a pattern that can match the empty string reports nothing and does not hang', () => {
    expect(scanWith({ ...base, pattern: 'x*', keywords: [] }, 'abc')).toEqual([]);
  });
});
