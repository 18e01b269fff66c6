/**
 * Plain-text formatting shared by the Markdown and terminal renderers. Output is deterministic:
 * fixed `en-US` number format, no dates, no locale of the machine that runs it.
 */
import type { Finding, SeverityCounts } from './finding.js';
import { countBySeverity, SEVERITIES } from './finding.js';

/** Made on first use: the first `Intl` object costs ~10 ms (ICU's data), at the start of every command that loads this module. */
let numberFormat: Intl.NumberFormat | undefined;

/** `1,234.57`; `NaN` and infinities as their names (reports from disk are validated, not trusted). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  return numberFormat.format(value);
}

/** `850 ms` under a second, `1.2 s` from there on. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  return ms < 1000 ? `${Math.round(ms)} ms` : `${formatNumber(Math.round(ms / 100) / 10)} s`;
}

/** `1 finding`, `2 findings`. */
export function plural(count: number, noun: string): string {
  return `${formatNumber(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * `2 critical · 1 high`, most severe first, zero counts left out; `no findings` when all are zero.
 * @param icons optional prefix per severity, e.g. the Markdown renderers' coloured dots
 */
export function formatCounts(counts: SeverityCounts, icons?: Readonly<Record<string, string>>): string {
  const parts = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => {
    const icon = icons?.[severity];
    return `${icon ? `${icon} ` : ''}${formatNumber(counts[severity])} ${severity}`;
  });
  return parts.length > 0 ? parts.join(' · ') : 'no findings';
}

/**
 * The findings' counts as `formatCounts` says them, plus the known ones (a baseline's, never
 * counted by severity): `2 critical · 1 known`, or `1 known` rather than `no findings`.
 */
export function formatFindingCounts(findings: readonly Finding[], icons?: Readonly<Record<string, string>>): string {
  const known = findings.filter((finding) => finding.known).length;
  if (known === 0) return formatCounts(countBySeverity(findings), icons);
  if (known === findings.length) return `${formatNumber(known)} known`;
  return `${formatCounts(countBySeverity(findings), icons)} · ${formatNumber(known)} known`;
}
