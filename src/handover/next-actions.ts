/**
 * The day-one list: what to do first, derived from what the run found and what the config lacks.
 * Most urgent first; at most eight items so it is read to the end.
 */
import { escapeMarkdown } from '../report/escape-markdown.js';
import { allFindings } from '../report/report.js';
import type { HandoverInput } from './handover-input.js';

export function renderNextActions({ report, config }: HandoverInput): string[] {
  const open = allFindings(report).filter((finding) => !finding.known);
  const actions: string[] = [];
  const secrets = open.filter((finding) => finding.check === 'secrets');
  if (secrets.length > 0) actions.push(`Rotate the ${secrets.length} leaked credential${secrets.length === 1 ? '' : 's'} today, then remove ${secrets.length === 1 ? 'it' : 'them'} from the code (Recovery steps: Leaked secret).`);
  if (report.gate.blocking > 0) {
    const first = open[0];
    actions.push(`Fix the ${report.gate.blocking} finding${report.gate.blocking === 1 ? '' : 's'} that block the gate (fail-on: ${report.gate.failOn})${first ? `, starting with “${escapeMarkdown(first.title, 120)}”` : ''}.`);
  }
  const env = open.filter((finding) => finding.check === 'env');
  if (env.length > 0) actions.push(`Set or correct the environment variables the env check flagged (${env.length} finding${env.length === 1 ? '' : 's'}).`);
  for (const result of report.results.filter((entry) => entry.status === 'errored')) {
    actions.push(`Make the ${escapeMarkdown(result.check, 40)} check runnable: ${escapeMarkdown(result.reason ?? 'it errored', 200)}.`);
  }
  if (!config.monitor) actions.push('Turn on scheduled monitoring: add a `monitor` section and the `schedule:` workflow, so an outage opens an issue within minutes.');
  if (!config.domain) actions.push('Add a `domain` section (hosts, canonical, email) so certificates, DNS and email authentication are checked before they expire or drift.');
  if (!config.perf) actions.push('Add a `perf` section with a p95 budget, so a slow deploy fails before customers feel it.');
  actions.push('Watch the first day: keep this document, the status page and the alert issues where the on-call person sees them.');
  return ['## Next actions for day one', '', ...actions.slice(0, 8).map((action, index) => `${index + 1}. ${action}`)];
}
