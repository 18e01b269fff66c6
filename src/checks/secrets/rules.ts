/**
 * Built-in provider rules: token formats that providers document, so a match is a credential and
 * not a guess. Entropy-based generic rules come with the full engine (later issue).
 *
 * Every pattern is linear-time: character classes with bounded or single quantifiers, no quantified
 * group that itself contains a quantifier (the shape behind catastrophic backtracking, see
 * https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS).
 * Patterns carry the `g` flag (scanned with `matchAll`) and `d` (group indices, for the column).
 */
import type { Severity } from '../../report/finding.js';

/** One detection rule; built-in and custom rules share this shape. */
export interface SecretRule {
  /** Stable identifier, used in fingerprints, allow-lists and SARIF, e.g. `github-token`. */
  id: string;
  /** Short name of what was found, e.g. "GitHub token". */
  title: string;
  /** What the rule matches, for docs and `--help`. */
  description: string;
  severity: Severity;
  /** Lowercase substrings; a line is matched only when it contains one. Empty: every line. */
  keywords: string[];
  /** Global regular expression; the secret is group `secretGroup`, else the whole match. */
  pattern: RegExp;
  secretGroup?: number;
  /** How to fix it: rotate first, then remove. */
  remediation: string;
}

/**
 * The order matters: once a credential is in a commit it is exposed (clones, forks, CI logs,
 * caches), so deleting the line does not make it safe. GitHub's advice for leaked secrets:
 * https://docs.github.com/code-security/secret-scanning/working-with-secret-scanning-and-push-protection
 */
function rotateThenRemove(how: string): string {
  return (
    `Revoke or rotate it first, it is already exposed: ${how}. ` +
    'Then remove it from the code and load it from the environment or a secret store.'
  );
}

/** Token formats: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/ */
const githubToken: SecretRule = {
  id: 'github-token',
  title: 'GitHub token',
  description:
    'GitHub personal access, OAuth, user-to-server, server-to-server and refresh tokens ' +
    '(`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and fine-grained personal access tokens (`github_pat_`).',
  severity: 'critical',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/dg,
  remediation: rotateThenRemove(
    'delete the token under GitHub Settings → Developer settings, or revoke the app token'
  )
};

/** Prefixes: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids */
const awsAccessKeyId: SecretRule = {
  id: 'aws-access-key-id',
  title: 'AWS access key ID',
  description: 'AWS access key IDs (`AKIA`, `ASIA`, `ABIA`, `ACCA` + 16 base32 characters).',
  severity: 'high',
  keywords: ['akia', 'asia', 'abia', 'acca'],
  pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/dg,
  remediation: rotateThenRemove(
    'deactivate and delete the access key in IAM, and check CloudTrail for its use'
  )
};

/**
 * A secret access key is 40 base64 characters with no prefix of its own, so it is only reported
 * when the same line names it (`aws_secret_access_key = …`, `AWS_SECRET_KEY: …`, `awsSecret…`).
 */
