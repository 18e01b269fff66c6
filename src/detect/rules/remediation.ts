/**
 * The remediation every rule gives: rotate at the provider first, then remove from the code.
 *
 * The order matters: once a credential is in a commit it is exposed (clones, forks, CI logs,
 * caches), so deleting the line does not make it safe. GitHub's advice for leaked secrets:
 * https://docs.github.com/code-security/secret-scanning/working-with-secret-scanning-and-push-protection
 */

/**
 * Remediation text for a provider; `how` says where and how that provider revokes or rotates the
 * credential, e.g. "roll the key in the Stripe Dashboard under Developers → API keys".
 */
export function rotateThenRemove(how: string): string {
  return (
    `Revoke or rotate it first, it is already exposed: ${how}. ` +
    'Then remove it from the code and load it from the environment or a secret store.'
  );
}
