/**
 * Turns `secrets.rules` from launch-ready.yml into {@link SecretRule}s.
 *
 * Pattern conventions (JavaScript RegExp syntax):
 * - a named group `(?<secret>…)` marks the secret inside a larger match (e.g. after a key name);
 *   without it the whole match is the secret;
 * - a leading `(?i)`, as written for gitleaks and Go, is accepted and becomes the `i` flag;
 * - `entropy` becomes `minEntropy`: a secret with fewer bits per character is not reported.
 */
import { ConfigError } from '../errors.js';
import type { SecretsConfig } from '../config/config-types.js';
import type { SecretRule } from './contracts.js';

/** One `secrets.rules` entry as the config loader typed it. */
export type CustomRuleConfig = SecretsConfig['rules'][number];

const CUSTOM_REMEDIATION =
  'Revoke or rotate it first at the service that issued it: the value is already exposed. ' +
  'Then remove it from the code and load it from the environment or a secret store.';

/**
 * Compiles custom rules. Throws a {@link ConfigError} naming the rule when its pattern does not
 * compile, so the user learns which entry to fix instead of seeing the check error out.
 */
export function compileCustomRules(rules: readonly CustomRuleConfig[]): SecretRule[] {
  return rules.map((rule, index) => ({
    id: rule.id,
    title: rule.title ?? rule.id,
    description: rule.description ?? `Custom rule \`${rule.id}\` from the configuration.`,
    severity: rule.severity,
    keywords: rule.keywords.map((keyword) => keyword.toLowerCase()).filter(Boolean),
    pattern: compilePattern(rule, index),
    secretGroup: undefined,
    minEntropy: rule.entropy,
    remediation: CUSTOM_REMEDIATION
  }));
}

function compilePattern(rule: CustomRuleConfig, index: number): RegExp {
  let source = rule.pattern;
  let flags = 'dg';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags += 'i';
  }
  try {
    return new RegExp(source, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `secrets.rules[${index}] (${rule.id}): the pattern is not a valid regular expression: ${reason}`
    );
  }
}
