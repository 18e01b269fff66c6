/**
 * The webhook channel: one Slack-compatible `{ "text": … }` JSON POST per alert
 * (https://api.slack.com/messaging/webhooks), through the run's HTTP client. The URL is a secret
 * (whoever has it can post to the channel): no message here ever names it.
 */
import type { HttpClient } from '../http/http-types.js';
import type { Logger } from '../logger.js';
import type { AlertAction } from './alert-action.js';
import { renderWebhookText } from './render-alert.js';

const WEBHOOK_TIMEOUT_MS = 10_000;

export async function deliverWebhook(http: HttpClient, url: string, actions: readonly AlertAction[], logger: Logger): Promise<void> {
  for (const action of actions) {
    try {
      const answer = await http.request({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: renderWebhookText(action) }),
        timeoutMs: WEBHOOK_TIMEOUT_MS,
        maxBodyBytes: 1024
      });
      if (answer.status >= 300) logger.warning(`the alert webhook answered ${answer.status} for incident ${action.incident.id}`);
    } catch (error) {
      // HttpFailure messages hold no header or body; the URL stays out all the same.
      logger.warning(`the alert webhook could not be reached for incident ${action.incident.id} (${(error as { kind?: string }).kind ?? 'error'})`);
    }
  }
}
