/**
 * The status page as one self-contained HTML file for GitHub Pages: inline CSS, no script, font or
 * image to fetch, readable without JavaScript on a 375 px phone. Landmarks (header, main, footer),
 * one h1 and an h2 per section, tables with captions and header cells, `lang`, and up/down said in
 * words. Every string from outside goes through `escapeHtml`; targets' headers are never in the
 * input, so no secret can reach the page.
 */
import type { StatusView, TargetView } from './build-status-view.js';
import { escapeHtml, safeHref } from './escape-html.js';
import { describeExpiry, formatDay, formatMs, formatTime, OVERALL_TEXT, STATE_TEXT } from './format-status.js';
import { renderSparkline } from './render-sparkline.js';
import { STATUS_PAGE_CSS } from './status-page-styles.js';
import { UPTIME_WINDOWS } from './uptime.js';

export interface StatusPageOptions {
  /** The page's h1 and title, e.g. the product's name. Default `Status`. */
  title?: string;
}

export function renderStatusHtml(view: StatusView, options: StatusPageOptions = {}): string {
  const title = escapeHtml(options.title ?? 'Status', 100);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The page needs nothing from anywhere: the browser itself refuses any load, should a future
    // edit or a hostile string ever try one.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    // No request may leave the page: even a favicon lookup is answered by this empty data URL.
    '<link rel="icon" href="data:,">',
    `<title>${title}</title>`,
    `<style>${STATUS_PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
    `<p class="overall ${view.overall}" role="status">${OVERALL_TEXT[view.overall]}</p>`,
    `<p class="muted">Updated <time datetime="${escapeHtml(view.generatedAt)}">${formatTime(view.generatedAt)}</time></p>`,
    '</header>',
    '<main>',
    ...uptimeSection(view),
    ...latencySection(view),
    ...incidentsSection(view),
    ...certificatesSection(view),
    ...deploysSection(view),
    '</main>',
    '<footer><p class="muted">Uptime is the share of monitoring runs whose check of the target passed in the window, cut (not rounded) to two decimals. p95 is the nearest-rank 95th percentile of the passing checks’ response times. Made by launch-ready.</p></footer>',
    '</body>',
    '</html>',
    ''
  ].join('\n');
}

function targetName(target: TargetView): string {
  const href = safeHref(target.url);
  const name = escapeHtml(target.name, 120);
  const linked = href ? `<a href="${escapeHtml(href, 2000)}">${name}</a>` : name;
  return `<th scope="row" class="name">${linked}<span class="kind">${target.kind}</span></th>`;
}

function uptimeSection(view: StatusView): string[] {
  const head = ['Target', 'Now', ...UPTIME_WINDOWS.map((window) => window.label)];
  const rows = view.targets.map((target) =>
    [
      '<tr>',
      targetName(target),
      `<td class="${target.state}">${STATE_TEXT[target.state]}</td>`,
      ...target.uptime.map((window) => `<td class="num" title="${window.count.ok} of ${window.count.total} runs passed">${window.text}</td>`),
      '</tr>'
    ].join('')
  );
  return section('uptime', 'Uptime', view.targets.length === 0 ? ['<p>No target is monitored yet.</p>'] : table('Share of monitoring runs that passed, by window', head, rows, [2, 3, 4]));
}

function latencySection(view: StatusView): string[] {
  const rows = view.targets.map((target) =>
    [
      '<tr>',
      targetName(target),
      `<td class="num">${formatMs(target.p95Last24h)}</td>`,
      `<td class="num">${target.errors24h} · ${target.errors7d}</td>`,
      `<td>${renderSparkline(target.p95Daily, view.trendLabels)}</td>`,
      '</tr>'
    ].join('')
  );
  if (view.targets.length === 0) return [];
  const caption = `p95 and failed runs (24 h · 7 d); p95 by day from ${view.trendLabels[0]} to ${view.trendLabels.at(-1)}`;
  return section('latency', 'Response time and errors', table(caption, ['Target', 'p95 24 h', 'Errors', 'p95 trend'], rows, [1, 2]));
}

function incidentsSection(view: StatusView): string[] {
  if (view.openIncidents.length === 0) return section('incidents', 'Open incidents', ['<p>No open incident.</p>']);
  const items = view.openIncidents.map(
    (incident) =>
      `<li><span class="sev">${incident.severity}</span> — <strong>${escapeHtml(incident.title, 200)}</strong> (${escapeHtml(incident.target, 120)}), open since <time datetime="${escapeHtml(incident.openedAt)}">${formatTime(incident.openedAt)}</time></li>`
  );
  return section('incidents', 'Open incidents', ['<ul class="incidents">', ...items, '</ul>']);
}

function certificatesSection(view: StatusView): string[] {
  if (view.certificates.length === 0) return [];
  const rows = view.certificates.map((certificate) =>
    [
      '<tr>',
      `<th scope="row" class="name">${escapeHtml(certificate.host, 200)}</th>`,
      `<td class="num">${formatDay(certificate.expiresAt)}</td>`,
      `<td class="${certificate.state}">${describeExpiry(certificate)}</td>`,
      '</tr>'
    ].join('')
  );
  return section('certificates', 'Certificates', table(`Flagged from ${view.certWarningDays} days before expiry`, ['Host', 'Expires', 'State'], rows, [1]));
}

function deploysSection(view: StatusView): string[] {
  if (view.deploys.length === 0) return section('deploys', 'Recent deploys', ['<p>No deploy recorded.</p>']);
  const rows = view.deploys.map((deploy) => {
    const href = safeHref(deploy.url);
    const environment = escapeHtml(deploy.environment, 80);
    return [
      '<tr>',
      `<td class="nowrap"><time datetime="${escapeHtml(deploy.at)}">${formatTime(deploy.at)}</time></td>`,
      `<td class="name">${href ? `<a href="${escapeHtml(href, 2000)}">${environment}</a>` : environment}</td>`,
      `<td class="name"><code>${escapeHtml(deploy.ref, 80)}</code></td>`,
      '</tr>'
    ].join('');
  });
  return section('deploys', 'Recent deploys', table('Newest first, from the repository’s deployments', ['When', 'Environment', 'Ref'], rows, []));
}

function section(id: string, heading: string, body: string[]): string[] {
  return [`<section aria-labelledby="${id}-h">`, `<h2 id="${id}-h">${heading}</h2>`, ...body, '</section>'];
}

/** `numeric`: the indexes of the columns whose figures align right. */
function table(caption: string, head: readonly string[], rows: readonly string[], numeric: readonly number[]): string[] {
  const headCells = head.map((text, index) => `<th scope="col"${numeric.includes(index) ? ' class="num"' : ''}>${text}</th>`).join('');
  return ['<div class="table-wrap">', '<table>', `<caption>${caption}</caption>`, `<thead><tr>${headCells}</tr></thead>`, '<tbody>', ...rows, '</tbody>', '</table>', '</div>'];
}
