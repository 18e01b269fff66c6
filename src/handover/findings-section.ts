/**
 * Open findings by severity, each with its fix: what must be dealt with, in order. Capped so the
 * document stays one read; the job summary and the JSON report have the rest. Evidence is left out
 * (it is redacted already, but a handover needs the fix, not the shape of a key).
 */
import { codeSpan, escapeMarkdown } from '../report/escape-markdown.js';
import { SEVERITIES, type Finding } from '../report/finding.js';
import { allFindings } from '../report/report.js';
import type { HandoverInput } from './handover-input.js';

/** Findings listed in full; the rest are counted. */
export const MAX_FINDINGS = 25;

export function renderFindingsSection({ report }: HandoverInput): string[] {
  const open = allFindings(report).filter((finding) => !finding.known);
  const lines = ['## Open findings', ''];
  if (open.length === 0) return [...lines, '✅ None: every check that ran passed clean.'];
  let shown = 0;
  for (const severity of SEVERITIES) {
    const findings = open.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    lines.push(`### ${severity[0]!.toUpperCase()}${severity.slice(1)} (${findings.length})`, '');
    for (const finding of findings.slice(0, Math.max(0, MAX_FINDINGS - shown))) lines.push(renderFinding(finding));
    shown += Math.min(findings.length, Math.max(0, MAX_FINDINGS - shown));
    lines.push('');
  }
  if (open.length > shown) lines.push(`… and ${open.length - shown} more in the job summary and the JSON report.`, '');
  return lines.slice(0, -1);
}

function renderFinding(finding: Finding): string {
  const where = locate(finding);
  const fix = finding.remediation ? ` **Fix:** ${escapeMarkdown(finding.remediation, 400)}` : '';
  return `- **${escapeMarkdown(finding.title, 120)}** (${escapeMarkdown(finding.check, 40)}${where ? `, ${where}` : ''}) — ${escapeMarkdown(finding.message, 300)}${fix}`;
}

function locate(finding: Finding): string {
  const location = finding.location;
  if (!location) return '';
  switch (location.kind) {
    case 'file':
      return codeSpan(`${location.path}:${location.line}`, 200);
    case 'url':
      return codeSpan(`${location.method ?? 'GET'} ${urlPath(location.url)}`, 200);
    case 'env':
      return codeSpan(location.name, 120);
  }
}

/** The path and query of a URL: the origin is the deployed URL, said once at the top. */
function urlPath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}
