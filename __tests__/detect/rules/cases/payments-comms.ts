import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { altered, glued, hit, longer, referenced, shorter, type RuleCases } from './near-miss.js';

/** Values of the widened formats (issue #16), drawn apart so the older cases keep theirs. */
const w = createFaker(1717);
const f = createFaker(303);
const join = (...parts: string[]) => parts.join('');
const hex32 = f.hex(32);

export const PAYMENT_CASES: RuleCases[] = [
  {
    ruleId: 'stripe-live-secret-key',
    positives: [hit('stripe($)', join('rk', '_live_', f.base62(24)))],
    negatives: [
      ['a publishable key', altered('stripe-live-secret-key', 'sk_', 'pk_')],
      ['a Paystack key (40 lower-case hex)', `PAYSTACK_SECRET_KEY=${join('sk', '_live_', w.hex(40))}`],
      ['too short', `key = ${join('sk', '_live_', f.base62(12))}`],
      ['glued to a word', glued('stripe-live-secret-key')]
    ]
  },
  {
    ruleId: 'stripe-test-secret-key',
    negatives: [
      ['a publishable test key', altered('stripe-test-secret-key', 'sk_', 'pk_')],
      ['too short', `key = ${join('sk', '_test_', f.base62(20))}`]
    ]
  },
  {
    ruleId: 'stripe-webhook-secret',
    negatives: [
      ['too short', `secret = ${join('whsec', '_', f.base62(20))}`],
      ['a dash for the underscore', altered('stripe-webhook-secret', 'whsec_', 'whsec-')]
    ]
  },
  {
    ruleId: 'braintree-access-token',
    negatives: [
      ['merchant id one character short', altered('braintree-access-token', /\$[0-9a-z](?=[0-9a-z]{15}\$)/, '$')],
      ['not hex at the end', altered('braintree-access-token', /.$/, 'z')]
    ]
  },
  {
    ruleId: 'braintree-sandbox-access-token',
    negatives: [['31 hex characters', shorter('braintree-sandbox-access-token')]]
  },
  {
    ruleId: 'square-access-token',
    positives: [hit('SQUARE_TOKEN=$', join('sq0atp', '-', f.base64url(22)))],
    negatives: [
      ['63 characters', shorter('square-access-token')],
      ['65 characters', longer('square-access-token')],
      ['a Facebook-style EAAB prefix', altered('square-access-token', 'EAAA', 'EAAB')]
    ]
  },
  {
    ruleId: 'square-oauth-secret',
    negatives: [['42 characters', shorter('square-oauth-secret')]]
  },
  {
    ruleId: 'plaid-access-token',
    negatives: [
      ['a sandbox token', altered('plaid-access-token', 'production', 'sandbox')],
      ['a truncated UUID', shorter('plaid-access-token')]
    ]
  }
];

