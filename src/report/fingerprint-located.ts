/**
 * Located fingerprints: what a report publishes for a person-chosen secret (a password, a database
 * URL, a generic assignment) when no fingerprint key is set. Made of what the report shows beside
 * it anyway (rule, path, commit, redacted evidence) and the finding's rank among its like in that
 * file, never of the value, so a published one gives an attacker nothing to test guesses against,
 * however cheap; and it costs no scrypt. (Issue #16: a scrypt per distinct value, ~10 ms each, set
 * the wall time of a secret-dense scan.) The value's own, stretched fingerprint is made only where
 * it is compared: against a baseline, or written into one (see fingerprint.ts).
 *
 * The rank, not the line, so that an edit above the secret does not give it a new id (GitHub code
 * scanning tracks an alert by its partial fingerprint); findings at one position rank once, so a
 * file read twice (a diff and an artifact) still yields duplicates that de-duplication drops.
 */
import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';
import { locationKey } from './finding.js';
import { FINGERPRINT_HEX_LENGTH } from './fingerprint-stretch.js';

interface Member {
  index: number;
  line: number;
  column: number;
}

/**
 * The located fingerprint of each finding `isProvisional` picks, by index (undefined for the
 * others). The findings must be the whole run's: a rank counts the others in the same file.
 */
export function locatedFingerprints(findings: readonly Finding[], isProvisional: (fingerprint: string) => boolean): Array<string | undefined> {
  const groups = new Map<string, Member[]>();
  findings.forEach((finding, index) => {
    if (!isProvisional(finding.fingerprint)) return;
    const group = groupOf(finding);
    const location = finding.location?.kind === 'file' ? finding.location : undefined;
    const member = { index, line: location?.line ?? 0, column: location?.column ?? 0 };
    const members = groups.get(group);
    if (members) members.push(member);
    else groups.set(group, [member]);
  });
  const located: Array<string | undefined> = findings.map(() => undefined);
  for (const [group, members] of groups) {
    const positions = [...new Set(members.map(positionOf))].sort(byPosition);
    const rank = new Map(positions.map((position, index) => [position, index]));
    for (const member of members) located[member.index] = hashOf(group, String(rank.get(positionOf(member))));
  }
  return located;
}

/** Rule, file (and commit, in history), and the redacted evidence every output shows already. */
function groupOf(finding: Finding): string {
  const { location } = finding;
  const place = location?.kind === 'file' ? `${location.path}\0${location.commit?.sha ?? ''}` : locationKey(location);
  return `${finding.ruleId}\0${place}\0${finding.evidence ?? ''}`;
}

function positionOf(member: Member): string {
  return `${String(member.line).padStart(9, '0')}:${String(member.column).padStart(9, '0')}`;
}

function byPosition(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hashOf(group: string, rank: string): string {
  return createHash('sha256').update(`launch-ready located fingerprint\0${group}\0${rank}`, 'utf8').digest('hex').slice(0, FINGERPRINT_HEX_LENGTH);
}
