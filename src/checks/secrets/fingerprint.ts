import { createHash } from 'node:crypto';

/** Hex characters kept: 64 bits, plenty to tell findings of one repository apart. */
const FINGERPRINT_HEX_LENGTH = 16;

/**
 * A stable id for "this secret, found by this rule, in this file": it survives the line moving, so
 * baselines and de-duplication keep working across edits. The value is hashed before it is mixed
 * in, and only a prefix of the outer hash is kept, so the fingerprint does not carry the value.
 *
 * `sha256(ruleId + '\0' + path + '\0' + sha256(value))`, first 16 hex characters.
 */
export function fingerprintSecret(ruleId: string, path: string, value: string): string {
  const valueHash = sha256Hex(value);
  return sha256Hex(`${ruleId}\0${path}\0${valueHash}`).slice(0, FINGERPRINT_HEX_LENGTH);
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
