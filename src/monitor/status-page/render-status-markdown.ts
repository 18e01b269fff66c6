/**
 * The status page's figures as Markdown for the job summary: the same view, so the summary and
 * the published page never disagree. Text from outside goes through `escapeMarkdown`/`codeSpan`.
 */
import { codeSpan, escapeMarkdown } from '../../report/escape-markdown.js';
import type { StatusView } from './build-status-view.js';
import { describeExpiry, formatDay, formatMs, formatTime, OVERALL_TEXT, STATE_TEXT } from './format-status.js';
import { UPTIME_WINDOWS } from './uptime.js';

export function renderStatusMarkdown(view: StatusView, options: { title?: string } = {}): string {
  const lines = [`## ${escapeMarkdown(options.title ?? 'Status', 100)}`, '', `**${OVERALL_TEXT[view.overall]}** · updated ${formatTime(view.generatedAt)}`];
  if (view.targets.length > 0) {
    lines.push('', '### Uptime and p95', '');
    lines.push(row(['Target', 'Now', ...UPTIME_WINDOWS.map((window) => window.label), 'Errors 24 h · 7 d', 'p95 24 h', `p95 by day (${view.trendLabels[0]} → ${view.trendLabels.at(-1)})`]));
    lines.push(row(['---', '---', ...UPTIME_WINDOWS.map(() => '---:'), '---:', '---:', '---']));
    for (const target of view.targets) {
      lines.push(
        row([
          `${escapeMarkdown(target.name, 120)} (${target.kind})`,
          STATE_TEXT[target.state],
          ...target.uptime.map((window) => window.text),
          `${target.errors24h} · ${target.errors7d}`,
          formatMs(target.p95Last24h),
          target.p95Daily.map((value) => (value === undefined ? '—' : String(Math.round(value)))).join(' · ')
        ])
      );
    }
  }
  lines.push('', '### Open incidents', '');
  if (view.openIncidents.length === 0) lines.push('No open incident.');
  for (const incident of view.openIncidents) {
    lines.push(`- **${incident.severity}** — ${escapeMarkdown(incident.title, 200)} (${escapeMarkdown(incident.target, 120)}), open since ${formatTime(incident.openedAt)}`);
  }
  if (view.certificates.length > 0) {
    lines.push('', '### Certificates', '', row(['Host', 'Expires', 'State']), row(['---', '---', '---']));
    for (const certificate of view.certificates) lines.push(row([escapeMarkdown(certificate.host, 200), formatDay(certificate.expiresAt), describeExpiry(certificate)]));
  }
  lines.push('', '### Recent deploys', '');
  if (view.deploys.length === 0) lines.push('No deploy recorded.');
  else lines.push(row(['When', 'Environment', 'Ref']), row(['---', '---', '---']));
  for (const deploy of view.deploys) lines.push(row([formatTime(deploy.at), escapeMarkdown(deploy.environment, 80), codeSpan(deploy.ref, 80)]));
  lines.push('', '_Uptime: share of monitoring runs that passed in the window, cut to two decimals. p95: nearest rank, passing checks only._', '');
  return lines.join('\n');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
