/**
 * Fixed prefixes that tell which provider issued a value, so a shape can say "looks like `ghp_…`
 * (GitHub personal access token)" without the rest. Each prefix is public, documented text (the
 * providers chose them for secret scanning); none shown is longer than 8 characters.
 */

/** A provider's prefix; `secret` false for identifiers and keys meant for browsers. */
export interface KnownPrefix {
  /** What the value starts with, case-sensitive. */
  prefix: string;
  /** What may be shown of it: the prefix, or its first 8 characters for longer ones. */
  shown: string;
  /** E.g. "Stripe live secret key". */
  label: string;
  /** True: a credential; false: an identifier or publishable key; undefined: cannot tell (a JWT). */
  secret: boolean | undefined;
}

/** Longest prefixes first, so `sk-proj-` wins over `sk-`. */
const TABLE: ReadonlyArray<[prefix: string, label: string, secret: boolean | undefined]> = [
  // https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats
  ['github_pat_', 'GitHub fine-grained personal access token', true],
  ['ghp_', 'GitHub personal access token', true],
  ['gho_', 'GitHub OAuth token', true],
  ['ghu_', 'GitHub user-to-server token', true],
  ['ghs_', 'GitHub server-to-server token', true],
  ['ghr_', 'GitHub refresh token', true],
  ['glpat-', 'GitLab personal access token', true],
  // https://docs.stripe.com/keys
  ['sk_live_', 'Stripe live secret key', true],
  ['rk_live_', 'Stripe live restricted key', true],
  ['sk_test_', 'Stripe test secret key', true],
  ['rk_test_', 'Stripe test restricted key', true],
  ['pk_live_', 'Stripe live publishable key', false],
  ['pk_test_', 'Stripe test publishable key', false],
  ['whsec_', 'Stripe webhook signing secret', true],
  ['sk-ant-', 'Anthropic API key', true],
  ['sk-proj-', 'OpenAI project API key', true],
  ['sk-', 'OpenAI-style API key', true],
  ['xoxb-', 'Slack bot token', true],
  ['xoxp-', 'Slack user token', true],
  ['xapp-', 'Slack app-level token', true],
  // AWS access key ids identify a key; the secret is the other half.
  ['AKIA', 'AWS access key id', false],
  ['ASIA', 'AWS temporary access key id', false],
  // Google API keys are restricted by referrer and API, and Firebase's are public by design.
  ['AIza', 'Google API key', false],
  ['npm_', 'npm access token', true],
  ['pypi-', 'PyPI API token', true],
  ['SG.', 'SendGrid API key', true],
  ['shpat_', 'Shopify access token', true],
  ['hf_', 'Hugging Face token', true],
  ['dop_v1_', 'DigitalOcean token', true],
  ['-----BEGIN', 'PEM block', undefined],
  // Supabase's anon key and service-role key are both JWTs: only the payload tells them apart.
  ['eyJ', 'JSON Web Token', undefined]
];

const MAX_SHOWN = 8;

/** Every known prefix, longest first. */
export const KNOWN_PREFIXES: readonly KnownPrefix[] = Object.freeze(
  [...TABLE]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([prefix, label, secret]) => Object.freeze({ prefix, shown: prefix.slice(0, MAX_SHOWN), label, secret }))
);

/** The provider prefix `value` starts with, if any. PEM blocks are told apart by their type line. */
export function findKnownPrefix(value: string): KnownPrefix | undefined {
  const known = KNOWN_PREFIXES.find((entry) => value.startsWith(entry.prefix));
  if (known?.prefix === '-----BEGIN' && /^-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(value)) {
    return { ...known, label: 'PEM private key', secret: true };
  }
  return known;
}
