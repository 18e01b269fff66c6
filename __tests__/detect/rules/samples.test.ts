/**
 * The samples are what other tests and the benchmark trust to be "one valid secret per rule":
 * each is found by its rule, with a valid checksum where the format has one, by no unrelated rule,
 * and through the whole scanner (shared filters included).
 */
import { createSecretScanner } from '../../../src/detect/create-scanner.js';
import { BUILTIN_RULES } from '../../../src/detect/rules/index.js';
import { configWith } from '../../checks/secrets/config-fixture.js';
import { findSecrets, ruleById, rulesMatching } from './find-secrets.js';
import { sampleSecrets } from './samples.js';

const SAMPLES = sampleSecrets();

/** Rules that report the same secret by design: the key inside a service account file is a private key. */
/** Generic guesses and context rules (a header, `curl -u`) yield to any more specific rule's match. */
const yieldsToProviders = (ruleId: string) => ['generic', 'context'].includes(ruleById(ruleId).category ?? '');

const SAME_SECRET_PAIRS = new Set(['gcp-service-account-key>private-key']);

describe('sampleSecrets()', () => {
  test('has exactly one sample per built-in rule', () => {
    expect(SAMPLES.map((sample) => sample.ruleId).sort()).toEqual(BUILTIN_RULES.map((rule) => rule.id).sort());
  });

  test('is deterministic', () => {
    expect(sampleSecrets()).toEqual(SAMPLES);
  });

  test.each(SAMPLES.map((sample) => [sample.ruleId, sample] as const))('%s: its rule finds the secret', (ruleId, sample) => {
    const rule = ruleById(ruleId);
    const hits = findSecrets(rule, sample.line);
    expect(hits.map((hit) => hit.secret)).toEqual([sample.secret]);
    // A checksummed format's sample carries a valid checksum (GitLab classic tokens have none).
    if (rule.verify) expect(hits[0]?.checksum).not.toBe(false);
  });

  test.each(SAMPLES.map((sample) => [sample.ruleId, sample] as const))('%s: no unrelated rule reports it', (ruleId, sample) => {
    const others = rulesMatching(sample.line).filter((hit) => hit.ruleId !== ruleId);
    const unexpected = others.filter(
      (hit) =>
        // The scanner drops a generic or context match on text a provider rule matched.
        !(yieldsToProviders(hit.ruleId) && sample.secret.includes(hit.secret)) &&
        !(SAME_SECRET_PAIRS.has(`${ruleId}>${hit.ruleId}`) && hit.secret === sample.secret)
    );
    expect(unexpected.map((hit) => hit.ruleId)).toEqual([]);
  });
});

describe('sampleSecrets() through the scanner', () => {
  const scanner = createSecretScanner({ rules: BUILTIN_RULES, config: configWith().secrets, today: () => new Date(0) });

  test.each(SAMPLES.map((sample) => [sample.ruleId, sample] as const))('%s: reported, never shown', (ruleId, sample) => {
    const findings = scanner.scan({ path: 'deploy/settings.env', text: sample.line, origin: 'present' });
    expect(findings.map((finding) => finding.ruleId)).toContain(ruleId);
    const finding = findings.find((candidate) => candidate.ruleId === ruleId);
    if (ruleById(ruleId).verify && /^(?:gh[pousr]_|npm_|glsa_|glpat-)/.test(sample.secret)) expect(finding?.confidence).toBe('high');
    expect(JSON.stringify(findings)).not.toContain(sample.secret.slice(6, 18));
  });

  test('a service-account file is reported once, as a Google Cloud key, not also as a bare private key', () => {
    const sample = SAMPLES.find((candidate) => candidate.ruleId === 'gcp-service-account-key');
    const findings = scanner.scan({ path: 'deploy/sa.json', text: sample?.line ?? '', origin: 'present' });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['gcp-service-account-key']);
  });
});
