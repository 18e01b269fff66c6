/** What every built-in rule promises the scanner, the docs and the SARIF output. */
import { BUILTIN_RULES } from '../../../src/detect/rules/index.js';
import { sampleFor } from './samples.js';

const RULES = BUILTIN_RULES.map((rule) => [rule.id, rule] as const);
/** Rules gated by a word near the match (the provider's name), not inside it. */
const CONTEXT_GATED = new Set([
  'discord-bot-token',
  'twilio-api-key',
  'twilio-account-sid',
  'twilio-auth-token',
  'asana-token',
  'akamai-edgegrid-client-secret',
  'launchdarkly-key',
  'mollie-api-key',
  'gocardless-access-token',
  'checkout-secret-key',
  'braintree-private-key'
]);
const CATEGORIES = ['cloud', 'source-host', 'payments', 'comms', 'ai', 'registry', 'saas', 'key', 'database', 'token', 'context', 'generic'];

describe('the built-in rule pack', () => {
  test('has at least 60 rules with unique kebab-case ids', () => {
    const ids = BUILTIN_RULES.map((rule) => rule.id);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('keeps the ids that tests, docs and baselines already use', () => {
    const ids = BUILTIN_RULES.map((rule) => rule.id);
    for (const id of [
      'github-token',
      'aws-access-key-id',
      'aws-secret-access-key',
      'stripe-live-secret-key',
      'stripe-test-secret-key',
      'slack-token',
      'slack-webhook-url',
      'private-key',
      'google-api-key',
      'npm-token'
    ]) {
      expect(ids).toContain(id);
    }
  });

  test('is frozen, and the generic rule runs last', () => {
    expect(Object.isFrozen(BUILTIN_RULES)).toBe(true);
    expect(BUILTIN_RULES.at(-1)?.category).toBe('generic');
  });

  test.each(RULES)('%s: complete and well-formed', (_id, rule) => {
    expect(rule.title.length).toBeGreaterThan(3);
    expect(rule.description).toMatch(/\.$/);
    expect(CATEGORIES).toContain(rule.category);
    expect(rule.pattern.flags).toContain('g');
    expect(rule.pattern.flags).toContain('d');
    expect(rule.remediation).toMatch(/^Revoke or rotate it first, it is already exposed: .{20,}\. Then remove it/);
    expect(rule.keywords.length).toBeGreaterThan(0);
    for (const keyword of rule.keywords) expect(keyword).toBe(keyword.toLowerCase());
    if (rule.secretGroup !== undefined) {
      const groups = new RegExp(`${rule.pattern.source}|`).exec('')?.length ?? 0;
      expect(rule.secretGroup).toBeLessThan(groups);
    }
  });

  test.each(RULES)('%s: a keyword occurs in what it matches (the prefilter never hides a match)', (id, rule) => {
    const { line } = sampleFor(id);
    const match = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).exec(line);
    expect(match).not.toBeNull();
    // A file-gated rule (`curl` anywhere in the file) may match a line without its keyword.
    const matched = (CONTEXT_GATED.has(id) || rule.keywordScope === 'file' ? line : (match?.[0] ?? '')).toLowerCase();
    expect(rule.keywords.filter((keyword) => matched.includes(keyword))).not.toEqual([]);
  });
});
