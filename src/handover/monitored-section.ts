/**
 * Monitored routes and flows: what the smoke check saw on each (status, time, verdict) with the
 * perf check's p95 beside the routes it measured, and whether scheduled monitoring is set up.
 */
import { escapeMarkdown } from '../report/escape-markdown.js';
import { type HandoverInput, notChecked, ran, resultOf, tableOf } from './handover-input.js';
import { markdownTable } from './markdown-table.js';

export function renderMonitoredSection({ report, config }: HandoverInput): string[] {
  const lines = ['## Routes and flows', ''];
  const smoke = resultOf(report, 'smoke');
  const perf = resultOf(report, 'perf');
  const p95 = p95ByRoute(ran(perf) ? tableOf(perf, 'Latency') : undefined);
  const routes = ran(smoke) ? tableOf(smoke, 'Routes') : undefined;
  if (routes) {
    const rows = routes.rows.map((row) => [...row.slice(0, 4), p95.get(row[0] ?? '') ?? p95.get((row[0] ?? '').replace(/^GET /, '')) ?? '—']);
    lines.push(...markdownTable(['Route', 'Status', 'Time', 'Verdict', 'p95'], rows));
  } else {
    lines.push(`Routes: ${escapeMarkdown(notChecked(smoke, 'add a `smoke` section with the routes customers touch first'), 300)}`);
  }
  const flows = ran(smoke) ? tableOf(smoke, 'Flows') : undefined;
  if (flows) lines.push('', ...markdownTable(flows.columns, flows.rows));
  if (p95.size > 0 && !routes) lines.push('', ...markdownTable(['Route', 'p95'], [...p95.entries()]));
  if (!ran(perf)) lines.push('', `p95: ${escapeMarkdown(notChecked(perf, 'add a `perf` section with a p95 budget'), 300)}`);
  const monitor = config.monitor;
  lines.push(
    '',
    monitor
      ? `Scheduled monitoring: on — an incident opens after ${monitor.failuresBeforeAlert} failing runs in a row${monitor.alert.issue ? ', as a GitHub issue' : ''}${monitor.alert.webhook ? ' and a webhook message' : ''}; certificates are flagged ${monitor.certExpiryDays} days before expiry.`
      : 'Scheduled monitoring: not set up — add a `monitor` section and the scheduled workflow so an outage reaches you before a customer does.'
  );
  return lines;
}

/** p95 by route from the perf check's Latency table (its `Route` and `p95 now` columns). */
function p95ByRoute(table: { columns: string[]; rows: string[][] } | undefined): Map<string, string> {
  const column = table?.columns.indexOf('p95 now') ?? -1;
  if (!table || column < 0) return new Map();
  return new Map(table.rows.map((row) => [row[0] ?? '', row[column] ?? '']));
}
