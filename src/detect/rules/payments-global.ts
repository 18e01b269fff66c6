/**
 * Payment providers beyond Stripe/Braintree/Square/Plaid (in `payments.ts`): Adyen, PayPal,
 * Razorpay, Mollie, Paddle, GoCardless, Checkout.com, Flutterwave, Paystack, Wise, Recurly,
 * Chargebee, Coinbase Commerce. These keys move money or read customers' payment data.
 * Publishable keys (Razorpay key ids, Paddle client tokens, Flutterwave `FLWPUBK`) are not reported.
 */
import type { SecretRule } from '../contracts.js';
import { assignedTo, namedRule } from './named-value.js';
import { ASSIGN, END, START, rx, rxi } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

const payments = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'payments' });
const named = (rule: Omit<SecretRule, 'category' | 'secretGroup' | 'confidence'>): SecretRule => namedRule(payments(rule));

export const PAYMENT_GLOBAL_RULES: readonly SecretRule[] = [
  // API keys start `AQE` and join base64 parts with `-`: https://docs.adyen.com/development-resources/api-credentials/
  payments({
    id: 'adyen-api-key',
    title: 'Adyen API key',
    description: 'Adyen API keys (`AQE` + base64 parts joined by `-`).',
    severity: 'critical',
    keywords: ['aqe'],
    pattern: rx`${START}AQE[A-Za-z0-9+/]{50,150}={0,2}-[A-Za-z0-9+/]{40,48}={0,2}(?![A-Za-z0-9_+/=])`,
    minEntropy: 4,
    remediation: rotateThenRemove('generate a new API key for the API credential in the Adyen Customer Area → Developers → API credentials, deploy it, then revoke the old one')
  }),
  // REST app client secrets are 80 characters starting `E` (client ids start `A`):
  // https://developer.paypal.com/api/rest/#link-getclientidandclientsecret
  named({
    id: 'paypal-client-secret',
    title: 'PayPal client secret',
    description: 'An 80-character PayPal REST app client secret assigned to a PayPal name with `secret`.',
    severity: 'critical',
    keywords: ['paypal'],
    pattern: assignedTo(String.raw`paypal[a-z0-9_.-]{0,20}secret`, 'E[a-z0-9_-]{79}'),
    minEntropy: 4,
    remediation: rotateThenRemove('generate a new secret for the app in PayPal Developer → Apps & Credentials, deploy it, then disable the old one')
  }),
  // Key secrets are 24 base62 characters, paired with the public key id `rzp_live_…`:
  // https://razorpay.com/docs/api/authentication/
  payments({
    id: 'razorpay-key-secret',
    title: 'Razorpay key secret',
    description: 'A 24-character Razorpay key secret assigned to a Razorpay name with `secret`, or right after an `rzp_live_` key id.',
    severity: 'critical',
    keywords: ['razorpay', 'rzp_live_'],
    pattern: rxi`(?:(?<![a-z0-9])razorpay[a-z0-9_.-]{0,20}secret${ASSIGN}|rzp_live_[a-z0-9]{14}["']?[ \t]{0,3}[:,][ \t]{0,3}["']?)([a-z0-9]{24})(?![a-z0-9_-])`,
    secretGroup: 1,
    confidence: 'medium',
    minEntropy: 3.5,
    remediation: rotateThenRemove('regenerate the live key in the Razorpay Dashboard → Account & Settings → API Keys')
  }),
  // Live API keys `live_` + 30 characters; too plain a prefix without Mollie named nearby:
  // https://docs.mollie.com/reference/authentication
  payments({
    id: 'mollie-api-key',
    title: 'Mollie live API key',
    description: 'Mollie live API keys (`live_` + 30 characters) in a text that mentions Mollie.',
    severity: 'critical',
    keywords: ['mollie'],
    keywordScope: 'file',
    pattern: rx`${START}live_[A-Za-z0-9]{30}${END}`,
    minEntropy: 3.5,
    remediation: rotateThenRemove('reset the live API key in the Mollie Dashboard → Developers → API keys')
  }),
  // Paddle Billing API keys `pdl_live_apikey_<ulid>_…`: https://developer.paddle.com/api-reference/about/api-keys
  payments({
    id: 'paddle-api-key',
    title: 'Paddle API key',
    description: 'Paddle Billing live API keys (`pdl_live_apikey_` + a 26-character id + secret parts).',
    severity: 'critical',
    keywords: ['pdl_live_apikey_'],
    pattern: rx`${START}pdl_live_apikey_[a-z0-9]{26}_[A-Za-z0-9]{20,40}_[A-Za-z0-9]{3}${END}`,
    remediation: rotateThenRemove('revoke the key in Paddle → Developer tools → Authentication and create a new one')
  }),
  // Live access tokens `live_` + 40 characters: https://developer.gocardless.com/getting-started/api/making-your-first-request/
  payments({
    id: 'gocardless-access-token',
    title: 'GoCardless live access token',
    description: 'GoCardless live access tokens (`live_` + 40 characters) in a text that mentions GoCardless.',
    severity: 'critical',
    keywords: ['gocardless'],
    keywordScope: 'file',
    pattern: rx`${START}live_[A-Za-z0-9_-]{40}(?![A-Za-z0-9_=-])`,
    minEntropy: 3.5,
    remediation: rotateThenRemove('revoke the token in the GoCardless Dashboard → Developers → Access tokens and create a new one')
  }),
  // Secret keys `sk_` + a UUID (older accounts) or 27 base32 characters; sandbox keys are
  // `sk_sbox_`: https://www.checkout.com/docs/developer-resources/api/manage-api-keys
  payments({
    id: 'checkout-secret-key',
    title: 'Checkout.com secret key',
    description: 'Checkout.com live secret keys (`sk_` + a UUID or 27 characters) in a text that mentions Checkout.com.',
    severity: 'critical',
    keywords: ['checkout.com', 'checkout_secret', 'checkout-sdk', 'checkout_sdk', 'cko_secret', 'cko-secret'],
    keywordScope: 'file',
    pattern: rx`${START}sk_(?:${UUID}|[a-z2-7]{27})(?![A-Za-z0-9_-])`,
    minEntropy: 3.3,
    remediation: rotateThenRemove('create a new secret key in the Checkout.com Dashboard → Developers → Keys, deploy it, then delete the old one')
  }),
  // Secret keys `FLWSECK-<32 hex>-X` (test keys `FLWSECK_TEST-`): https://developer.flutterwave.com/docs/api-keys
  payments({
    id: 'flutterwave-secret-key',
    title: 'Flutterwave secret key',
    description: 'Flutterwave live secret keys (`FLWSECK-` + 32 hex + `-X`).',
    severity: 'critical',
    keywords: ['flwseck-'],
    pattern: rx`${START}FLWSECK-[a-f0-9]{32}-X${END}`,
    remediation: rotateThenRemove('generate new API keys in the Flutterwave Dashboard → Settings → API Keys')
  }),
  // Secret keys `sk_live_` + 40 hex (public keys `pk_live_`): https://paystack.com/docs/api/authentication/
  payments({
    id: 'paystack-secret-key',
    title: 'Paystack live secret key',
    description: 'Paystack live secret keys (`sk_live_` + 40 hex characters).',
    severity: 'critical',
    keywords: ['sk_live_'],
    pattern: rx`${START}sk_live_[a-f0-9]{40}${END}`,
    remediation: rotateThenRemove('generate new keys in the Paystack Dashboard → Settings → API Keys & Webhooks')
  }),
  // Personal API tokens are UUIDs: https://docs.wise.com/api-docs/features/authentication-access/personal-tokens
  named({
    id: 'wise-api-token',
    title: 'Wise API token',
    description: 'A Wise (TransferWise) personal API token, a UUID assigned to a Wise name with `token` or `key`.',
    severity: 'critical',
    keywords: ['wise'],
    pattern: assignedTo(String.raw`(?:transfer)?wise[_.-]?(?:api[_.-]?)?(?:token|key)`, UUID),
    // The documented format is a UUID, which the shared filter would drop.
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('delete the token in Wise → Settings → Developer tools → API tokens and create a new one')
  }),
  // Private API keys are 32 hex: https://docs.recurly.com/docs/api-keys
  named({
    id: 'recurly-api-key',
    title: 'Recurly private API key',
    description: 'A 32-hex-character Recurly private API key assigned to a Recurly name.',
    severity: 'critical',
    keywords: ['recurly'],
    pattern: assignedTo(String.raw`recurly[a-z0-9_.-]{0,20}(?:key|token|secret)`, '[a-f0-9]{32}'),
    remediation: rotateThenRemove('regenerate the private API key in Recurly → Integrations → API Credentials')
  }),
  // Full-access keys `live_` + about 34 characters: https://apidocs.chargebee.com/docs/api/#api_authentication
  named({
    id: 'chargebee-api-key',
    title: 'Chargebee live API key',
    description: 'A Chargebee live API key (`live_` + 20–40 characters) assigned to a Chargebee name.',
    severity: 'critical',
    keywords: ['chargebee'],
    pattern: assignedTo(String.raw`chargebee[a-z0-9_.-]{0,20}(?:key|token)`, 'live_[a-z0-9]{20,40}'),
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the key in Chargebee → Settings → Configure Chargebee → API Keys and create a new one')
  }),
  // API keys are UUIDs: https://docs.cloud.coinbase.com/commerce-onchain/docs/getting-started
  named({
    id: 'coinbase-commerce-api-key',
    title: 'Coinbase Commerce API key',
    description: 'A Coinbase Commerce API key, a UUID assigned to a Coinbase Commerce name.',
    severity: 'critical',
    keywords: ['coinbase', 'x-cc-api-key'],
    pattern: assignedTo(String.raw`coinbase[_.-]?commerce[a-z0-9_.-]{0,20}(?:key|token)|x-cc-api-key`, UUID),
    // The documented format is a UUID, which the shared filter would drop.
    skipFilters: ['uuid'],
    remediation: rotateThenRemove('revoke the key in Coinbase Commerce → Settings → Security → API keys and create a new one')
  }),
  // The private key (32 hex) of a merchant id / public key / private key triple signs API calls:
  // https://developer.paypal.com/braintree/docs/start/hello-server
  named({
    id: 'braintree-private-key',
    title: 'PayPal Braintree private key',
    description: 'A 32-hex-character Braintree API private key assigned to `private_key` or a Braintree key name in a text that mentions Braintree (merchant ids and public keys are 16 characters).',
    severity: 'critical',
    keywords: ['braintree'],
    keywordScope: 'file',
    pattern: rxi`(?<![a-z0-9])(?:braintree[a-z0-9_.-]{0,20}(?:key|secret)|(?:braintree[a-z0-9_.-]{0,20})?private[_.-]?key)${ASSIGN}([a-f0-9]{32})(?![a-z0-9_-])`,
    remediation: rotateThenRemove('generate a new API key pair in the Braintree Control Panel → Settings → API, deploy it, then delete the old pair')
  })
];
