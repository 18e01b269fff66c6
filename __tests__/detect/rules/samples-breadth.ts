/**
 * Samples of the SaaS, payment, messaging, email, AI and observability rules added for breadth
 * (issue #16), in the shape of `samples.ts`: one line per rule, the secret drawn from the seeded
 * faker. They run after the older samples, so the older values stay as they were.
 */
import { DIGITS, type Faker, UPPER } from './fake-values.js';
import type { Build } from './samples.js';

const HEX_UPPER = '0123456789ABCDEF';
const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const upperDigits = (fake: Faker, length: number) => fake.chars(UPPER + DIGITS, length);

export const BREADTH_BUILDS: Build[] = [
  // SaaS: product
  (f) => ['algolia-admin-key', 'ALGOLIA_ADMIN_API_KEY=$', f.hex(32)],
  (f) => ['intercom-access-token', 'INTERCOM_ACCESS_TOKEN=$', `dG9rOj${f.base64(54)}=`],
  (f) => ['zendesk-api-token', 'ZENDESK_API_TOKEN=$', f.base62(40)],
  (f) => ['freshdesk-api-key', 'FRESHDESK_API_KEY=$', f.base62(20)],
  (f) => ['helpscout-app-secret', 'HELPSCOUT_APP_SECRET=$', f.base62(32)],
  (f) => ['segment-write-key', 'SEGMENT_WRITE_KEY=$', f.base62(32)],
  (f) => ['mixpanel-secret', 'MIXPANEL_SERVICE_ACCOUNT_SECRET=$', f.base62(32)],
  (f) => ['amplitude-secret-key', 'AMPLITUDE_SECRET_KEY=$', f.hex(32)],
  (f) => ['posthog-personal-api-key', 'POSTHOG_PERSONAL_API_KEY=$', `phx_${f.base62(43)}`],
  (f) => ['launchdarkly-key', 'LD_SDK_KEY=$', `sdk-${f.uuid()}`],
  (f) => ['contentful-personal-access-token', 'CONTENTFUL_MANAGEMENT_TOKEN=$', `CFPAT-${f.base64url(43)}`],
  (f) => ['sanity-api-token', 'SANITY_API_TOKEN=$', `sk${f.base62(180)}`],
  (f) => ['lokalise-api-token', 'LOKALISE_API_TOKEN=$', f.hex(40)],
  (f) => ['crowdin-personal-access-token', 'CROWDIN_PERSONAL_TOKEN=$', f.hex(80)],
  (f) => ['confluent-api-secret', 'CONFLUENT_CLOUD_API_SECRET=$', f.base64(64)],
  // SaaS: workplace
  (f) => ['typeform-token', 'TYPEFORM_TOKEN=$', `tfp_${f.base64url(59)}`],
  (f) => ['docusign-secret-key', 'DOCUSIGN_SECRET_KEY=$', f.uuid()],
  (f) => ['dropbox-access-token', 'DROPBOX_ACCESS_TOKEN=$', `sl.u.${f.base64url(150)}`],
  (f) => ['dropbox-long-lived-token', 'DROPBOX_TOKEN=$', `${f.base62(11)}AAAAAAAAAA${f.base64url(43)}`],
  (f) => ['box-client-secret', 'BOX_CLIENT_SECRET=$', f.base62(32)],
  (f) => ['zoom-client-secret', 'ZOOM_CLIENT_SECRET=$', f.base62(32)],
  (f) => ['clickup-api-token', 'CLICKUP_API_TOKEN=$', `pk_${f.digits(8)}_${upperDigits(f, 32)}`],
  (f) => ['trello-token', 'TRELLO_TOKEN=$', `ATTA${f.hex(64)}${f.chars(HEX_UPPER, 8)}`],
  (f) => ['trello-legacy-token', 'TRELLO_TOKEN=$', f.hex(64)],
  (f) => ['pipedrive-api-token', 'PIPEDRIVE_API_TOKEN=$', f.hex(40)],
  (f) => ['salesforce-access-token', 'SF_ACCESS_TOKEN=$', `00D${f.base62(12)}!AR${f.base62(94)}`],
  (f) => ['zapier-webhook-url', 'ZAPIER_HOOK=$', `https://hooks.zapier.com/hooks/catch/${f.digits(8)}/${f.chars(LOWER_DIGITS, 7)}/`],
  (f) => ['webflow-api-token', 'WEBFLOW_API_TOKEN=$', f.hex(64)],
  (f) => ['frameio-api-token', 'FRAMEIO_TOKEN=$', `fio-u-${f.base64url(64)}`],
  (f) => ['smartsheet-access-token', 'SMARTSHEET_ACCESS_TOKEN=$', f.chars(LOWER_DIGITS, 37)],
  (f) => ['storyblok-management-token', 'STORYBLOK_MANAGEMENT_TOKEN=$', `${f.base62(22)}-${f.digits(6)}-${f.base62(20)}`],
  (f) => ['prismic-access-token', 'PRISMIC_ACCESS_TOKEN=$', `MC5${f.base64url(60)}.${f.base64url(40)}`],
  (f) => ['airtable-api-key-legacy', 'AIRTABLE_API_KEY=$', `key${f.base62(14)}`],
  // payments
  (f) => ['adyen-api-key', 'ADYEN_API_KEY=$', `AQE${f.base64(90)}==-${f.base64(43)}=`],
  (f) => ['paypal-client-secret', 'PAYPAL_CLIENT_SECRET=$', `E${f.base64url(79)}`],
  (f) => ['razorpay-key-secret', 'RAZORPAY_KEY_SECRET=$', f.base62(24)],
  (f) => ['mollie-api-key', 'const mollie = createMollieClient({ apiKey: "$" });', `live_${f.base62(30)}`],
  (f) => ['paddle-api-key', 'PADDLE_API_KEY=$', `pdl_live_apikey_${f.chars(LOWER_DIGITS, 26)}_${f.base62(22)}_${f.base62(3)}`],
  (f) => ['gocardless-access-token', 'GOCARDLESS_ACCESS_TOKEN=$', `live_${f.base64url(40)}`],
  (f) => ['checkout-secret-key', 'CHECKOUT_SECRET_KEY=$', `sk_${f.chars(BASE32_LOWER, 27)}`],
  (f) => ['flutterwave-secret-key', 'FLW_SECRET_KEY=$', `FLWSECK-${f.hex(32)}-X`],
  (f) => ['paystack-secret-key', 'PAYSTACK_SECRET_KEY=$', `sk_live_${f.hex(40)}`],
  (f) => ['wise-api-token', 'WISE_API_TOKEN=$', f.uuid()],
  (f) => ['recurly-api-key', 'RECURLY_API_KEY=$', f.hex(32)],
  (f) => ['chargebee-api-key', 'CHARGEBEE_API_KEY=$', `live_${f.base62(34)}`],
  (f) => ['coinbase-commerce-api-key', 'COINBASE_COMMERCE_API_KEY=$', f.uuid()],
  (f) => ['braintree-private-key', 'BRAINTREE_PRIVATE_KEY=$', f.hex(32)],
  // comms
  (f) => ['twilio-account-sid', 'TWILIO_ACCOUNT_SID=$', `AC${f.hex(32)}`],
  (f) => ['vonage-api-secret', 'VONAGE_API_SECRET=$', f.base62(16)],
  (f) => ['messagebird-api-key', 'MESSAGEBIRD_API_KEY=$', f.base62(25)],
  (f) => ['plivo-auth-token', 'PLIVO_AUTH_TOKEN=$', f.base62(40)],
  (f) => ['sinch-api-token', 'SINCH_API_TOKEN=$', f.hex(32)],
  (f) => ['telnyx-api-key', 'TELNYX_API_KEY=$', `KEY${f.chars(HEX_UPPER, 32)}_${f.base62(22)}`],
  (f) => ['pusher-app-secret', 'PUSHER_APP_SECRET=$', f.hex(20)],
  (f) => ['ably-api-key', 'ABLY_API_KEY=$', `${f.base62(6)}.${f.base62(6)}:${f.base64url(43)}`],
  (f) => ['stream-api-secret', 'STREAM_API_SECRET=$', f.chars(LOWER_DIGITS, 64)],
  (f) => ['onesignal-api-key', 'ONESIGNAL_REST_API_KEY=$', `os_v2_app_${f.chars(BASE32_LOWER, 113)}`],
  (f) => ['expo-access-token', 'EXPO_TOKEN=$', f.base64url(40)],
  (f) => ['mattermost-access-token', 'MATTERMOST_TOKEN=$', f.chars(LOWER_DIGITS, 26)],
  (f) => ['zulip-api-key', 'ZULIP_API_KEY=$', f.base62(32)],
  (f) => ['line-channel-secret', 'LINE_CHANNEL_ACCESS_TOKEN=$', `${f.base64(171)}=`],
  (f) => ['meta-graph-access-token', 'WHATSAPP_TOKEN=$', `EAAG${f.base62(180)}`],
  (f) => ['facebook-app-secret', 'FACEBOOK_APP_SECRET=$', f.hex(32)],
  (f) => [
    'twitter-bearer-token',
    'TWITTER_BEARER_TOKEN=$',
    `${'A'.repeat(21)}${f.digits(4)}${'A'.repeat(7)}${f.digits(1)}%2B${f.base62(30)}%3D${f.base62(50)}`
  ],
  // email
  (f) => ['sparkpost-api-key', 'SPARKPOST_API_KEY=$', f.hex(40)],
  (f) => ['resend-api-key', 'RESEND_API_KEY=$', `re_${f.base62(8)}_${f.base62(24)}`],
  (f) => ['loops-api-key', 'LOOPS_API_KEY=$', f.hex(32)],
  (f) => ['mailjet-secret-key', 'MJ_APIKEY_PRIVATE=$', f.hex(32)],
  (f) => ['mandrill-api-key', 'MANDRILL_API_KEY=$', `md-${f.chars('ABCDEFGHJK', 1)}${f.digits(1)}${f.base64url(20)}`],
  (f) => ['customerio-api-key', 'CUSTOMERIO_APP_API_KEY=$', f.hex(32)],
  // AI
  (f) => ['mistral-api-key', 'MISTRAL_API_KEY=$', f.base62(32)],
  (f) => ['together-api-key', 'TOGETHER_API_KEY=$', `tgp_v1_${f.base64url(43)}`],
  (f) => ['fireworks-api-key', 'FIREWORKS_API_KEY=$', `fw_${f.base62(24)}`],
  (f) => ['deepseek-api-key', 'DEEPSEEK_API_KEY=$', `sk-${f.hex(32)}`],
  (f) => ['elevenlabs-api-key', 'ELEVENLABS_API_KEY=$', `sk_${f.hex(48)}`],
  (f) => ['assemblyai-api-key', 'ASSEMBLYAI_API_KEY=$', f.hex(32)],
  (f) => ['deepgram-api-key', 'DEEPGRAM_API_KEY=$', f.hex(40)],
  (f) => ['pinecone-api-key', 'PINECONE_API_KEY=$', `pcsk_${f.base62(6)}_${f.base62(63)}`],
  (f) => ['weaviate-api-key', 'WEAVIATE_API_KEY=$', f.base62(48)],
  (f) => ['stability-api-key', 'STABILITY_API_KEY=$', `sk-${f.base62(48)}`],
  (f) => ['voyage-api-key', 'VOYAGE_API_KEY=$', `pa-${f.base64url(43)}`],
  (f) => ['jina-api-key', 'JINA_API_KEY=$', `jina_${f.hex(32)}${f.base64url(28)}`],
  (f) => ['cerebras-api-key', 'CEREBRAS_API_KEY=$', `csk-${f.chars(LOWER_DIGITS, 48)}`],
  (f) => ['nvidia-api-key', 'NVIDIA_API_KEY=$', `nvapi-${f.base64url(64)}`],
  (f) => ['wandb-api-key', 'WANDB_API_KEY=$', f.hex(40)],
  // observability
  (f) => ['honeycomb-api-key', 'HONEYCOMB_API_KEY=$', `hcaik_${f.chars(LOWER_DIGITS, 58)}`],
  (f) => ['betterstack-source-token', 'LOGTAIL_SOURCE_TOKEN=$', f.base62(24)],
  (f) => ['rollbar-access-token', 'ROLLBAR_ACCESS_TOKEN=$', f.hex(32)],
  (f) => ['bugsnag-auth-token', 'BUGSNAG_AUTH_TOKEN=$', f.uuid()],
  (f) => ['axiom-token', 'AXIOM_TOKEN=$', `xaat-${f.uuid()}`],
  (f) => ['splunk-hec-token', "-H 'Authorization: Splunk $'", f.uuid()],
  (f) => ['sumologic-access-key', 'SUMO_LOGIC_ACCESS_KEY=$', f.base62(64)],
  (f) => ['elastic-cloud-api-key', 'EC_API_KEY=$', `essu_${f.base64(100)}==`],
  (f) => ['pagerduty-api-key', 'PAGERDUTY_API_KEY=$', `u+${f.base64url(18)}`],
  (f) => ['opsgenie-api-key', "-H 'Authorization: GenieKey $'", f.uuid()],
  (f) => ['checkly-api-key', 'CHECKLY_API_KEY=$', `cu_${f.hex(32)}`],
  (f) => ['newrelic-license-key-legacy', 'NEW_RELIC_LICENSE_KEY=$', f.hex(40)]
];
