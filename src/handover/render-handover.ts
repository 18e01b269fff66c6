/**
 * The launch handover: one Markdown document, generated from a real run's Report and the config,
 * that says what is live, what is risky and what to watch on day one. Pure: the caller passes the
 * time. It reads names and structure from the config and the report's results only, both of which
 * hold no secret value (the pipeline cut them before the report existed; values of `${env.…}`
 * references are never resolved here).
 */
import { codeSpan, escapeMarkdown } from '../report/escape-markdown.js';
import { safeHttpUrl } from '../report/link-url.js';
import { renderEnvInventory } from './env-inventory.js';
import { renderFindingsSection } from './findings-section.js';
import type { HandoverInput } from './handover-input.js';
import { renderEmailSection, renderLiveSection } from './live-section.js';
import { renderMonitoredSection } from './monitored-section.js';
import { renderNextActions } from './next-actions.js';
import { renderRecoverySteps } from './recovery-steps.js';

export function renderHandover(input: HandoverInput): string {
  const { report } = input;
  const name = report.run.repository ?? 'this project';
  const verdict = report.gate.passed ? '✅ the gate passed' : `❌ the gate failed (${report.gate.blocking} blocking finding${report.gate.blocking === 1 ? '' : 's'})`;
  const commit = report.run.headSha ? ` at ${codeSpan(report.run.headSha.slice(0, 7), 7)}` : '';
  const runUrl = report.run.runUrl ? safeHttpUrl(report.run.runUrl) : undefined;
  const run = runUrl ? ` ([the run](${runUrl}))` : '';
  const sections = [
    [`# Launch handover — ${escapeMarkdown(name, 100)}`, '', `Generated ${input.generatedAt.slice(0, 16).replace('T', ' ')} UTC from the ${escapeMarkdown(report.run.event, 40)} run${commit}${run}: ${verdict}.`],
    renderNextActions(input),
    renderLiveSection(input),
    renderEmailSection(input),
    renderMonitoredSection(input),
    renderEnvInventory(input),
    renderFindingsSection(input),
    renderRecoverySteps(report)
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
