/**
 * How sure a finding is, and what that does to its severity.
 *
 * Confidence, first rule that applies:
 * | evidence                                              | confidence                 |
 * |-------------------------------------------------------|----------------------------|
 * | a test fixture that says it is fake (filters)         | low                        |
 * | the rule's offline checksum holds (`verify` → true)   | high                       |
 * | the checksum fails (`verify` → false)                 | low                        |
 * | no checksum                                           | `rule.confidenceOf(value)` ?? `rule.confidence` ?? high |
 *
 * Severity by confidence (`rule.severity` is the severity at high confidence):
 * | confidence | severity                                                          |
 * |------------|-------------------------------------------------------------------|
 * | high       | the rule's                                                        |
 * | medium     | one step lower (critical → high → medium → low), never below low |
 * | low        | low                                                               |
 * `info` stays `info` at every confidence. So with the default `failOn: critical` only a high
 * confidence critical rule fails the gate; a generic guess (medium) never does.
 */
import { SEVERITIES } from '../report/finding.js';
import type { Confidence, Severity } from '../report/finding.js';
import type { SecretRule } from './contracts.js';

export function judgeConfidence(rule: SecretRule, secret: string, markedFake: boolean): Confidence {
  if (markedFake) return 'low';
  const verified = rule.verify?.(secret);
  if (verified === true) return 'high';
  if (verified === false) return 'low';
  return rule.confidenceOf?.(secret) ?? rule.confidence ?? 'high';
}

export function severityFor(ruleSeverity: Severity, confidence: Confidence): Severity {
  if (ruleSeverity === 'info' || confidence === 'high') return ruleSeverity;
  if (confidence === 'low') return 'low';
  const oneLower = SEVERITIES[SEVERITIES.indexOf(ruleSeverity) + 1] ?? 'low';
  return oneLower === 'info' ? 'low' : oneLower;
}
