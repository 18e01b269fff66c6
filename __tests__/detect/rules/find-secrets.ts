/**
 * What one rule reports on a text, by the rule contract alone (keywords, pattern, secret group,
 * scope, `minEntropy`, `isFalsePositive`, `verify`), without the scanner's shared filters: the rule
 * tests pin each rule's own behaviour, the scanner's tests pin the rest.
 */
import type { SecretRule } from '../../../src/detect/contracts.js';
import { shannonEntropy } from '../../../src/detect/entropy.js';
import { BUILTIN_RULES } from '../../../src/detect/rules/index.js';

export interface RuleHit {
  secret: string;
  /** `rule.verify`'s verdict: `true`/`false` for checksummed formats, else `undefined`. */
  checksum: boolean | undefined;
}

export function ruleById(id: string): SecretRule {
  const rule = BUILTIN_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no built-in rule ${id}`);
  return rule;
}

/** The secrets `rule` reports in `text`; line-scope rules see `^`/`$` per line, as in the scanner. */
export function findSecrets(rule: SecretRule, text: string): RuleHit[] {
  const lower = text.toLowerCase();
  if (rule.keywords.length > 0 && !rule.keywords.some((keyword) => lower.includes(keyword))) return [];
  const lineScope = (rule.scope ?? 'line') === 'line';
  const pattern = new RegExp(rule.pattern.source, lineScope && !rule.pattern.multiline ? `${rule.pattern.flags}m` : rule.pattern.flags);
  const hits: RuleHit[] = [];
  for (const match of text.matchAll(pattern)) {
    const secret = match.groups?.['secret'] ?? (rule.secretGroup === undefined ? match[0] : match[rule.secretGroup]);
    if (!secret) continue;
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) continue;
    if (rule.isFalsePositive?.(secret, text)) continue;
    hits.push({ secret, checksum: rule.verify?.(secret) });
  }
  return hits;
}

/** The ids of the rules that report something in `text`, with the secret each reports. */
export function rulesMatching(text: string): Array<{ ruleId: string; secret: string }> {
  return BUILTIN_RULES.flatMap((rule) => findSecrets(rule, text).map((hit) => ({ ruleId: rule.id, secret: hit.secret })));
}
