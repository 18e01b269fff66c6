/**
 * What the schema cannot say about the monitor section: an alert route may only name a channel
 * that is on (`webhook` needs `alert.webhook`, `issue` needs `alert.issue` not false), or the
 * alerts of that severity would go nowhere without anyone noticing.
 */
import type { PathProblem } from './config-problems.js';
import { formatPath } from './describe-value.js';
import { child, isRecord } from './raw-access.js';

export function monitorProblems(data: unknown): PathProblem[] {
  const routes = child(data, 'monitor', 'alert', 'routes');
  if (!isRecord(routes)) return [];
  const webhookSet = child(data, 'monitor', 'alert', 'webhook') !== undefined;
  const issueOff = child(data, 'monitor', 'alert', 'issue') === false;
  const problems: PathProblem[] = [];
  for (const [severity, channels] of Object.entries(routes)) {
    if (!Array.isArray(channels)) continue;
    channels.forEach((channel, index) => {
      const path = ['monitor', 'alert', 'routes', severity, String(index)];
      if (channel === 'webhook' && !webhookSet) {
        problems.push({ path, target: 'value', message: `${formatPath(path)}: routes ${severity} alerts to the webhook, but monitor.alert.webhook is not set; expected monitor.alert.webhook: \${env.SLACK_WEBHOOK_URL}, or remove webhook here` });
      }
      if (channel === 'issue' && issueOff) {
        problems.push({ path, target: 'value', message: `${formatPath(path)}: routes ${severity} alerts to an issue, but monitor.alert.issue is false; expected issue: true, or remove issue here` });
      }
    });
  }
  return problems;
}
