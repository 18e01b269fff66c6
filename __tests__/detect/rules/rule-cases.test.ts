/**
 * Per-rule tables: every built-in rule finds its sample and its extra positives, and reports
 * nothing on its near misses (wrong length, wrong alphabet, missing or other prefix, reference,
 * placeholder, missing context word).
 */
import { BUILTIN_RULES } from '../../../src/detect/rules/index.js';
import { AI_CASES, REGISTRY_CASES } from './cases/ai-registries.js';
import { AI_PLATFORM_CASES, OBSERVABILITY_INCIDENT_CASES } from './cases/breadth-ai-observability.js';
import { COMMS_MESSAGING_CASES, EMAIL_CASES, PAYMENT_GLOBAL_CASES } from './cases/breadth-payments-comms.js';
import { SAAS_PRODUCT_CASES, SAAS_WORKPLACE_CASES } from './cases/breadth-saas.js';
import { CLOUD_CASES } from './cases/cloud.js';
import { CONTEXT_CASES } from './cases/context.js';
import { DEVOPS_CASES } from './cases/devops.js';
import { GENERIC_CASES } from './cases/generic.js';
import { CLOUD_MORE_CASES } from './cases/cloud-more.js';
import { CI_CD_CASES, GIT_HOST_CASES } from './cases/hosts-ci-cloud.js';
import { DATABASE_CASES, PRIVATE_KEY_CASES, TOKEN_CASES } from './cases/keys-databases-tokens.js';
import type { RuleCases } from './cases/near-miss.js';
import { COMMS_CASES, PAYMENT_CASES } from './cases/payments-comms.js';
import { DATA_PLATFORM_CASES, IDENTITY_CASES, REGISTRY_MORE_CASES } from './cases/registries-data-identity.js';
import { SAAS_CASES } from './cases/saas.js';
import { SOURCE_HOST_CASES } from './cases/source-hosts.js';
import { createFaker } from './fake-values.js';
import { findSecrets, ruleById } from './find-secrets.js';
import { sampleFor } from './samples.js';

const TABLES: Record<string, RuleCases[]> = {
  'source hosts': SOURCE_HOST_CASES,
  cloud: CLOUD_CASES,
  payments: PAYMENT_CASES,
  'payments (global)': PAYMENT_GLOBAL_CASES,
  comms: COMMS_CASES,
  'comms (messaging)': COMMS_MESSAGING_CASES,
  email: EMAIL_CASES,
  ai: AI_CASES,
  'ai (platforms)': AI_PLATFORM_CASES,
  registries: REGISTRY_CASES,
  saas: SAAS_CASES,
  'saas (product)': SAAS_PRODUCT_CASES,
  'saas (workplace)': SAAS_WORKPLACE_CASES,
  'observability (incident)': OBSERVABILITY_INCIDENT_CASES,
  devops: DEVOPS_CASES,
  'private keys': PRIVATE_KEY_CASES,
  databases: DATABASE_CASES,
  tokens: TOKEN_CASES,
  'git hosts': GIT_HOST_CASES,
  'ci/cd': CI_CD_CASES,
  'cloud providers and hosting': CLOUD_MORE_CASES,
  'registry configs and tokens': REGISTRY_MORE_CASES,
  'data platforms': DATA_PLATFORM_CASES,
  identity: IDENTITY_CASES,
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

/**
 * Values meant for browsers or that name an account, as the providers document them: no provider
 * rule reports them (issue #16 asks for precision on exactly these).
 */
describe('public values', () => {
  const f = createFaker(1919);
  const PUBLIC: Array<[why: string, line: string]> = [
    ['a Sentry DSN (lets events in, reads nothing)', `Sentry.init({ dsn: "https://${f.hex(32)}@o${f.digits(6)}.ingest.sentry.io/${f.digits(7)}" });`],
    ['a PostHog project key', `posthog.init('phc_${f.base62(43)}', { api_host: 'https://eu.i.posthog.com' })`],
    ['a New Relic browser key', `licenseKey: "NRJS-${f.hex(19)}",`],
    ['an Algolia search-only key', `const client = algoliasearch('K3J9QZ1XWP', '${f.hex(32)}'); // ALGOLIA_SEARCH_KEY`],
    ['a Razorpay key id', `key: "rzp_live_${f.base62(14)}",`],
    ['a Flutterwave public key', `public_key: "FLWPUBK-${f.hex(32)}-X",`],
    ['a Segment snippet', `analytics.load("${f.base62(32)}");`],
    ['a LaunchDarkly client-side id', `LDClient.initialize('${f.hex(24)}', context);`],
    ['a Mixpanel project token', `mixpanel.init("${f.hex(32)}");`],
    ['a Stripe publishable key', `Stripe("pk_live_${f.base62(99)}")`]
  ];

  test.each(PUBLIC)('no provider rule reports %s', (_why, line) => {
    const providerHits = BUILTIN_RULES.filter((rule) => rule.category !== 'generic').flatMap((rule) => findSecrets(rule, line).map(() => rule.id));
    expect(providerHits).toEqual([]);
  });
});
