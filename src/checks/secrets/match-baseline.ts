/**
 * The baseline applied to a run's findings (detect/baseline.ts), paying scrypt only where it can
 * change the answer. Without a fingerprint key, a person-chosen value is published under a located
 * fingerprint, and the baseline holds its stretched one (report/fingerprint.ts): ~10 ms of scrypt
 * to make, which a secret-dense repository cannot pay for every value on every run (issue #16). A
 * value can only match an entry of its own rule that nothing matched yet, so:
 * 1. fingerprints a finding already carries (provider tokens, keyed runs) are matched as they are;
 * 2. values at the path of an open entry of their rule are stretched: an entry that still fits;
 * 3. then, while open entries of their rule remain, values elsewhere: a secret moved to another
 *    file. At most {@link MOVED_SEARCH_LIMIT} findings; past it the rest are reported as new (a
 *    secret shown, never one hidden) and a note says how to end it;
 * 4. every other occurrence of a value stretched above (a baseline has one entry per value), at no
 *    cost: each distinct value is stretched once per run.
 * A finding that matches keeps its published fingerprint and is marked `known`, as applyBaseline does.
 */
import { applyBaseline, type AppliedBaseline, type Baseline, type BaselineEntry } from '../../detect/baseline.js';
import type { SecretScanner } from '../../detect/contracts.js';
import { FINGERPRINT_KEY_VARIABLE } from '../../detect/fingerprint-key.js';
import type { Finding } from '../../report/finding.js';
import { fingerprintOf } from '../../report/fingerprint.js';

/** Findings stretched in search of moved values, at most: ~5 s of CPU at ~10 ms each. */
export const MOVED_SEARCH_LIMIT = 500;

export interface MatchedBaseline extends AppliedBaseline {
  /** An info finding when the search for moved values stopped at its limit. */
  note?: Finding;
}

/** What {@link matchBaseline} asks of the scanner that made the findings. */
export type ValueFingerprints = Pick<SecretScanner, 'needsStretching' | 'valueFingerprints'>;

export interface MatchBaselineOptions {
  /** Default {@link MOVED_SEARCH_LIMIT}. */
  movedSearchLimit?: number;
}

/** The findings, those the baseline knows marked `known`, and its entries no finding matched (as applyBaseline). */
export async function matchBaseline(
  findings: readonly Finding[],
  baseline: Baseline | undefined,
  scanner: ValueFingerprints,
  options: MatchBaselineOptions = {}
): Promise<MatchedBaseline> {
  if (!baseline) return applyBaseline(findings, baseline);
  const limit = options.movedSearchLimit ?? MOVED_SEARCH_LIMIT;
  const valued = [...findings];
  const stretch = async (indices: readonly number[]): Promise<void> => {
    const done = await scanner.valueFingerprints(indices.map((index) => findings[index] as Finding));
    indices.forEach((index, at) => (valued[index] = done[at] as Finding));
  };
  const waiting = (index: number): boolean => valued[index] === findings[index] && scanner.needsStretching(findings[index] as Finding);
  const samePlace = new Set(openEntries(valued, baseline).map((entry) => `${entry.ruleId}\0${entry.path}`));
  await stretch(indicesWhere(findings, (finding, index) => waiting(index) && samePlace.has(`${finding.ruleId}\0${pathOf(finding)}`)));
  const openRules = new Set(openEntries(valued, baseline).map((entry) => entry.ruleId));
  const moved = indicesWhere(findings, (finding, index) => waiting(index) && openRules.has(finding.ruleId));
  await stretch(moved.slice(0, limit));
  // Free: values stretched above, wherever else they occur (one baseline entry per value), and findings with nothing to stretch.
  await stretch(indicesWhere(findings, (finding, index) => valued[index] === findings[index] && !scanner.needsStretching(finding)));
  const applied = applyBaseline(valued, baseline);
  const marked = findings.map((finding, index) => (applied.findings[index]?.known ? { ...finding, known: true } : finding));
  const skipped = moved.length - limit;
  return { findings: marked, unused: applied.unused, ...(skipped > 0 ? { note: movedSearchNote({ compared: limit, skipped, rules: openRules.size }) } : {}) };
}

/** Entries no finding in `valued` carries the fingerprint of yet. */
function openEntries(valued: readonly Finding[], baseline: Baseline): BaselineEntry[] {
  const matched = new Set(valued.map((finding) => finding.fingerprint));
  return baseline.entries.filter((entry) => !matched.has(entry.fingerprint));
}

function indicesWhere(findings: readonly Finding[], test: (finding: Finding, index: number) => boolean): number[] {
  const indices: number[] = [];
  findings.forEach((finding, index) => {
    if (test(finding, index)) indices.push(index);
  });
  return indices;
}

function pathOf(finding: Finding): string {
  return finding.location?.kind === 'file' ? finding.location.path : '';
}

function movedSearchNote({ compared, skipped, rules }: { compared: number; skipped: number; rules: number }): Finding {
  return {
    check: 'secrets',
    ruleId: 'baseline-search-limited',
    severity: 'info',
    confidence: 'high',
    title: 'Some findings were not compared with the baseline',
    message: `The baseline has entries that match nothing where they were written (${rules} rule${rules === 1 ? '' : 's'}); ${compared} finding${compared === 1 ? '' : 's'} elsewhere were compared with them (a scrypt each) and ${skipped} more were not: those are reported as new, whether or not the baseline knows them.`,
    fingerprint: fingerprintOf('baseline-search-limited'),
    remediation: `Rewrite the baseline with \`launch-ready secrets baseline\` (its entries then point at where the values are now), or set ${FINGERPRINT_KEY_VARIABLE} and rewrite it with the key: every comparison is then an HMAC.`
  };
}