const awsSecretAccessKey: SecretRule = {
  id: 'aws-secret-access-key',
  title: 'AWS secret access key',
  description: 'A 40-character AWS secret access key assigned to a name containing `aws` and `secret`.',
  severity: 'critical',
  keywords: ['aws'],
  pattern:
    /(?<![a-z0-9])aws[a-z0-9_.-]{0,20}secret[a-z0-9_.-]{0,20}["']?\s{0,5}(?::|=|:=|=>)\s{0,5}["']?([a-z0-9/+]{40})(?![a-z0-9/+=])/dgi,
  secretGroup: 1,
  remediation: rotateThenRemove(
    'deactivate and delete the access key in IAM, and check CloudTrail for its use'
  )
};

/** Key prefixes: https://docs.stripe.com/keys */
const stripeLiveSecretKey: SecretRule = {
  id: 'stripe-live-secret-key',
  title: 'Stripe live secret key',
  description: 'Stripe live secret and restricted keys (`sk_live_`, `rk_live_`).',
  severity: 'critical',
  keywords: ['sk_live_', 'rk_live_'],
  pattern: /\b[sr]k_live_[A-Za-z0-9]{24,}(?![A-Za-z0-9])/dg,
  remediation: rotateThenRemove('roll the key in the Stripe Dashboard under Developers → API keys')
};

const stripeTestSecretKey: SecretRule = {
  id: 'stripe-test-secret-key',
  title: 'Stripe test secret key',
  description:
    'Stripe test-mode secret and restricted keys (`sk_test_`, `rk_test_`): no live money, still account access.',
  severity: 'low',
  keywords: ['sk_test_', 'rk_test_'],
  pattern: /\b[sr]k_test_[A-Za-z0-9]{24,}(?![A-Za-z0-9])/dg,
  remediation: rotateThenRemove('roll the test key in the Stripe Dashboard under Developers → API keys')
};

/** Token types: https://api.slack.com/concepts/token-types (bot, user, app-level, legacy, refresh). */
const slackToken: SecretRule = {
  id: 'slack-token',
  title: 'Slack token',
  description: 'Slack bot, user, workspace, legacy and refresh tokens (`xoxb-`, `xoxp-`, `xoxa-`, …).',
  severity: 'high',
  keywords: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-'],
  pattern: /\bxox[abposr]-[0-9]{1,13}-[A-Za-z0-9-]{10,}/dg,
  remediation: rotateThenRemove('revoke the token in the Slack app settings (OAuth & Permissions)')
};

/** Format: https://api.slack.com/messaging/webhooks */
const slackWebhookUrl: SecretRule = {
  id: 'slack-webhook-url',
  title: 'Slack incoming webhook URL',
  description: 'Slack incoming webhook and workflow trigger URLs: anyone holding one can post to the channel.',
  severity: 'high',
  keywords: ['hooks.slack.com'],
  pattern: /\bhttps?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{40,}/dg,
  remediation: rotateThenRemove('remove the webhook in the Slack app settings (Incoming Webhooks) and create a new one')
};

/** PEM (RFC 7468 §2) and OpenPGP armor (RFC 4880 §6.2) headers of private keys. */
const privateKey: SecretRule = {
  id: 'private-key',
  title: 'Private key',
  description: 'PEM and PGP private key blocks (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted, PGP).',
  severity: 'critical',
  keywords: ['private key'],
  pattern: /-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/dg,
  remediation: rotateThenRemove(
    'replace the key pair and revoke the old certificate or deploy key wherever it was trusted'
  )
};

/** Format: https://cloud.google.com/docs/authentication/api-keys */
const googleApiKey: SecretRule = {
  id: 'google-api-key',
  title: 'Google API key',
  description: 'Google Cloud / Firebase API keys (`AIza` + 35 characters).',
  severity: 'high',
  keywords: ['aiza'],
  pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/dg,
  remediation: rotateThenRemove(
    'regenerate or delete the key in Google Cloud Console → APIs & Services → Credentials, and restrict the new one'
  )
};

/** Format: https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/ */
const npmToken: SecretRule = {
  id: 'npm-token',
  title: 'npm access token',
  description: 'npm access tokens (`npm_` + 36 characters).',
  severity: 'high',
  keywords: ['npm_'],
  pattern: /\bnpm_[A-Za-z0-9]{36}\b/dg,
  remediation: rotateThenRemove('delete the token on npmjs.com under Access Tokens')
};

/** Every built-in rule, most severe first. */
export const BUILTIN_RULES: readonly SecretRule[] = Object.freeze([
  githubToken,
  awsSecretAccessKey,
  stripeLiveSecretKey,
  privateKey,
  awsAccessKeyId,
  slackToken,
  slackWebhookUrl,
  googleApiKey,
  npmToken,
  stripeTestSecretKey
]);
