/**
 * Per-rule tables: every built-in rule finds its sample and its extra positives, and reports
 * nothing on its near misses (wrong length, wrong alphabet, missing or other prefix, reference,
 * placeholder, missing context word).
 */
import { BUILTIN_RULES } from '../../../src/detect/rules/index.js';
import { AI_CASES, REGISTRY_CASES } from './cases/ai-registries.js';
import { CLOUD_CASES } from './cases/cloud.js';
import { CONTEXT_CASES } from './cases/context.js';
import { DEVOPS_CASES } from './cases/devops.js';
import { GENERIC_CASES } from './cases/generic.js';
import { DATABASE_CASES, PRIVATE_KEY_CASES, TOKEN_CASES } from './cases/keys-databases-tokens.js';
import type { RuleCases } from './cases/near-miss.js';
import { COMMS_CASES, PAYMENT_CASES } from './cases/payments-comms.js';
import { SAAS_CASES } from './cases/saas.js';
import { SOURCE_HOST_CASES } from './cases/source-hosts.js';
import { findSecrets, ruleById } from './find-secrets.js';
import { sampleFor } from './samples.js';

const TABLES: Record<string, RuleCases[]> = {
  'source hosts': SOURCE_HOST_CASES,
  cloud: CLOUD_CASES,
  payments: PAYMENT_CASES,
  comms: COMMS_CASES,
  ai: AI_CASES,
  registries: REGISTRY_CASES,
  saas: SAAS_CASES,
  devops: DEVOPS_CASES,
  'private keys': PRIVATE_KEY_CASES,
  databases: DATABASE_CASES,
  tokens: TOKEN_CASES,
  context: CONTEXT_CASES,
  generic: GENERIC_CASES
};

const ALL_CASES = Object.values(TABLES).flat();

describe.each(Object.entries(TABLES))('%s', (_category, table) => {
  describe.each(table.map((cases) => [cases.ruleId, cases] as const))('%s', (ruleId, cases) => {
    const rule = ruleById(ruleId);
    const sample = sampleFor(ruleId);
    const positives: Array<[string, string]> = [[sample.line, sample.secret], ...(cases.positives ?? [])];

    test.each(positives)('finds the secret in %j', (line, secret) => {
      expect(findSecrets(rule, line).map((hit) => hit.secret)).toEqual([secret]);
    });

    test.each(cases.negatives)('nothing in %s', (_why, line) => {
      expect(findSecrets(rule, line)).toEqual([]);
    });
  });
});

describe('case tables', () => {
  test('cover every built-in rule, each with a near miss', () => {
    const covered = ALL_CASES.filter((cases) => cases.negatives.length > 0).map((cases) => cases.ruleId);
    expect([...covered].sort()).toEqual(BUILTIN_RULES.map((rule) => rule.id).sort());
  });
});
