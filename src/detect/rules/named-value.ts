/**
 * Keys with no prefix of their own (32 hex, 40 base62, a UUID) are only told apart by where the
 * code puts them: assigned to a name that carries the provider's name (`ALGOLIA_ADMIN_KEY=…`,
 * `"zendesk_token": "…"`). The name is part of the match, so a hash or UUID elsewhere on the line,
 * away from such a name, is never reported. Built on `assigned.ts`, with the name and the value
 * bounded as whole tokens.
 */
import type { SecretRule } from '../contracts.js';
import { assignedTo as assignedToNames } from './assigned.js';

/**
 * `name` (a pattern source, any case, not glued to a letter or digit before it), an assignment
 * (see `ASSIGN`), and the secret `value` (the group `secret`), not followed by more token characters.
 */
export function assignedTo(name: string, value: string): RegExp {
  return assignedToNames(String.raw`(?<![a-z0-9])(?:${name})`, value, String.raw`(?![a-z0-9_-])`);
}

/**
 * A rule for a value found by its name: the confidence is `medium`, since a name is weaker evidence
 * than a provider's prefix. The secret is the group `secret` of {@link assignedTo}, or group 1 of a
 * pattern written by hand.
 */
export function namedRule(rule: Omit<SecretRule, 'secretGroup' | 'confidence'>): SecretRule {
  return { ...rule, secretGroup: 1, confidence: 'medium' };
}
