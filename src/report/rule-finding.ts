/**
 * The one way a check builds a finding from one of its rules: the rule gives the id, title and
 * default severity; `key` says what makes the problem the same one across runs (a route, a host,
 * a flow's name, never a value), which is what the fingerprint is made of.
 */
import type { Finding, Location, Severity } from './finding.js';
import { fingerprintOf } from './fingerprint.js';

export interface Rule {
  id: string;
  severity: Severity;
  title: string;
}

export interface RuleFindingInput {
  check: string;
  rule: Rule;
  /** Overrides the rule's (a route's or flow's `severity`, an escalation). */
  severity?: Severity;
  message: string;
  location?: Location;
  key: readonly string[];
  remediation: string;
  evidence?: string;
}

export function ruleFinding(input: RuleFindingInput): Finding {
  return {
    check: input.check,
    ruleId: input.rule.id,
    severity: input.severity ?? input.rule.severity,
    title: input.rule.title,
    message: input.message,
    ...(input.location ? { location: input.location } : {}),
    ...(input.evidence ? { evidence: input.evidence } : {}),
    fingerprint: fingerprintOf(input.check, input.rule.id, ...input.key),
    remediation: input.remediation
  };
}
