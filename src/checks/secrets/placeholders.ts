/**
 * Values that have a secret's shape but are documentation: the AWS docs keys
 * (`AKIAIOSFODNN7EXAMPLE`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, see
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html), masked values such as
 * `sk_live_xxxxxxxxxxxxxxxxxxxxxxxx` and filler such as `ghp_000000000000000000000000000000000000`.
 */

/**
 * A run this long of one letter or digit does not occur in a random token (for base62, about
 * 1 in 62^7 per position) but is how people write "put your key here".
 */
const REPEATED_RUN = /([A-Za-z0-9])\1{7}/;
const EXAMPLE_WORD = /example/i;

/** Whether a matched value is an obvious placeholder rather than a credential. */
export function isPlaceholder(value: string): boolean {
  return EXAMPLE_WORD.test(value) || REPEATED_RUN.test(value);
}
