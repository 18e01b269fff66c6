/**
 * "What is live" and "Email authentication": the deployed URL, the declared hosts and canonical
 * domain, and what the domain check found about DNS, the edge and certificates when it ran. The
 * domain check's tables are shown as it made them: this file reads no check's internals.
 */
import { codeSpan, escapeMarkdown } from '../report/escape-markdown.js';
import type { CheckResult } from '../report/finding.js';
import { type HandoverInput, notChecked, ran, resultOf } from './handover-input.js';
import { markdownTable } from './markdown-table.js';

const EMAIL = /email|spf|dkim|dmarc|\bmx\b|inbox/i;

export function renderLiveSection({ report, config }: HandoverInput): string[] {
  const lines = ['## What is live', ''];
  const { baseUrl, environment } = report.run;
  lines.push(`- **Deployed URL:** ${baseUrl ? codeSpan(baseUrl, 200) : 'none given to this run'}${environment ? ` (environment ${codeSpan(environment, 60)})` : ''}`);
  const domain = config.domain;
  if (domain) {
    lines.push(`- **Hosts:** ${domain.hosts.length > 0 ? domain.hosts.map((host) => `${codeSpan(host.name, 200)}${host.private ? " (private)" : host.staging ? " (staging)" : ""}`).join(', ') : 'none declared'}`);
    lines.push(`- **Canonical domain:** ${domain.canonical ? codeSpan(domain.canonical, 200) : 'not declared'}`);
  }
  const result = resultOf(report, 'domain');
  if (!ran(result)) {
    lines.push(`- **DNS, edge and certificates:** ${escapeMarkdown(notChecked(result, domain ? 'the domain check did not run' : 'add a `domain` section (hosts, canonical)'), 300)}`);
    return lines;
  }
  lines.push(`- **DNS, edge and certificates:** ${summary(result, (title) => !EMAIL.test(title))}`);
  for (const table of result.tables ?? []) {
    if (!EMAIL.test(table.title)) lines.push('', `**${escapeMarkdown(table.title, 120)}**`, '', ...markdownTable(table.columns, table.rows));
  }
  return lines;
}

export function renderEmailSection({ report, config }: HandoverInput): string[] {
  const lines = ['## Email authentication', ''];
  const result = resultOf(report, 'domain');
  if (!config.domain?.email) return [...lines, escapeMarkdown(notChecked(undefined, 'add a `domain.email` section (domains, DKIM selectors)'), 300)];
  if (!ran(result)) return [...lines, escapeMarkdown(notChecked(result, 'the domain check did not run'), 300)];
  lines.push(`Domains: ${config.domain.email.domains.map((name) => codeSpan(name, 200)).join(', ') || 'none'} · ${summary(result, (title) => EMAIL.test(title))}`);
  for (const table of result.tables ?? []) {
    if (EMAIL.test(table.title)) lines.push('', `**${escapeMarkdown(table.title, 120)}**`, '', ...markdownTable(table.columns, table.rows));
  }
  return lines;
}

/** `✅ no findings` or `❌ 2 findings: SPF missing, …`, over the findings whose rule or title matches. */
function summary(result: CheckResult, matches: (text: string) => boolean): string {
  const findings = result.findings.filter((finding) => !finding.known && matches(`${finding.ruleId} ${finding.title}`));
  if (findings.length === 0) return '✅ no findings';
  const titles = [...new Set(findings.map((finding) => finding.title))].slice(0, 5).map((title) => escapeMarkdown(title, 100));
  return `❌ ${findings.length} finding${findings.length === 1 ? '' : 's'}: ${titles.join(', ')} (see Open findings)`;
}
