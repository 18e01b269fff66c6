import { createFaker } from '../fake-values.js';
import { sampleFor } from '../samples.js';
import { altered, glued, hit, longer, referenced, shorter, type RuleCases } from './near-miss.js';

const f = createFaker(808);
const join = (...parts: string[]) => parts.join('');
/** The sample's secret under another name (no provider word: the context is gone). */
const renamed = (ruleId: string, line: string) => line.replace('$', () => sampleFor(ruleId).secret);
const uuid = f.uuid();

export const PAYMENT_GLOBAL_CASES: RuleCases[] = [
  {
    ruleId: 'adyen-api-key',
    negatives: [['one base64 part only', `ADYEN_API_KEY=${join('AQE', f.base64(90))}`]]
  },
  {
    ruleId: 'paypal-client-secret',
    negatives: [
      ['the client id (public, starts A)', renamed('paypal-client-secret', 'PAYPAL_CLIENT_ID=$').replace('=E', '=A')],
      ['79 characters', shorter('paypal-client-secret')]
    ]
  },
  {
    ruleId: 'razorpay-key-secret',
    positives: [hit(`razorpay.Client(auth=("${join('rzp', '_live_', f.base62(14))}", "$"))`, f.base62(24))],
    negatives: [
      ['the key id alone (public: it goes to Checkout in the page)', `RAZORPAY_KEY_ID=${join('rzp', '_live_', f.base62(14))}`],
      ['a test key pair', `("${join('rzp', '_test_', f.base62(14))}", "${f.base62(24)}")`]
    ]
  },
  {
    ruleId: 'mollie-api-key',
    negatives: [
      ['no Mollie in the text', `API_KEY=${sampleFor('mollie-api-key').secret}`],
      ['a test key', altered('mollie-api-key', 'live_', 'test_')]
    ]
  },
  {
    ruleId: 'paddle-api-key',
    negatives: [['a sandbox key', altered('paddle-api-key', 'pdl_live_', 'pdl_sdbx_')]]
  },
  {
    ruleId: 'gocardless-access-token',
    negatives: [
      ['no GoCardless in the text', `TOKEN=${sampleFor('gocardless-access-token').secret}`],
      ['a sandbox token', altered('gocardless-access-token', 'live_', 'sandbox_')]
    ]
  },
  {
    ruleId: 'checkout-secret-key',
    positives: [hit('// checkout.com\nconst cko = new Checkout("$");', join('sk', '_', uuid))],
    negatives: [
      ['a sandbox key', altered('checkout-secret-key', 'sk_', 'sk_sbox_')],
      ['the public key', altered('checkout-secret-key', 'sk_', 'pk_')]
    ]
  },
  {
    ruleId: 'flutterwave-secret-key',
    negatives: [
      ['a test key', altered('flutterwave-secret-key', 'FLWSECK-', 'FLWSECK_TEST-')],
      ['a public key', altered('flutterwave-secret-key', 'FLWSECK-', 'FLWPUBK-')]
    ]
  },
  {
    ruleId: 'paystack-secret-key',
    negatives: [
      ['a public key', altered('paystack-secret-key', 'sk_', 'pk_')],
      ['39 hex characters', shorter('paystack-secret-key')]
    ]
  },
  {
    ruleId: 'wise-api-token',
    positives: [hit('transferwise_api_key: "$"', f.uuid())],
    negatives: [
      ['a profile id', 'WISE_PROFILE_ID=16483921'],
      ['otherwise, a UUID', `otherwise_token = ${f.uuid()}`]
    ]
  },
  {
    ruleId: 'recurly-api-key',
    negatives: [['the public key', `RECURLY_PUBLIC_KEY=ewr1-${f.base62(22)}`]]
  },
  {
    ruleId: 'chargebee-api-key',
    negatives: [['a test key', altered('chargebee-api-key', 'live_', 'test_')]]
  },
  {
    ruleId: 'coinbase-commerce-api-key',
    positives: [hit("headers: { 'X-CC-Api-Key': '$' }", f.uuid())],
    negatives: [['a Coinbase UUID that is not a Commerce key', `COINBASE_ACCOUNT_ID=${f.uuid()}`]]
  },
  {
    ruleId: 'braintree-private-key',
    positives: [hit('# Braintree gateway\n  private_key: "$"', f.hex(32))],
    negatives: [
      ['the merchant id', `BRAINTREE_MERCHANT_ID=${f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}`],
      ['a private_key without Braintree in the text', `private_key = "${f.hex(32)}"`]
    ]
  }
];

