/** Payments: Stripe, PayPal/Braintree, Square, Plaid. These keys move money. */
import type { SecretRule } from '../contracts.js';
import { isIdentityProviderKey } from './identity.js';
import { END, END_URL, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const STRIPE_ROLL = 'roll the key in the Stripe Dashboard → Developers → API keys (rolling can keep the old key alive for a grace period you choose)';
const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;

export const PAYMENT_RULES: readonly SecretRule[] = [
  // Key prefixes: https://docs.stripe.com/keys
  {
    id: 'stripe-live-secret-key',
    title: 'Stripe live secret key',
    description: 'Stripe live-mode secret and restricted keys (`sk_live_`, `rk_live_`).',
    severity: 'critical',
    keywords: ['sk_live_', 'rk_live_'],
    // 40 lower-case hex is Paystack's format (`paystack-secret-key`); a base62 Stripe key has one in 10^23.
    pattern: rx`${START}[sr]k_live_(?![a-f0-9]{40}${END})[A-Za-z0-9]{24,247}${END}`,
    // Clerk and WorkOS keys share the `sk_live_` prefix: reported by their own rules.
    isFalsePositive: isIdentityProviderKey,
    remediation: rotateThenRemove(STRIPE_ROLL),
    category: 'payments'
  },
  {
    id: 'stripe-test-secret-key',
    title: 'Stripe test secret key',
    description: 'Stripe test-mode secret and restricted keys (`sk_test_`, `rk_test_`): no live money, still account access.',
    severity: 'low',
    keywords: ['sk_test_', 'rk_test_'],
    pattern: rx`${START}[sr]k_test_[A-Za-z0-9]{24,247}${END}`,
    isFalsePositive: isIdentityProviderKey,
    remediation: rotateThenRemove(`${STRIPE_ROLL}, in test mode`),
    category: 'payments'
  },
  // Signing secrets: https://docs.stripe.com/webhooks#verify-events
  {
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    description: 'Stripe webhook endpoint signing secrets (`whsec_`): whoever holds one can forge events your endpoint trusts.',
    severity: 'high',
    keywords: ['whsec_'],
    pattern: rx`${START}whsec_[A-Za-z0-9+/]{32,88}={0,2}(?![A-Za-z0-9_+/=])`,
    remediation: rotateThenRemove('roll the signing secret on the endpoint in the Stripe Dashboard → Developers → Webhooks'),
    category: 'payments'
  },
  // Braintree/PayPal access tokens: https://developer.paypal.com/braintree/docs/guides/authentication/overview
  {
    id: 'braintree-access-token',
    title: 'PayPal Braintree access token',
    description: 'PayPal Braintree production access tokens (`access_token$production$…$…`).',
    severity: 'critical',
    keywords: ['access_token$production$'],
    pattern: rx`${START}access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}${END}`,
    remediation: rotateThenRemove(
      'revoke the access token in the Braintree Control Panel (Settings → API) or through PayPal Developer → Apps & Credentials, and issue a new one'
    ),
    category: 'payments'
  },
  {
    id: 'braintree-sandbox-access-token',
    title: 'PayPal Braintree sandbox access token',
    description: 'PayPal Braintree sandbox access tokens (`access_token$sandbox$…$…`): no live money.',
    severity: 'low',
    keywords: ['access_token$sandbox$'],
    pattern: rx`${START}access_token\$sandbox\$[0-9a-z]{16}\$[0-9a-f]{32}${END}`,
    remediation: rotateThenRemove('revoke the sandbox access token in the Braintree sandbox Control Panel → Settings → API'),
    category: 'payments'
  },
  // Access tokens (`EAAA…`, 64 characters; `sq0atp-` before 2019): https://developer.squareup.com/docs/build-basics/access-tokens
  {
    id: 'square-access-token',
    title: 'Square access token',
    description: 'Square access tokens (`EAAA` + 60 characters, or the older `sq0atp-` + 22).',
    severity: 'critical',
    keywords: ['eaaa', 'sq0atp-'],
    pattern: rx`${START}(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})${END_URL}`,
    remediation: rotateThenRemove(
      'replace the personal access token in the Square Developer Dashboard → the application → Credentials, or revoke the OAuth token with `POST /oauth2/revoke`'
    ),
    category: 'payments'
  },
  {
    id: 'square-oauth-secret',
    title: 'Square application secret',
    description: 'Square OAuth application secrets (`sq0csp-` + 43 characters).',
    severity: 'critical',
    keywords: ['sq0csp-'],
    pattern: rx`${START}sq0csp-[A-Za-z0-9_-]{43}${END_URL}`,
    remediation: rotateThenRemove('replace the application secret in the Square Developer Dashboard → the application → OAuth'),
    category: 'payments'
  },
  // Access tokens `access-<environment>-<uuid>`: https://plaid.com/docs/api/tokens/
  {
    id: 'plaid-access-token',
    title: 'Plaid access token',
    description: 'Plaid production access tokens (`access-production-<uuid>`): bank account and transaction data of one Item.',
    severity: 'critical',
    keywords: ['access-production-'],
    pattern: rx`${START}access-production-${UUID}(?![0-9a-f-])`,
    remediation: rotateThenRemove(
      'rotate it with `/item/access_token/invalidate` (or remove the Item with `/item/remove`) and store the new token server-side only'
    ),
    category: 'payments'
  }
];