export const COMMS_CASES: RuleCases[] = [
  {
    ruleId: 'slack-token',
    positives: [hit('SLACK_USER_TOKEN=$', join('xox', 'p-', f.digits(12), '-', f.digits(12), '-', f.digits(13), '-', f.hex(32)))],
    negatives: [
      ['the words of a template', 'SLACK_TOKEN=xoxb-your-token-here'],
      ['an unknown type letter', altered('slack-token', 'xoxb-', 'xoxz-')],
      ['too short after the ids', `t=${join('xox', 'b-', f.digits(10), '-', f.base62(5))}`]
    ]
  },
  {
    ruleId: 'slack-app-token',
    negatives: [
      ['63 hex characters', shorter('slack-app-token')],
      ['lower-case app id', altered('slack-app-token', /xapp-1-[A-Z0-9]{11}/, (found) => found.toLowerCase())]
    ]
  },
  {
    ruleId: 'slack-webhook-url',
    negatives: [
      ['the Slack host alone', 'see https://hooks.slack.com/'],
      ['a path too short to hold a secret', 'https://hooks.slack.com/services/T0A1B2C3D']
    ]
  },
  {
    ruleId: 'microsoft-teams-webhook-url',
    negatives: [
      ['another Microsoft host', altered('microsoft-teams-webhook-url', 'webhook.office.com', 'sharepoint.com')],
      ['a truncated URL', altered('microsoft-teams-webhook-url', /\/[0-9a-f-]{36}$/, '')]
    ]
  },
  {
    ruleId: 'discord-bot-token',
    positives: [
      // A 17-digit id (bots from 2015–2016) is 23 characters of base64.
      hit('DISCORD_TOKEN=$', join('N', w.base64url(22), '.', w.base64url(6), '.', w.base64url(27))),
      hit("client.login('$');", join('O', w.base64url(25), '.', w.base64url(6), '.', w.base64url(38))),
      hit("curl -H 'Authorization: Bot $' $API/users/@me", join('M', w.base64url(25), '.', w.base64url(6), '.', w.base64url(38)))
    ],
    negatives: [
      ['no Discord on the line', `BOT_TOKEN=${sampleFor('discord-bot-token').secret}`],
      ['a middle part of 5', altered('discord-bot-token', /\.[A-Za-z0-9_-]{6}\./, `.${f.base62(5)}.`)],
      ['a user id that is not base64 of digits', altered('discord-bot-token', /^M/, 'Z')]
    ]
  },
  {
    ruleId: 'discord-webhook-url',
    negatives: [
      ['an id too short', altered('discord-webhook-url', /webhooks\/\d{19}/, 'webhooks/1234')],
      ['a token too short', shorter('discord-webhook-url', 20)]
    ]
  },
  {
    ruleId: 'telegram-bot-token',
    positives: [hit('https://api.telegram.org/bot$/sendMessage', sampleFor('telegram-bot-token').secret)],
    negatives: [
      ['a bot id too short', altered('telegram-bot-token', /^\d{4}/, '')],
      ['34 characters after the colon', shorter('telegram-bot-token')],
      ['a time of day', 'at 1767139200:AAAA the job ran']
    ]
  },
  {
    ruleId: 'twilio-api-key',
    negatives: [
      ['no Twilio on the line', `API_KEY_SID=${sampleFor('twilio-api-key').secret}`],
      ['31 hex characters', shorter('twilio-api-key')]
    ]
  },
  {
    ruleId: 'twilio-api-key-secret',
    positives: [hit('twilio_api_secret = os.getenv("TWILIO_API_SECRET", "$")', f.base62(32))],
    negatives: [
      ['no Twilio name', `API_SECRET=${sampleFor('twilio-api-key-secret').secret}`],
      ['31 characters', shorter('twilio-api-key-secret')],
      ['33 characters', longer('twilio-api-key-secret')],
      ['a reference', referenced('twilio-api-key-secret')]
    ]
  },
  {
    ruleId: 'twilio-auth-token',
    positives: [
      hit(`client = twilio.Client("AC${f.hex(32)}", "$")`, hex32),
      hit(`https://AC${f.hex(32)}:$@api.twilio.com/2010-04-01`, hex32),
      // Twilio's quickstarts: the SID and the token on lines of their own.
      hit(`from twilio.rest import Client\naccount_sid = "AC${w.hex(32)}"\nauth_token = "$"`, w.hex(32))
    ],
    negatives: [
      ['33 hex characters', longer('twilio-auth-token', 'a')],
      ['an account SID alone', `TWILIO_ACCOUNT_SID=AC${f.hex(32)}`],
      ['a reference', referenced('twilio-auth-token')],
      ['an auth_token in a text without Twilio', `auth_token = "${w.hex(32)}"`]
    ]
  },
  {
    ruleId: 'sendgrid-api-key',
    negatives: [
      ['a second part of 42', shorter('sendgrid-api-key')],
      ['lower-case sg', altered('sendgrid-api-key', 'SG.', 'sg.')]
    ]
  },
  {
    ruleId: 'mailgun-api-key',
    negatives: [
      ['31 hex characters', shorter('mailgun-api-key')],
      ['a key- word in prose', 'the primary-key-constraint was dropped']
    ]
  },
  {
    ruleId: 'mailgun-private-key',
    negatives: [
      ['no Mailgun name', `API_KEY=${sampleFor('mailgun-private-key').secret}`],
      ['a missing part', altered('mailgun-private-key', /-[0-9a-f]{8}$/, '')]
    ]
  },
  {
    ruleId: 'mailchimp-api-key',
    negatives: [
      ['another data-center prefix', altered('mailchimp-api-key', '-us', '-eu')],
      ['31 hex characters', altered('mailchimp-api-key', /^[0-9a-f]/, '')]
    ]
  },
  {
    ruleId: 'brevo-api-key',
    negatives: [['a suffix of 15', shorter('brevo-api-key')]]
  },
  {
    ruleId: 'postmark-server-token',
    negatives: [
      ['a UUID without a Postmark name', `MessageID: ${f.uuid()}`],
      ['a reference', referenced('postmark-server-token')]
    ]
  }
];