export const COMMS_MESSAGING_CASES: RuleCases[] = [
  {
    ruleId: 'twilio-account-sid',
    positives: [hit('client = twilio.Client("$", auth)', join('AC', f.hex(32)))],
    negatives: [
      ['no Twilio in the text', `ACCOUNT=${sampleFor('twilio-account-sid').secret}`],
      ['upper-case hex', altered('twilio-account-sid', /[a-f]/g, (found) => found.toUpperCase())],
      ['31 hex characters', shorter('twilio-account-sid')]
    ]
  },
  {
    ruleId: 'vonage-api-secret',
    positives: [hit('NEXMO_API_SECRET=$', f.base62(16))],
    negatives: [['the API key (8 hex, names the account)', 'VONAGE_API_KEY=a1b2c3d4']]
  },
  {
    ruleId: 'messagebird-api-key',
    negatives: [['24 characters', shorter('messagebird-api-key')]]
  },
  {
    ruleId: 'plivo-auth-token',
    negatives: [['the auth id', `PLIVO_AUTH_ID=MA${f.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 18)}`]]
  },
  {
    ruleId: 'sinch-api-token',
    negatives: [['the service plan id', renamed('sinch-api-token', 'SINCH_SERVICE_PLAN_ID=$')]]
  },
  {
    ruleId: 'telnyx-api-key',
    negatives: [
      ['lower-case hex', altered('telnyx-api-key', /^KEY[0-9A-F]{32}/, (found) => `KEY${found.slice(3).toLowerCase()}`)],
      ['a constant name', 'KEY_ENCRYPTION_ALGORITHM=AES256']
    ]
  },
  {
    ruleId: 'pusher-app-secret',
    negatives: [['the app key (public)', renamed('pusher-app-secret', 'PUSHER_APP_KEY=$')]]
  },
  {
    ruleId: 'ably-api-key',
    positives: [hit("const ably = new Ably.Realtime('$');", join(f.base62(6), '.', f.base62(6), ':', f.base64url(43)))],
    negatives: [
      ['no Ably name', renamed('ably-api-key', 'KEY=$')],
      ['probably, in prose', 'It probably works: see the docs.']
    ]
  },
  {
    ruleId: 'stream-api-secret',
    negatives: [['a stream name', 'STREAM_API_SECRET_NAME=orders']]
  },
  {
    ruleId: 'onesignal-api-key',
    positives: [hit('ONESIGNAL_API_KEY=$', f.base62(48))],
    negatives: [
      ['the app id (public)', `ONESIGNAL_APP_ID=${f.uuid()}`],
      ['too short', `key=${join('os_v2', '_app_', f.chars('abcdefghijklmnopqrstuvwxyz234567', 20))}`]
    ]
  },
  {
    ruleId: 'expo-access-token',
    negatives: [
      ['an export', 'export const token = getToken();'],
      ['a reference', referenced('expo-access-token')]
    ]
  },
  {
    ruleId: 'mattermost-access-token',
    negatives: [['the server URL', 'MATTERMOST_URL=https://chat.shop.io']]
  },
  {
    ruleId: 'zulip-api-key',
    negatives: [['an email', 'ZULIP_EMAIL=deploy-bot@shop.zulipchat.com']]
  },
  {
    ruleId: 'line-channel-secret',
    positives: [hit('LINE_CHANNEL_SECRET=$', f.hex(32))],
    negatives: [['the channel id', 'LINE_CHANNEL_ID=1657483920']]
  },
  {
    ruleId: 'meta-graph-access-token',
    negatives: [
      ['a Square token (64 characters)', `SQUARE_ACCESS_TOKEN=${join('EAAA', f.base64url(60))}`],
      ['too short', `token=${join('EAAG', f.base62(40))}`]
    ]
  },
  {
    ruleId: 'facebook-app-secret',
    positives: [hit('FB_APP_SECRET=$', f.hex(32))],
    negatives: [['the app id (public)', 'FACEBOOK_APP_ID=1234987650123456']]
  },
  {
    ruleId: 'twitter-bearer-token',
    negatives: [
      ['zero bytes in a base64 blob', `data:font/woff2;base64,d09GMgABAAAAA${'A'.repeat(22)}${f.base62(90)}+${f.base64(40)}`],
      ['a run of A with nothing after', `BEARER=${'A'.repeat(120)}`]
    ]
  }
];

export const EMAIL_CASES: RuleCases[] = [
  {
    ruleId: 'sparkpost-api-key',
    negatives: [['41 hex characters', longer('sparkpost-api-key', 'a')]]
  },
  {
    ruleId: 'resend-api-key',
    negatives: [
      ['the docs example', 'RESEND_API_KEY=re_123456789'],
      ['an identifier', 'const re_compiledPattern_forUserInputLines = 1;'],
      ['glued to a word', glued('resend-api-key')]
    ]
  },
  {
    ruleId: 'loops-api-key',
    negatives: [['for loops', 'for (const key of loops) total += 1;']]
  },
  {
    ruleId: 'mailjet-secret-key',
    positives: [hit('MAILJET_SECRET_KEY=$', f.hex(32))],
    negatives: [['the public API key', renamed('mailjet-secret-key', 'MJ_APIKEY_PUBLIC=$')]]
  },
  {
    ruleId: 'mandrill-api-key',
    negatives: [
      ['a Material Design class', '<button class="md-raised-button-primary2">'],
      ['21 characters', shorter('mandrill-api-key')]
    ]
  },
  {
    ruleId: 'customerio-api-key',
    positives: [hit('customer_io_track_key: $', f.hex(20))],
    negatives: [['the site id', 'CUSTOMERIO_SITE_ID=ab12cd34']]
  }
];
