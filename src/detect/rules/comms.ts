/**
 * Messaging and email: Slack, Microsoft Teams, Discord, Telegram, Twilio, SendGrid, Mailgun,
 * Mailchimp, Brevo, Postmark. A leaked one sends messages or mail in your name (phishing from your
 * own domain) and often reads history.
 */
import type { SecretRule } from '../contracts.js';
import { ASSIGN, END, END_URL, START, rx, rxi, startOrAfter } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
const TWILIO_ROTATE = 'create a new API key or promote a secondary auth token in the Twilio Console → Account → API keys & tokens, then delete the old one';

export const COMMS_RULES: readonly SecretRule[] = [
  // Token types: https://api.slack.com/concepts/token-types (bot, user, legacy workspace, refresh,
  // and `xoxe.` configuration tokens).
  {
    id: 'slack-token',
    title: 'Slack token',
    description: 'Slack bot, user, workspace, legacy, refresh and configuration tokens (`xoxb-`, `xoxp-`, `xoxa-`, `xoxe.xoxp-`, …).',
    severity: 'high',
    keywords: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe'],
    pattern: rx`${START}(?:xox[abposr]-[0-9]{1,13}-[A-Za-z0-9-]{10,200}|xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,200}|xoxe-\d-[A-Za-z0-9]{100,200})${END}`,
    remediation: rotateThenRemove(
      'revoke it with `auth.revoke` or reinstall the app from its Slack app settings → OAuth & Permissions, which issues new tokens'
    ),
    category: 'comms'
  },
  {
    id: 'slack-app-token',
    title: 'Slack app-level token',
    description: 'Slack app-level tokens (`xapp-`), used for Socket Mode connections.',
    severity: 'high',
    keywords: ['xapp-'],
    pattern: rx`${START}xapp-\d-[A-Z0-9]{9,12}-\d{10,16}-[a-f0-9]{64}${END}`,
    remediation: rotateThenRemove('revoke the token in the Slack app settings → Basic Information → App-Level Tokens and generate a new one'),
    category: 'comms'
  },
  // Format: https://api.slack.com/messaging/webhooks
  {
    id: 'slack-webhook-url',
    title: 'Slack incoming webhook URL',
    description: 'Slack incoming webhook and workflow trigger URLs: anyone holding one can post to the channel.',
    severity: 'high',
    keywords: ['hooks.slack.com'],
    pattern: rx`https?://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{40,200}`,
    remediation: rotateThenRemove('remove the webhook in the Slack app settings → Incoming Webhooks and add a new one'),
    category: 'comms'
  },
  // Incoming webhooks (Office 365 connectors): https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
  {
    id: 'microsoft-teams-webhook-url',
    title: 'Microsoft Teams incoming webhook URL',
    description: 'Microsoft Teams incoming webhook URLs (`*.webhook.office.com/webhookb2/…`): anyone holding one can post to the channel.',
    severity: 'high',
    keywords: ['webhook.office.com'],
    pattern: rx`https://[a-z0-9-]{1,60}\.webhook\.office\.com/webhookb2/${UUID}@${UUID}/IncomingWebhook/[a-f0-9]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,80})?`,
    remediation: rotateThenRemove('remove the Incoming Webhook connector from the channel (Manage channel → Connectors) and create a new one, or move to a Workflows webhook'),
    category: 'comms'
  },
  // Bot tokens are three base64url parts: the bot's user id in base64 (a 17–20 digit snowflake:
  // 23–27 characters, first `M`, `N` or `O`), a timestamp and an HMAC (27 characters in older
  // tokens, 38 now): https://discord.com/developers/docs/reference#authentication. The shape is too
  // plain alone, so Discord must be named in the text, or the token passed to `client.login(…)` or
  // sent as `Authorization: Bot …`.
  {
    id: 'discord-bot-token',
    title: 'Discord bot token',
    description: 'Discord bot tokens (base64 user id, timestamp, HMAC) in a text that mentions Discord, logs a client in or sends `Authorization: Bot`.',
    severity: 'high',
    keywords: ['discord', 'client.login(', 'authorization: bot'],
    keywordScope: 'file',
    pattern: rx`${START}[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}${END_URL}`,
    remediation: rotateThenRemove('reset the token in the Discord Developer Portal → the application → Bot → Reset Token'),
    category: 'comms'
  },
  // Webhooks: https://discord.com/developers/docs/resources/webhook
  {
    id: 'discord-webhook-url',
    title: 'Discord webhook URL',
    description: 'Discord webhook URLs (`discord.com/api/webhooks/<id>/<token>`): anyone holding one can post to the channel.',
    severity: 'high',
    keywords: ['discord'],
    pattern: rx`https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api/(?:v\d{1,2}/)?webhooks/\d{17,20}/[A-Za-z0-9_-]{60,68}`,
    remediation: rotateThenRemove('delete the webhook in the channel settings → Integrations → Webhooks and create a new one'),
    category: 'comms'
  },
  // Bot tokens `<bot id>:<35 characters>`: https://core.telegram.org/bots/api#authorizing-your-bot
  {
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    description: 'Telegram Bot API tokens (`<8–10 digit bot id>:A…`, 35 characters after the colon).',
    severity: 'high',
    keywords: [':a'],
    // Also right after `bot` in Bot API URLs: `https://api.telegram.org/bot<token>/getMe`.
    pattern: rx`${startOrAfter('bot')}\d{8,10}:A[A-Za-z0-9_-]{34}${END_URL}`,
    remediation: rotateThenRemove('revoke it with @BotFather (`/revoke`, then pick the bot) and use the new token'),
    category: 'comms'
  },
  // API key SIDs `SK` + 32 hex: https://www.twilio.com/docs/iam/api-keys. The SID names the key;
  // its secret travels with it, so a SID in code means the secret is usually nearby.
  {
    id: 'twilio-api-key',
    title: 'Twilio API key SID',
    description: 'Twilio API key SIDs (`SK` + 32 hex characters) in a text that mentions Twilio.',
    severity: 'medium',
    keywords: ['twilio'],
    pattern: rx`${START}SK[0-9a-fA-F]{32}${END}`,
    remediation: rotateThenRemove(TWILIO_ROTATE),
    category: 'comms'
  },
  // Account SIDs `AC` + 32 hex name the account: not a secret alone, but the auth token that goes
  // with one is (and the pair is the usual leak): https://www.twilio.com/docs/iam/api/account
  {
    id: 'twilio-account-sid',
    title: 'Twilio account SID',
    description: 'Twilio account SIDs (`AC` + 32 hex characters) in a text that mentions Twilio: look for the auth token beside it.',
    severity: 'medium',
    keywords: ['twilio'],
    keywordScope: 'file',
    pattern: rx`${START}AC[0-9a-f]{32}${END}`,
    remediation: rotateThenRemove(TWILIO_ROTATE),
    category: 'comms'
  },
  // Auth tokens are 32 hex with no prefix: named `twilio…token/secret`, named `auth_token` in a
  // text that mentions Twilio (`account_sid = …` on the line before, as Twilio's quickstarts
  // write it), or right after the account SID (`Client("AC…", "…")`, `AC…:…@api.twilio.com`).
  // https://www.twilio.com/docs/iam/access-tokens
  {
    id: 'twilio-auth-token',
    title: 'Twilio auth token',
    description: 'A Twilio auth token: 32 hex characters named `twilio…token/secret`, `auth_token` in a text that mentions Twilio, or following an `AC…` account SID.',
    severity: 'critical',
    keywords: ['twilio'],
    keywordScope: 'file',
    pattern: rxi`(?:(?<![a-z0-9])(?:twilio[a-z0-9_.-]{0,20}(?:auth|secret|token)|auth[_.-]?token)${ASSIGN}|AC[0-9a-f]{32}["']?[ \t]{0,3}[:,][ \t]{0,3}["']?)([0-9a-f]{32})(?![0-9a-z])`,
    secretGroup: 1,
    confidence: 'medium',
    remediation: rotateThenRemove(TWILIO_ROTATE),
    category: 'comms'
  },
  // An API key's secret is 32 letters and digits, shown once beside its `SK…` SID:
  // https://www.twilio.com/docs/iam/api-keys#create-an-api-key
  {
    id: 'twilio-api-key-secret',
    title: 'Twilio API key secret',
    description: 'The secret of a Twilio API key: 32 letters and digits named `twilio…api…secret`.',
    severity: 'critical',
    keywords: ['twilio'],
    pattern: rxi`(?<![a-z0-9])twilio[a-z0-9_.-]{0,20}(?:api|key)[a-z0-9_.-]{0,10}secret${ASSIGN}([A-Za-z0-9]{32})${END}`,
    secretGroup: 1,
    minEntropy: 3.5,
    confidence: 'medium',
    remediation: rotateThenRemove(TWILIO_ROTATE),
    category: 'comms'
  },
  // API keys `SG.<22>.<43>`: https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys
  {
    id: 'sendgrid-api-key',
    title: 'SendGrid API key',
    description: 'Twilio SendGrid API keys (`SG.` + 22 + `.` + 43 characters).',
    severity: 'critical',
    keywords: ['sg.'],
    pattern: rx`${START}SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}${END_URL}`,
    remediation: rotateThenRemove('delete the key in SendGrid → Settings → API Keys and create a new one with the least permissions'),
    category: 'comms'
  },
  // Keys: https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#primary-account-api-key
  {
    id: 'mailgun-api-key',
    title: 'Mailgun API key',
    description: 'Mailgun private API keys (`key-` + 32 hex characters).',
    severity: 'high',
    keywords: ['key-'],
    pattern: rx`${START}key-[0-9a-f]{32}${END}`,
    remediation: rotateThenRemove('delete the key in Mailgun → API Security and create a new one'),
    category: 'comms'
  },
  // Newer keys `<32 hex>-<8 hex>-<8 hex>` have no prefix: only under a Mailgun name.
  {
    id: 'mailgun-private-key',
    title: 'Mailgun API key (new format)',
    description: 'A Mailgun API key in the newer `<32 hex>-<8 hex>-<8 hex>` format, assigned to a name with `mailgun`.',
    severity: 'high',
    keywords: ['mailgun'],
    pattern: rxi`mailgun${ASSIGN}([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![0-9a-z-])`,
    secretGroup: 1,
    confidence: 'medium',
    remediation: rotateThenRemove('delete the key in Mailgun → API Security and create a new one'),
    category: 'comms'
  },
  // Keys end in the data center: https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key
  {
    id: 'mailchimp-api-key',
    title: 'Mailchimp API key',
    description: 'Mailchimp Marketing API keys (32 hex characters + `-us<n>`).',
    severity: 'high',
    keywords: ['-us'],
    pattern: rx`${START}[0-9a-f]{32}-us\d{1,2}${END}`,
    remediation: rotateThenRemove('disable and delete the key in Mailchimp → Profile → Extras → API keys, and create a new one'),
    category: 'comms'
  },
  // Brevo (Sendinblue) v3 keys: https://developers.brevo.com/docs/getting-started
  {
    id: 'brevo-api-key',
    title: 'Brevo API key',
    description: 'Brevo (formerly Sendinblue) API v3 keys (`xkeysib-` + 64 hex + `-` + 16 characters).',
    severity: 'high',
    keywords: ['xkeysib-'],
    pattern: rx`${START}xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}${END}`,
    remediation: rotateThenRemove('delete the key in Brevo → SMTP & API → API keys and generate a new one'),
    category: 'comms'
  },
  // Server and account tokens are UUIDs: https://postmarkapp.com/developer/api/overview#authentication
  {
    id: 'postmark-server-token',
    title: 'Postmark API token',
    description: 'A Postmark server or account API token: a UUID assigned to a name with `postmark` or sent as `X-Postmark-Server-Token`.',
    severity: 'high',
    keywords: ['postmark'],
    pattern: rxi`postmark${ASSIGN}(${UUID})(?![0-9a-z-])`,
    secretGroup: 1,
    confidence: 'medium',
    // The documented format is a UUID, which the shared filter would drop.
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('regenerate the token in Postmark → the server → API Tokens (or Account → API Tokens)'),
    category: 'comms'
  }
];
