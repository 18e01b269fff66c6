import type { Finding } from './finding.js';
import { locationKey } from './finding.js';

/**
 * Drops repeats of the same problem at the same place (same fingerprint and location), which
 * happen when two sources feed one check, e.g. a file that is both in the diff and an artifact.
 */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.fingerprint}\0${locationKey(finding.location)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
