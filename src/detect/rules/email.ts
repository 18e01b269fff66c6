/**
 * Transactional and marketing email beyond `comms.ts` (SendGrid, Mailgun, Mailchimp, Brevo,
 * Postmark): SparkPost, Resend, Loops, Mailjet, Mandrill, Customer.io. A leaked key sends mail
 * from your verified domains, which passes SPF and DKIM: phishing that looks like you.
 */
import type { SecretRule } from '../contracts.js';
import { assignedTo, namedRule } from './named-value.js';
import { END, START, rx } from './pattern.js';
import { rotateThenRemove } from './remediation.js';

const email = (rule: Omit<SecretRule, 'category'>): SecretRule => ({ ...rule, category: 'comms' });
const named = (rule: Omit<SecretRule, 'category' | 'secretGroup' | 'confidence'>): SecretRule => namedRule(email(rule));

export const EMAIL_RULES: readonly SecretRule[] = [
  // API keys are 40 hex: https://developers.sparkpost.com/api/#header-authentication
  named({
    id: 'sparkpost-api-key',
    title: 'SparkPost API key',
    description: 'A 40-hex-character SparkPost API key assigned to a SparkPost name.',
    severity: 'high',
    keywords: ['sparkpost'],
    pattern: assignedTo(String.raw`sparkpost[a-z0-9_.-]{0,20}(?:key|token)`, '[a-f0-9]{40}'),
    remediation: rotateThenRemove('delete the key in SparkPost → Configuration → API Keys and create a new one with the least grants')
  }),
  // API keys `re_<8>_<24>`: https://resend.com/docs/dashboard/api-keys/introduction
  email({
    id: 'resend-api-key',
    title: 'Resend API key',
    description: 'Resend API keys (`re_` + 8 characters + `_` + 24 characters).',
    severity: 'high',
    keywords: ['re_'],
    pattern: rx`${START}re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}${END}`,
    minEntropy: 3.8,
    remediation: rotateThenRemove('delete the key in Resend → API Keys and create a new one')
  }),
  // API keys are 32 hex: https://loops.so/docs/api-reference/intro#authentication
  named({
    id: 'loops-api-key',
    title: 'Loops API key',
    description: 'A 32-hex-character Loops API key assigned to a `LOOPS_API_KEY`-style name.',
    severity: 'high',
    keywords: ['loops'],
    pattern: assignedTo(String.raw`loops[_.-]?(?:so[_.-]?)?api[_.-]?key`, '[a-f0-9]{32}'),
    remediation: rotateThenRemove('delete the key in Loops → Settings → API and generate a new one')
  }),
  // The secret key of an API key pair is 32 hex: https://dev.mailjet.com/email/guides/#authentication
  named({
    id: 'mailjet-secret-key',
    title: 'Mailjet secret key',
    description: 'A 32-hex-character Mailjet secret key assigned to a Mailjet secret name or `MJ_APIKEY_PRIVATE`.',
    severity: 'high',
    keywords: ['mailjet', 'mj_apikey_private'],
    pattern: assignedTo(String.raw`mailjet[a-z0-9_.-]{0,20}(?:secret|private)|mj_apikey_private`, '[a-f0-9]{32}'),
    remediation: rotateThenRemove('create a new sub-account API key (or regenerate the secret of the master key) in Mailjet → Account settings → API Key Management, then delete the old one')
  }),
  // API keys `md-` + 22 characters: https://mailchimp.com/developer/transactional/guides/quick-start/
  // Mixed case and a digit: lower-case `md-…` words are Material Design class names.
  email({
    id: 'mandrill-api-key',
    title: 'Mailchimp Transactional (Mandrill) API key',
    description: 'Mailchimp Transactional (Mandrill) API keys (`md-` + 22 characters).',
    severity: 'high',
    keywords: ['md-'],
    pattern: rx`${START}md-(?=[a-z0-9_-]{0,21}[A-Z])(?=[A-Za-z_-]{0,21}[0-9])[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])`,
    minEntropy: 3.5,
    remediation: rotateThenRemove('delete the key in Mailchimp Transactional → Settings → SMTP & API Info and add a new one')
  }),
  // Track API keys are 20 hex (with a site id), App API keys 32 hex:
  // https://docs.customer.io/accounts-and-workspaces/managing-credentials/
  named({
    id: 'customerio-api-key',
    title: 'Customer.io API key',
    description: 'A Customer.io Track (20 hex) or App API key (32 hex) assigned to a Customer.io name.',
    severity: 'high',
    keywords: ['customerio', 'customer_io', 'customer-io', 'customer.io'],
    pattern: assignedTo(String.raw`customer[_.-]?io[a-z0-9_.-]{0,20}(?:key|token)`, '[a-f0-9]{32}|[a-f0-9]{20}'),
    remediation: rotateThenRemove('delete the key in Customer.io → Account Settings → API Credentials and create a new one')
  })
];
