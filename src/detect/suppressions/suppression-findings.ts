/**
 * Findings about the suppressions themselves: unused inline markers and allow entries, expired
 * entries, `disableRules` ids that name no rule. Low severity: they never fail a default gate, but
 * a stale exception is a hole waiting for the next secret.
 */
import type { Finding } from '../../report/finding.js';
import { fingerprintOf } from '../../report/fingerprint.js';
import type { AllowEntryState } from './config-allow.js';
import type { InlineMarker } from './inline-markers.js';

/** Where config findings point when the config came from no file (defaults). */
export const DEFAULT_CONFIG_FILE = 'launch-ready.yml';

const CHECK = 'secrets';

export function unusedMarkerFinding(path: string, marker: InlineMarker): Finding {
  return {
    check: CHECK,
    ruleId: 'unused-suppression',
    severity: 'low',
    confidence: 'high',
    title: 'Unused suppression comment',
    message: `This launch-ready:allow comment suppresses nothing on line ${marker.covers.join(' or ')}: remove it, so it cannot hide a future secret.`,
    location: { kind: 'file', path, line: marker.line, column: marker.column },
    fingerprint: fingerprintOf('unused-suppression', path, String(marker.line)),
    remediation: 'Delete the comment.'
  };
}

export function unusedAllowEntryFinding(state: AllowEntryState, configFile: string): Finding {
  return {
    check: CHECK,
    ruleId: 'unused-suppression',
    severity: 'low',
    confidence: 'high',
    title: 'Unused allow entry',
    message: `secrets.allow[${state.index}] (${describeEntry(state)}) matched no finding: remove it, so it cannot hide a future secret.`,
    location: configLocation(configFile, state.entry.line),
    fingerprint: fingerprintOf('unused-allow-entry', describeEntry(state)),
    remediation: `Delete secrets.allow[${state.index}] from ${configFile}.`
  };
}

export function expiredAllowEntryFinding(state: AllowEntryState, configFile: string): Finding {
  return {
    check: CHECK,
    ruleId: 'expired-suppression',
    severity: 'low',
    confidence: 'high',
    title: 'Allow entry expired',
    message: `secrets.allow[${state.index}] (${describeEntry(state)}) expired on ${state.entry.expires ?? ''} and no longer suppresses anything.`,
    location: configLocation(configFile, state.entry.line),
    fingerprint: fingerprintOf('expired-allow-entry', describeEntry(state)),
    remediation: 'Fix what it allowed and delete the entry, or move `expires` to a new date with a reason.'
  };
}

export function unknownDisabledRuleFinding(ruleId: string, suggestion: string | undefined, configFile: string): Finding {
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  return {
    check: CHECK,
    ruleId: 'unknown-disabled-rule',
    severity: 'low',
    confidence: 'high',
    title: 'Disabled rule does not exist',
    message: `secrets.disableRules names "${ruleId}", which is no rule: nothing was disabled.${hint}`,
    location: configLocation(configFile, undefined),
    fingerprint: fingerprintOf('unknown-disabled-rule', ruleId),
    remediation: 'Use a rule id from the report or the rule list, or remove the entry.'
  };
}

/** Rule, path and the reason; never the `value` (a secret) nor the regex (it may spell one out). */
function describeEntry({ entry }: AllowEntryState): string {
  const parts = [
    entry.rule !== undefined ? `rule ${entry.rule}` : undefined,
    entry.path !== undefined ? `path ${entry.path}` : undefined,
    entry.value !== undefined || entry.valueRegex !== undefined ? 'a value' : undefined
  ].filter(Boolean);
  return `${parts.join(', ')}; reason: ${entry.reason}`;
}

function configLocation(configFile: string, line: number | undefined): Finding['location'] {
  return { kind: 'file', path: configFile, line: line ?? 1 };
}
