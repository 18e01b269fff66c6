/**
 * SMS, voice, realtime and social APIs: Vonage (Nexmo), MessageBird, Plivo, Sinch, Telnyx,
 * Pusher, Ably, Stream, OneSignal, Expo, Mattermost, Zulip, LINE, Meta (Facebook/WhatsApp) and
 * X (Twitter). A leaked key sends messages or pushes as you, reads conversations, or runs up the
 * bill. Public app keys (Pusher `key`, Plivo auth ids, Facebook app ids) are not reported.
 */
import type { SecretRule } from '../contracts.js';
import { isPlaceholder } from '../filters/placeholder.js';
import { assignedTo, namedRule } from './named-value.js';
import { ASSIGN, END, START, rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const comms = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'comms' });
const named = (rule: Omit<SecretRule, 'category' | 'secretGroup' | 'confidence'>): SecretRule => namedRule(comms(rule));

export const COMMS_MESSAGING_RULES: readonly SecretRule[] = [
  // API secrets are 16 characters (the key, 8 hex, names the account):
  // https://developer.vonage.com/en/getting-started/concepts/authentication
  named({
    id: 'vonage-api-secret',
    title: 'Vonage (Nexmo) API secret',
    description: 'A 16-character Vonage (Nexmo) API secret assigned to a Vonage or Nexmo name with `secret`.',
    severity: 'high',
    keywords: ['vonage', 'nexmo'],
    pattern: assignedTo(String.raw`(?:vonage|nexmo)[a-z0-9_.-]{0,20}secret`, '[a-z0-9]{16}'),
    minEntropy: 3.3,
    remediation: rotateThenRemove('create a new API secret in the Vonage API Dashboard → Settings → API keys, deploy it, then delete the old one')
  }),
  // Access keys are 25 base62 characters: https://developers.messagebird.com/api/#authentication
  named({
    id: 'messagebird-api-key',
    title: 'MessageBird (Bird) access key',
    description: 'A 25-character MessageBird access key assigned to a MessageBird name.',
    severity: 'high',
    keywords: ['messagebird', 'message_bird', 'message-bird'],
    pattern: assignedTo(String.raw`message[_-]?bird[a-z0-9_.-]{0,20}(?:key|token)`, '[a-z0-9]{25}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the access key in the MessageBird (Bird) Dashboard → Developers → API access and create a new one')
  }),
  // Auth tokens are 40 base62 characters; the auth id (`MA…`/`SA…`) names the account:
  // https://www.plivo.com/docs/sms/api/overview/authentication
  named({
    id: 'plivo-auth-token',
    title: 'Plivo auth token',
    description: 'A 40-character Plivo auth token assigned to a Plivo name with `token` or `secret`.',
    severity: 'high',
    keywords: ['plivo'],
    pattern: assignedTo(String.raw`plivo[a-z0-9_.-]{0,20}(?:token|secret)`, '[a-z0-9]{40}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('regenerate the auth token in the Plivo Console → Overview → Account → Auth Token')
  }),
  // SMS REST API tokens are 32 hex: https://developers.sinch.com/docs/sms/api-reference/authentication/
  named({
    id: 'sinch-api-token',
    title: 'Sinch API token',
    description: 'A 32-hex-character Sinch SMS API token or key secret assigned to a Sinch name.',
    severity: 'high',
    keywords: ['sinch'],
    pattern: assignedTo(String.raw`sinch[a-z0-9_.-]{0,20}(?:token|secret)`, '[a-f0-9]{32}'),
    remediation: rotateThenRemove('delete the access key (or regenerate the service plan token) in the Sinch Customer Dashboard → Settings → Access Keys')
  }),
  // API v2 keys `KEY` + 32 upper-case hex + `_` + 22 characters: https://developers.telnyx.com/docs/overview/authentication
  comms({
    id: 'telnyx-api-key',
    title: 'Telnyx API key',
    description: 'Telnyx API v2 keys (`KEY` + 32 hex + `_` + 22 characters).',
    severity: 'high',
    keywords: ['key'],
    pattern: rx`${START}KEY[0-9A-F]{32}_[A-Za-z0-9]{22}${END}`,
    remediation: rotateThenRemove('delete the key in the Telnyx Portal → Account settings → Keys & Credentials → API Keys and create a new one')
  }),
  // App secrets are 20 hex (the app key beside it is public):
  // https://pusher.com/docs/channels/server_api/authenticating-users/
  named({
    id: 'pusher-app-secret',
    title: 'Pusher app secret',
    description: 'A 20-hex-character Pusher Channels app secret assigned to a Pusher name with `secret`.',
    severity: 'high',
    keywords: ['pusher'],
    pattern: assignedTo(String.raw`pusher[a-z0-9_.-]{0,20}secret`, '[a-f0-9]{20}'),
    remediation: rotateThenRemove('create a new key pair in the Pusher dashboard → the app → App Keys, deploy it, then delete the old one')
  }),
  // API keys `<app id>.<key id>:<secret>`: https://ably.com/docs/auth/basic
  comms({
    id: 'ably-api-key',
    title: 'Ably API key',
    description: 'Ably API keys (`<app>.<key>:<secret>`) assigned to an Ably name or passed to `new Ably.Realtime/Rest(…)`.',
    severity: 'high',
    keywords: ['ably'],
    pattern: rxi`(?:(?<![a-z0-9])ably[a-z0-9_.-]{0,20}key${ASSIGN}|ably\.(?:realtime|rest)(?:\.promise)?\([ \t]{0,3}(?:\{[ \t]{0,3}key:[ \t]{0,3})?["'])([a-z0-9_-]{6}\.[a-z0-9_-]{6}:[a-z0-9_+/=-]{43})(?![a-z0-9_+/=-])`,
    secretGroup: 1,
    confidence: 'medium',
    remediation: rotateThenRemove('revoke the key in the Ably dashboard → the app → API Keys and create a new one')
  }),
  // API secrets are 64 base62 characters: https://getstream.io/chat/docs/node/tokens_and_authentication/
  named({
    id: 'stream-api-secret',
    title: 'Stream API secret',
    description: 'A 64-character Stream (getstream.io) API secret assigned to a `STREAM_API_SECRET`-style name.',
    severity: 'high',
    keywords: ['stream_secret', 'stream_api_secret', 'stream-api-secret', 'streamapisecret', 'streamsecret', 'getstream'],
    pattern: assignedTo(String.raw`(?:get)?stream[_-]?(?:api[_-]?)?secret`, '[a-z0-9]{64}'),
    minEntropy: 4,
    remediation: rotateThenRemove('regenerate the secret in the Stream Dashboard → the app → Chat/Feeds overview → Key & Secret')
  }),
  // REST API keys: `os_v2_app_`/`os_v2_org_` + base32 since 2024, 48 base62 before:
  // https://documentation.onesignal.com/docs/keys-and-ids
  comms({
    id: 'onesignal-api-key',
    title: 'OneSignal REST API key',
    description: 'OneSignal REST API keys (`os_v2_app_…`, `os_v2_org_…`) and older 48-character keys assigned to a OneSignal name.',
    severity: 'high',
    keywords: ['os_v2_', 'onesignal'],
    pattern: rxi`(?:(?<![a-z0-9_])(?=os_v2_)|(?<![a-z0-9])onesignal[a-z0-9_.-]{0,20}(?:key|token)${ASSIGN})(os_v2_(?:app|org)_[a-z2-7]{50,150}|[a-z0-9]{48})(?![a-z0-9_-])`,
    secretGroup: 1,
    minEntropy: 3.5,
    remediation: rotateThenRemove('rotate the REST API key in OneSignal → Settings → Keys & IDs')
  }),
  // Access tokens (personal and robot) of Expo/EAS, 40 characters: https://docs.expo.dev/accounts/programmatic-access/
  named({
    id: 'expo-access-token',
    title: 'Expo access token',
    description: 'A 40-character Expo (EAS) access token assigned to `EXPO_TOKEN` or an Expo access-token name.',
    severity: 'high',
    keywords: ['expo_token', 'expo-token', 'expo_access_token', 'expo-access-token', 'expoaccesstoken', 'expotoken'],
    pattern: assignedTo(String.raw`expo[_-]?(?:access[_-]?)?token`, '[a-z0-9_-]{40}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('revoke the token at expo.dev → Account settings → Access tokens (robot tokens under the organization) and create a new one')
  }),
  // Personal access and bot tokens are 26 lower-case base36 characters:
  // https://developers.mattermost.com/integrate/reference/personal-access-token/
  named({
    id: 'mattermost-access-token',
    title: 'Mattermost access token',
    description: 'A 26-character Mattermost personal access or bot token assigned to a Mattermost name.',
    severity: 'high',
    keywords: ['mattermost'],
    pattern: assignedTo(String.raw`mattermost[a-z0-9_.-]{0,20}(?:token|key)`, '[a-z0-9]{26}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('revoke the token in Mattermost → Profile → Security → Personal Access Tokens (bot tokens under Integrations → Bot Accounts)')
  }),
  // API keys are 32 base62 characters: https://zulip.com/api/api-keys
  named({
    id: 'zulip-api-key',
    title: 'Zulip API key',
    description: 'A 32-character Zulip API key assigned to a Zulip name.',
    severity: 'high',
    keywords: ['zulip'],
    pattern: assignedTo(String.raw`zulip[a-z0-9_.-]{0,20}(?:key|token)`, '[a-z0-9]{32}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('regenerate the API key in Zulip → Personal settings → Account & privacy → API key (bots under Settings → Bots)')
  }),
  // Channel access tokens (long-lived: about 172 base64 characters) and channel secrets (32 hex):
  // https://developers.line.biz/en/docs/basics/channel-access-token/
  named({
    id: 'line-channel-secret',
    title: 'LINE channel access token or secret',
    description: 'A LINE Messaging API channel access token (160–200 base64 characters) or channel secret (32 hex) assigned to a `LINE_CHANNEL_…` name.',
    severity: 'high',
    keywords: ['line_channel', 'line-channel', 'linechannel'],
    pattern: assignedTo(String.raw`line[_-]?channel[_-]?(?:access[_-]?token|secret)`, '[a-z0-9+/]{160,200}={0,2}|[a-f0-9]{32}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('reissue the channel access token (and the channel secret) in the LINE Developers Console → the channel → Messaging API / Basic settings')
  }),
  // User, page and system-user tokens of the Graph API (Facebook, Instagram, WhatsApp Cloud API)
  // start `EAA` + the app's letter code: https://developers.facebook.com/docs/facebook-login/guides/access-tokens/
  // Square's `EAAA` tokens are 64 characters; these are 100 or more.
  comms({
    id: 'meta-graph-access-token',
    title: 'Meta Graph API access token',
    description: 'Meta (Facebook, Instagram, WhatsApp Cloud API) Graph API access tokens (`EAA…`, 100 or more characters).',
    severity: 'high',
    keywords: ['eaa'],
    pattern: rx`${START}EAA[A-Za-z0-9]{97,400}${END}`,
    minEntropy: 4,
    remediation: rotateThenRemove('invalidate it: reset the app secret (App settings → Basic) for app-wide tokens, or regenerate the system user token in Meta Business Settings → System users')
  }),
  // App secrets are 32 hex (the app id beside it is public): https://developers.facebook.com/docs/facebook-login/security/#appsecret
  named({
    id: 'facebook-app-secret',
    title: 'Facebook app secret',
    description: 'A 32-hex-character Facebook (Meta) app secret assigned to a Facebook or `FB_APP_SECRET` name.',
    severity: 'high',
    keywords: ['facebook', 'fb_', 'fb-', 'fbapp'],
    pattern: assignedTo(String.raw`(?:facebook|fb[_-]?app)[a-z0-9_.-]{0,20}secret|fb[_-]secret`, '[a-f0-9]{32}'),
    remediation: rotateThenRemove('reset the app secret in the Meta App Dashboard → App settings → Basic')
  }),
  // App-only bearer tokens: 21–22 `A`, then the URL-encoded rest: https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens
  comms({
    id: 'twitter-bearer-token',
    title: 'X (Twitter) bearer token',
    description: 'X (Twitter) API app-only bearer tokens (a run of `A` + about 90 URL-encoded characters).',
    severity: 'high',
    keywords: ['aaaaaaaaaaaaaaaaaaaa'],
    // Not inside a base64 blob (runs of `A` are zero bytes there): no base64 character before it
    // (`=` ends a blob, and starts an assignment) or after it.
    pattern: rx`(?<![A-Za-z0-9_+/%-])A{20}[A-Za-z0-9%]{70,140}(?![A-Za-z0-9_+/=%-])`,
    // 22 `A` is the format, which the shared placeholder filter would drop; the rest is checked here.
    skipFilters: ['placeholder'],
    isFalsePositive: (secret) => isPlaceholder(secret.slice(22)) || !/[a-z]/.test(secret.slice(22)),
    remediation: rotateThenRemove('regenerate the bearer token in the X Developer Portal → the app → Keys and tokens')
  })
];
