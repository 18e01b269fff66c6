/**
 * The words of an alert: the incident issue (title, body with its hidden marker), the comments on
 * change and on recovery, and the webhook's one message. Pure; every piece of outside text (route
 * names, server answers in the evidence) is escaped before it enters Markdown, and the webhook
 * text is plain (Slack's mrkdwn needs only `&`, `<`, `>` escaped:
 * https://api.slack.com/reference/surfaces/formatting#escaping).
 */
import { escapeMarkdown, toSingleLine, truncateText } from '../report/escape-markdown.js';
import { formatDuration } from '../report/format-values.js';
import { SEVERITY_ICON } from '../report/markdown-parts.js';
import type { AlertAction } from './alert-action.js';
import type { Incident } from './monitor-state.js';

/** The label every incident issue carries: how a run finds the open ones. */
export const INCIDENT_LABEL = 'launch-ready:incident';

/** The hidden line that ties an issue to its incident; found before any issue is created. */
export function incidentMarker(incident: Pick<Incident, 'id'>): string {
  return `<!-- launch-ready:incident ${incident.id} -->`;
}

export function issueTitle(incident: Incident): string {
  return truncateText(toSingleLine(`[launch-ready] ${incident.title}`), 200);
}

/** The issue's body: what failed, since when, the evidence and the last good run. */
export function renderIssueBody(action: Extract<AlertAction, { kind: 'open' }>): string {
  const { incident, probe } = action;
  return [
    incidentMarker(incident),
    `### ${SEVERITY_ICON[incident.severity]} ${incident.severity}: ${escapeMarkdown(incident.title)}`,
    '',
    `- **What failed:** ${escapeMarkdown(`${probe.kind} ${probe.name}`)}${probe.url ? ` (${escapeMarkdown(probe.url)})` : ''}`,
    `- **Failing since:** ${incident.failingSince}`,
    `- **Last status:** ${probe.status ?? 'no answer'}`,
    `- **Last good run:** ${action.lastGoodAt ?? 'none recorded'}`,
    '',
    '**Evidence**',
    '',
    ...evidenceLines(probe.evidence),
    '',
    'launch-ready comments here when this changes and closes the issue when the target passes again.'
  ].join('\n');
}

export function renderChangeComment(action: Extract<AlertAction, { kind: 'comment' }>): string {
  const { incident, probe } = action;
  return [
    incidentMarker(incident),
    `**Changed:** ${SEVERITY_ICON[incident.severity]} ${incident.severity}, status ${probe.status ?? 'no answer'}.`,
    '',
    ...evidenceLines(probe.evidence)
  ].join('\n');
}

/** A DNS change notice: where the host led, where it leads now, and what to do if nobody changed it. */
export function renderNoticeBody(action: Extract<AlertAction, { kind: 'notice' }>): string {
  const { incident, probe } = action;
  return [
    incidentMarker(incident),
    `### ${SEVERITY_ICON[incident.severity]} ${incident.severity}: ${escapeMarkdown(incident.title)}`,
    '',
    `- **Host:** ${escapeMarkdown(probe.name)}`,
    `- **Was:** ${escapeMarkdown(action.previous)}`,
    `- **Now:** ${escapeMarkdown(probe.answer ?? '')}`,
    `- **Seen at:** ${incident.openedAt}`,
    '',
    'If this was a planned change (a new host, a moved origin), close this issue. If nobody changed it, check the DNS provider\'s audit log and the registrar now: an edited record or a hijacked zone sends your customers elsewhere.'
  ].join('\n');
}

export function renderRecoveryComment(incident: Incident): string {
  return [incidentMarker(incident), `**Recovered** at ${incident.closedAt}: down for ${formatDowntime(incident.downtimeMs ?? 0)} (since ${incident.failingSince}).`].join('\n');
}

/** One line for the webhook (`{ text }`, Slack-compatible). */
export function renderWebhookText(action: AlertAction): string {
  const { incident } = action;
  const what = plain(incident.title);
  switch (action.kind) {
    case 'open':
      return `:rotating_light: ${incident.severity}: ${what}, failing since ${incident.failingSince}. ${plain(action.probe.evidence[0] ?? '')}`.trim();
    case 'comment':
      return `:warning: ${incident.severity}: ${what} changed. ${plain(action.probe.evidence[0] ?? '')}`.trim();
    case 'close':
      return `:white_check_mark: Recovered: ${what} after ${formatDowntime(incident.downtimeMs ?? 0)} down.`;
    case 'notice':
      return `:mag: ${incident.severity}: ${what}: was ${plain(action.previous)}, now ${plain(action.probe.answer ?? '')}.`;
  }
}

/** `3 min`, `2 h 5 min`, `45 s`: downtime as people say it. */
export function formatDowntime(ms: number): string {
  if (ms < 60_000) return formatDuration(ms);
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
}

function evidenceLines(evidence: readonly string[]): string[] {
  return evidence.length > 0 ? evidence.map((line) => `- ${escapeMarkdown(line)}`) : ['- (no details)'];
}

function plain(text: string): string {
  return truncateText(toSingleLine(text), 300).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
